import type { ConfigurationShapeError, ShapeProblemKind } from './configuration-shape';
import type { ImportMessages } from './quote-import-messages';

const fix = 'Correct the file, or export the configuration again from the configurator (“Export as JSON”).';
const ordinal = (i: number) => {
  const n = i + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/** The field a path points at, in words (never its JSON name). */
function subject(path: ConfigurationShapeError['path']): string {
  const [field, index, inner] = path;
  const n = typeof index === 'number' ? ordinal(index) : '';
  switch (field) {
    case undefined: return 'the file';
    case 'catalog': return 'the catalogue revision';
    case 'termMonths': return 'the commitment term';
    case 'salesDiscountBp': return 'the sales discount';
    case 'requirements': return n ? `the ${n} demanded qualification` : 'the list of demanded qualifications';
    case 'items': return !n ? 'the list of modules' : inner === 'quantity' ? `the quantity of the ${n} module` : inner === 'module' ? `the id of the ${n} module` : `the ${n} module`;
    default: return `the field ${String(field)}`;
  }
}

const problem = (e: ConfigurationShapeError, n: (x: number) => string): Record<ShapeProblemKind, string> => ({
  'not-object': 'must be a JSON object, in braces { }',
  'unknown-field': 'holds an unknown field',
  'missing-text': 'is missing (a text in quotes is expected)',
  'not-text': 'must be a text in quotes',
  'text-too-long': `is longer than ${n(e.max ?? 0)} characters`,
  'not-number': 'must be a number',
  'not-whole': e.path[0] === 'termMonths' ? 'must be a whole number of months'
    : e.path[0] === 'salesDiscountBp' ? `must be a whole number of basis points (${n(1000)} for 10%)` : 'must be a whole number',
  'missing-list': 'is missing (a list in brackets [ ] is expected)',
  'not-list': 'must be a list, in brackets [ ]',
  'list-too-long': `holds more than ${n(e.max ?? 0)} entries`,
  'negative': 'cannot be negative',
  'above-hundred-percent': `is over 100%: it is written in basis points, from 0 to ${n(10000)} (100%)`,
});

export const IMPORT_MESSAGES_EN: ImportMessages = {
  empty: 'it is empty. Choose a file exported by the configurator (“Export as JSON”).',
  tooLarge: (count, max) => `it is too large (${count} characters, at most ${max}). Choose a file exported by the configurator (“Export as JSON”).`,
  fileTooLarge: (bytes, max) => `it is too large (${bytes} bytes, at most ${max}). Choose a file exported by the configurator (“Export as JSON”).`,
  notJson: (where) => `it is not a valid JSON file${where ? ` (the text stops making sense at line ${where.line}, column ${where.column})` : ''}. ${fix}`,
  catalogFile: 'it is a catalogue, not a configuration. Choose a file exported by “Export as JSON”.',
  unsupportedFormat: (format) => `its format “${format}” is not that of a configurator export. Choose a file exported by “Export as JSON”.`,
  unknownField: (field) => `it holds a field the configurator does not know, “${field}” (a typo?). ${fix}`,
  shape: (e, n) => `${subject(e.path)} ${problem(e, n)[e.problem]}. ${fix}`,
  share: (e, name, n, list) => {
    switch (e.kind) {
      case 'unknown-module': return `it names a module this catalogue does not offer: ${name}. Remove it from the file, then import it again.`;
      case 'duplicate-module': return `it names the module ${name} twice. Keep one line of it.`;
      case 'quantity-out-of-range': return `the quantity of ${name} must be between ${n(e.min)} and ${n(e.max)}; the file says ${n(e.quantity)}.`;
      case 'quantity-off-step': return `the quantity of ${name} is ordered in steps of ${n(e.step)} from ${n(e.min)}; the file says ${n(e.quantity)}.`;
      case 'unknown-term': return `a ${n(e.months)}-month commitment is not offered; use ${list(e.available)} months.`;
      case 'unknown-qualification': return `it demands a qualification this catalogue does not know: ${name}. Remove it from the file.`;
      case 'duplicate-qualification': return `it demands the qualification ${name} twice. Keep one.`;
      default: return null;
    }
  },
};
