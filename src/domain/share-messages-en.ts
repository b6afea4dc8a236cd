import { asFieldTitle, CUSTOMER_FIELD_NAMES } from './customer-field-names';
import type { ShareMessages } from './share-messages';

/** The checksum is right, the content is not (links open on the revision they name): the link came whole, but no configurator made it. */
const remade = 'This link was not made by the configurator (its checksum is right, its content is not): ask its author to make it again from the page.';
const again = 'Copy the whole link again from the original message.';
const detail = {
  'ends-early': 'it ends too early', 'trailing-data': 'extra data at the end', 'bad-token': 'an unknown word',
  'bad-id': 'an invalid id', 'bad-revision': 'an invalid catalogue revision', 'bad-sector': 'an invalid sector',
};
/** The customer details as the Documents panel and the saved draft's notices name them. */
const field = { ...CUSTOMER_FIELD_NAMES.en, sector: 'sector' };
const problem = { 'utf8': 'is not valid UTF-8 text', 'too-long': 'is too long', 'control-character': 'contains control characters' };

export const SHARE_MESSAGES_EN: ShareMessages = {
  'empty': () => 'There is no share code to open.',
  'no-code': () => 'This link carries no configuration (nothing after “#”).',
  'not-a-share-code': () => 'This is not a CollabNext share code.',
  'unsupported-version': (e) => `This link was made by a newer version of the configurator (code format ${e.version}); reload the page to update it.`,
  'bad-character': (e, w) => `The link contains a character that does not belong to it (${e.character}, at position ${w.n(e.position)}). ${again}`,
  'too-long': (e, w) => `The code is too long (${w.n(e.length)} characters, at most ${w.n(e.max)}); it was not read.`,
  'wrong-length': () => `The link is incomplete: characters are missing (or were added) at the end. ${again}`,
  'corrupted': () => `The link was altered or damaged (its checksum does not match). ${again}`,
  'malformed': (e) => `The code is not a valid configuration (${detail[e.detail]}), although its checksum matches: it was probably forged.`,
  'too-large': (e, w) => `The code holds too many ${e.what === 'id' ? 'characters in an id' : e.what} (${w.n(e.count)}, at most ${w.n(e.max)}).`,
  'out-of-range': (e) => `The code holds an impossible ${e.what.replace('-', ' ')}.`,
  'invalid-text': (e) => `The customer detail “${asFieldTitle(field[e.field])}” ${problem[e.problem]}; the link was not opened.`,
  'wrong-catalog': (e) => `This configuration was made on catalogue ${e.revision}, not on catalogue ${e.catalog}.`,
  'unknown-module': (e) => `The link names a module that catalogue does not offer: ${e.module}. ${remade}`,
  'duplicate-module': (e, w) => `The link lists the module ${w.name(e.module)} twice. ${remade}`,
  'quantity-out-of-range': (e, w) => `The quantity ${w.n(e.quantity)} of ${w.name(e.module)} is outside ${w.n(e.min)}–${w.n(e.max)}. ${remade}`,
  'quantity-off-step': (e, w) => `The quantity ${w.n(e.quantity)} of ${w.name(e.module)} is not ${w.n(e.min)} plus a multiple of ${w.n(e.step)}. ${remade}`,
  'unknown-term': (e, w) => `The commitment of ${w.n(e.months)} months is not offered (available: ${w.terms(e.available)} months). ${remade}`,
  'unknown-qualification': (e) => `The link demands a qualification that catalogue does not know: ${e.qualification}. ${remade}`,
  'duplicate-qualification': (e, w) => `The link demands the qualification ${w.name(e.qualification)} twice. ${remade}`,
};
