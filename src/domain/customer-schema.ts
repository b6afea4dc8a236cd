import { z } from './zod-setup';
import { checkCompanyId, type CompanyIdError } from './company-ids';
import { checkVatNumber, vatWithoutSiren, type VatError } from './company-vat';
import { encodeMessage } from './customer-message';
import { checkPhone, type PhoneError } from './customer-phone';
import { blankDetail, firstHiddenCharacter, firstInvisibleCharacter } from './hidden-characters';
import { visibleLength } from './grapheme';

/**
 * The customer form's schema. Every issue's message is an encoded message key
 * (see customer-message.ts), never a sentence: the UI says it in the user's language.
 */

export const REFERENCE_MAX_LENGTH = 40;

function companyIdMessage(error: CompanyIdError): string {
  switch (error.code) {
    case 'empty': return encodeMessage('customer.siret.required');
    case 'invalidChar': return encodeMessage('customer.siret.invalidChar', { char: error.char });
    case 'length':
      return encodeMessage(error.expected === 9 ? 'customer.siren.length' : 'customer.siret.length', { count: error.count });
    case 'sirenChecksum': return encodeMessage('customer.siren.luhn', { siren: error.siren });
    case 'nicChecksum': return encodeMessage('customer.siret.nic', { siren: error.siren });
    case 'laPosteChecksum': return encodeMessage('customer.siret.laPoste');
    case 'zeroSiren': return encodeMessage('customer.siren.zero');
    default: return error satisfies never;
  }
}

function vatMessage(error: VatError): string {
  switch (error.code) {
    case 'empty': return encodeMessage('customer.invalid');
    case 'noCountry': return encodeMessage('customer.vat.noCountry');
    case 'unknownCountry': return encodeMessage('customer.vat.unknownCountry', { country: error.country });
    case 'greecePrefix': return encodeMessage('customer.vat.greecePrefix');
    case 'monacoPrefix': return encodeMessage('customer.vat.monacoPrefix');
    case 'format': return encodeMessage('customer.vat.format', { country: error.country, sample: error.sample });
    case 'frSiren': return encodeMessage('customer.vat.frSiren', { siren: error.siren });
    case 'frKey': return encodeMessage('customer.vat.frKey', { siren: error.siren, expected: error.expected });
    case 'monacoKey': return encodeMessage('customer.vat.monacoKey', { number: error.number, expected: error.expected });
    case 'frOtherCompany': return encodeMessage('customer.vat.otherCompany', { siren: error.siren, expected: error.expected });
    default: return error satisfies never;
  }
}

function phoneMessage(error: PhoneError): string {
  switch (error.code) {
    case 'invalidChar': return encodeMessage('customer.phone.invalidChar', { char: error.char });
    case 'start': return encodeMessage('customer.phone.start');
    case 'frLength': return encodeMessage('customer.phone.frLength', { count: error.count });
    case 'frTrunkZero': return encodeMessage('customer.phone.frTrunkZero');
    case 'frIntlLength': return encodeMessage('customer.phone.frIntlLength', { count: error.count });
    case 'intlLength': return encodeMessage('customer.phone.intlLength', { count: error.count });
    default: return error satisfies never;
  }
}

/** What a field holds: free text (on one line, or on several), or a number or address typed for a machine (SIREN, e-mail…). */
type FieldKind = 'text' | 'lines' | 'code';

/** The first character of `value` the buyer cannot see and the field refuses, as an encoded message; undefined when none. */
function unseenCharacter(value: string, kind: FieldKind): string | undefined {
  const hidden = firstHiddenCharacter(value, kind === 'lines');
  if (hidden) return encodeMessage('customer.text.hiddenChar', { code: hidden });
  const invisible = kind === 'code' ? firstInvisibleCharacter(value) : undefined;
  return invisible ? encodeMessage('customer.text.invisibleChar', { code: invisible }) : undefined;
}

/**
 * A text field whose `check` returns an encoded message when the value is refused. An invisible
 * character that changes what is shown is refused first, in every field (only the address has lines);
 * in a number or an e-mail address, so is any character drawn as nothing (a pasted zero-width space).
 */
const field = (check: (value: string) => string | undefined, kind: FieldKind = 'text') =>
  z.string().superRefine((value, ctx) => {
    const message = unseenCharacter(value, kind) ?? check(value);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message });
  });

const required = (key: Parameters<typeof encodeMessage>[0], kind: FieldKind = 'text') =>
  field((v) => (blankDetail(v) ? encodeMessage(key) : undefined), kind);
const optionalCode = (check: (value: string) => string | undefined) => field((v) => (v.trim() === '' ? undefined : check(v)), 'code');

const EMAIL = z.regexes.email;

/** « jérôme@exemple.fr »: an address complete but for accents before the @, which mail servers mostly refuse; the same without them. */
function withoutAccentsBeforeAt(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  const local = address.slice(0, at);
  if (!/[^\p{ASCII}]/u.test(local)) return null;
  const plain = local.normalize('NFD').replace(/\p{M}/gu, '');
  const candidate = `${plain}${address.slice(at)}`;
  return EMAIL.test(candidate) ? candidate : null;
}

export const customerSchema = z
  .object({
    company: required('customer.company.required'),
    // Left empty, it is required unless the VAT number identifies a company of another member state (below).
    siret: optionalCode((v) => {
      const id = checkCompanyId(v);
      return id.ok ? undefined : companyIdMessage(id.error);
    }),
    vatNumber: optionalCode((v) => {
      const vat = checkVatNumber(v);
      return vat.ok ? undefined : vatMessage(vat.error);
    }),
    contactName: required('customer.contactName.required'),
    email: field((v) => {
      if (v.trim() === '') return encodeMessage('customer.email.required');
      const address = v.trim();
      // What mail servers carry before the @ (RFC 5321: 64 characters); the pattern alone took 300 (QA). Said first: the
      // accents' suggestion below would otherwise offer an address refused for its length (review).
      const local = address.lastIndexOf('@');
      if (local > 64) return encodeMessage('customer.email.localTooLong', { count: local });
      if (EMAIL.test(address)) return undefined;
      const suggestion = withoutAccentsBeforeAt(v.trim());
      return suggestion ? encodeMessage('customer.email.accents', { suggestion }) : encodeMessage('customer.email.invalid');
    }, 'code'),
    phone: optionalCode((v) => {
      const phone = checkPhone(v);
      return phone.ok ? undefined : phoneMessage(phone.error);
    }),
    address: required('customer.address.required', 'lines'),
    // A radio group left without a choice reads as null in the form: the same "choose one".
    sector: z
      .enum(['public', 'private', ''], { error: () => encodeMessage('customer.sector.required') })
      .refine((v) => v !== '', { message: encodeMessage('customer.sector.required') }),
    reference: field((v) => {
      const count = visibleLength(v.trim());
      return count > REFERENCE_MAX_LENGTH ? encodeMessage('customer.reference.tooLong', { max: REFERENCE_MAX_LENGTH, count }) : undefined;
    }),
  })
  .superRefine(
    (customer, ctx) => {
      // A French company is identified by its SIREN; one of another member state by its VAT number, and needs no SIREN.
      if (customer.siret.trim() === '') {
        if (vatWithoutSiren(customer.vatNumber) === null) ctx.addIssue({ code: 'custom', path: ['siret'], message: encodeMessage('customer.siret.required') });
        return;
      }
      // Each number is checked alone above; here only whether a French VAT number belongs to this SIREN.
      const id = checkCompanyId(customer.siret);
      if (!id.ok || customer.vatNumber.trim() === '' || !checkVatNumber(customer.vatNumber).ok) return;
      const vat = checkVatNumber(customer.vatNumber, id.value.siren);
      if (!vat.ok) ctx.addIssue({ code: 'custom', path: ['vatNumber'], message: vatMessage(vat.error) });
    },
    // Runs even when other fields are still wrong, so the mismatch (or the missing SIREN) shows as soon as it is so.
    { when: ({ value }) => typeof value === 'object' && value !== null && hasStrings(value, ['siret', 'vatNumber']) },
  );

function hasStrings(value: object, keys: readonly string[]): boolean {
  return keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string');
}

/** Equal to CustomerDetails: the schema validates, it does not reshape (checked in its tests). */
export type CustomerInput = z.input<typeof customerSchema>;
