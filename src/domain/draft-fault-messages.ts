import { asFieldTitle, CUSTOMER_FIELD_NAMES } from './customer-field-names';
import type { DraftFault, RefusedValue, SavedTextField } from './draft-configuration';
import { cutRepeats, repeatedKind, sayMoreFaults } from './draft-fault-more';
import { deName } from './french-de';
import { typesetIn } from './french-typography';
import type { Language } from './language';
import { formatList } from './locale-format';
import { formatGivenNumber } from './given-number';

/** What a sentence needs besides its fault: numbers formatted for the language, modules and qualifications by name. */
interface Wording {
  n: (x: number) => string;
  name: (id: string) => string;
  terms: (xs: number[]) => string;
  /** « A, B et C »: the fields of one grouped sentence. */
  all: (xs: string[]) => string;
}

/** Faults said in one sentence for all the fields they touch (« Les champs … et … »). */
type TextFault = Extract<DraftFault, { kind: 'text-unreadable' | 'text-from-number' | 'text-cut' }>;
type Refusals = { [K in RefusedValue['kind']]: (e: Extract<RefusedValue, { kind: K }>, w: Wording) => string };
type Faults = { [K in Exclude<DraftFault['kind'], 'refused' | TextFault['kind']>]: (f: Extract<DraftFault, { kind: K }>, w: Wording) => string };
type TextFaults = { [K in TextFault['kind']]: (fs: Extract<TextFault, { kind: K }>[], w: Wording) => string };

/** The customer details as the Documents panel names them, and the internal notes as the sales tools do. */
const FIELD_FR: Record<SavedTextField, string> = { ...CUSTOMER_FIELD_NAMES.fr, notes: 'notes internes' };
const FIELD_EN: Record<SavedTextField, string> = { ...CUSTOMER_FIELD_NAMES.en, notes: 'internal notes' };

// The share link's sentences (share-messages-*.ts), said of the draft, each with what was done instead.
const REFUSED_FR: Refusals = {
  'unknown-module': (e) => `Le brouillon cite un module que ce catalogue ne propose pas : ${e.module} ; il a été retiré.`,
  'duplicate-module': (e, w) => `Le brouillon cite deux fois le module ${w.name(e.module)} ; il n’a été gardé qu’une fois.`,
  'quantity-out-of-range': (e, w) => `La quantité ${deName(w.name(e.module))} doit être comprise entre ${w.n(e.min)} et ${w.n(e.max)} ; le brouillon indiquait ${w.n(e.quantity)} : la ligne a été retirée.`,
  'quantity-off-step': (e, w) => `La quantité ${deName(w.name(e.module))} se commande par ${w.n(e.step)} à partir de ${w.n(e.min)} ; le brouillon indiquait ${w.n(e.quantity)} : la ligne a été retirée.`,
  'unknown-term': (e, w) => `L’engagement de ${w.n(e.months)} mois n’est pas proposé (durées possibles : ${w.terms(e.available)} mois) : ${w.n(e.available[0] ?? 1)} mois à la place.`,
  'unknown-qualification': (e) => `Le brouillon exige une qualification que ce catalogue ne connaît pas : ${e.qualification} ; elle n’est plus exigée.`,
  'duplicate-qualification': (e, w) => `Le brouillon exige deux fois la qualification ${w.name(e.qualification)} ; gardée une fois.`,
};

const months = (x: number, w: Wording) => `${w.n(x)} month${x === 1 ? '' : 's'}`;

const REFUSED_EN: Refusals = {
  'unknown-module': (e) => `The draft names a module this catalogue does not offer: ${e.module}; it was removed.`,
  'duplicate-module': (e, w) => `The draft names the module ${w.name(e.module)} twice; it was kept once.`,
  'quantity-out-of-range': (e, w) => `The quantity of ${w.name(e.module)} must be between ${w.n(e.min)} and ${w.n(e.max)}; the draft said ${w.n(e.quantity)}: the line was removed.`,
  'quantity-off-step': (e, w) => `The quantity of ${w.name(e.module)} comes in steps of ${w.n(e.step)} from ${w.n(e.min)}; the draft said ${w.n(e.quantity)}: the line was removed.`,
  'unknown-term': (e, w) => `A ${w.n(e.months)}-month commitment is not offered (terms: ${w.terms(e.available)} months): ${months(e.available[0] ?? 1, w)} instead.`,
  'unknown-qualification': (e) => `The draft demands a qualification this catalogue does not know: ${e.qualification}; it is no longer demanded.`,
  'duplicate-qualification': (e, w) => `The draft demands the qualification ${w.name(e.qualification)} twice; kept once.`,
};

const FAULTS_FR: Faults = {
  'configuration-unreadable': () => 'La configuration du brouillon était illisible : aucun module n’a été repris.',
  'items-unreadable': () => 'La liste des modules du brouillon était illisible : aucun module n’a été repris.',
  'item-unreadable': (f, w) => `Le ${f.position === 1 ? '1er' : `${w.n(f.position)}e`} module du brouillon était illisible ; il a été retiré.`,
  'quantity-unreadable': (f, w) => `La quantité ${deName(w.name(f.module))} n’était pas un nombre entier : la ligne a été retirée.`,
  'term-unreadable': (f, w) => `La durée d’engagement du brouillon n’était pas un nombre entier de mois : ${w.n(f.to)} mois à la place.`,
  'requirement-unreadable': () => 'Une qualification exigée par le brouillon était illisible ; elle n’est plus exigée.',
  'sales-discount-unreadable': (f, w) => f.value === null
    ? 'La remise commerciale du brouillon n’était pas un nombre : elle a été remise à 0.'
    : `La remise commerciale du brouillon (${w.n(f.value)} points de base) n’est pas possible, elle va de 0 à ${w.n(10_000)} (100 %) : elle a été remise à 0.`,
  'sales-discount-not-whole': (f, w) => `La remise commerciale du brouillon (${w.n(f.value)} points de base) n’était pas un nombre entier de points de base : elle a été remise à 0.`,
  'customer-unreadable': () => 'Les coordonnées du client enregistrées étaient illisibles : elles ont été laissées vides.',
  'sector-unreadable': () => 'Le secteur enregistré n’était ni public ni privé : il a été laissé vide.',
  'sales-mode-unreadable': () => 'Le mode commercial enregistré n’était ni activé ni désactivé : il est désactivé.',
};

const fr = (field: SavedTextField) => `« ${asFieldTitle(FIELD_FR[field])} »`;
const TEXT_FAULTS_FR: TextFaults = {
  'text-unreadable': (fs, w) => (fs.length === 1
    ? `Le champ ${w.all(fs.map((f) => fr(f.field)))} enregistré n’était pas un texte : il a été laissé vide.`
    : `Les champs ${w.all(fs.map((f) => fr(f.field)))} enregistrés n’étaient pas des textes : ils ont été laissés vides.`),
  'text-from-number': (fs, w) => {
    const fields = w.all(fs.map((f) => `${fr(f.field)} (${f.kept})`));
    return fs.length === 1
      ? `Le champ ${fields} avait été enregistré comme un nombre : ses chiffres ont été repris ; vérifiez qu’aucun 0 initial ne manque.`
      : `Les champs ${fields} avaient été enregistrés comme des nombres : leurs chiffres ont été repris ; vérifiez qu’aucun 0 initial ne manque.`;
  },
  'text-cut': (fs, w) => {
    const fields = w.all(fs.map((f) => `${fr(f.field)} (${w.n(f.length)} caractères, les ${w.n(f.max)} premiers gardés)`));
    return fs.length === 1 ? `Le champ ${fields} enregistré était trop long : il a été coupé.` : `Les champs ${fields} enregistrés étaient trop longs : ils ont été coupés.`;
  },
};

const FAULTS_EN: Faults = {
  'configuration-unreadable': () => 'The draft’s configuration was unreadable: no module was kept.',
  'items-unreadable': () => 'The draft’s list of modules was unreadable: no module was kept.',
  'item-unreadable': (f) => `Module ${f.position} of the draft was unreadable; it was removed.`,
  'quantity-unreadable': (f, w) => `The quantity of ${w.name(f.module)} was not a whole number: the line was removed.`,
  'term-unreadable': (f, w) => `The draft’s commitment term was not a whole number of months: ${months(f.to, w)} instead.`,
  'requirement-unreadable': () => 'A qualification the draft demanded was unreadable; it is no longer demanded.',
  'sales-discount-unreadable': (f, w) => f.value === null
    ? 'The draft’s sales discount was not a number: it was reset to 0.'
    : `The draft’s sales discount (${w.n(f.value)} basis points) is impossible, it goes from 0 to ${w.n(10_000)} (100%): it was reset to 0.`,
  'sales-discount-not-whole': (f, w) => `The draft’s sales discount (${w.n(f.value)} basis points) was not a whole number of basis points: it was reset to 0.`,
  'customer-unreadable': () => 'The saved customer details were unreadable: they were left empty.',
  'sector-unreadable': () => 'The saved sector was neither public nor private: it was left empty.',
  'sales-mode-unreadable': () => 'The saved sales mode was neither on nor off: it is off.',
};

const en = (field: SavedTextField) => `“${asFieldTitle(FIELD_EN[field])}”`;
const TEXT_FAULTS_EN: TextFaults = {
  'text-unreadable': (fs, w) => (fs.length === 1
    ? `The saved field ${w.all(fs.map((f) => en(f.field)))} was not text: it was left empty.`
    : `The saved fields ${w.all(fs.map((f) => en(f.field)))} were not text: they were left empty.`),
  'text-from-number': (fs, w) => {
    const fields = w.all(fs.map((f) => `${en(f.field)} (${f.kept})`));
    return fs.length === 1
      ? `The saved field ${fields} was a number: its digits were kept; check that no leading 0 is missing.`
      : `The saved fields ${fields} were numbers: their digits were kept; check that no leading 0 is missing.`;
  },
  'text-cut': (fs, w) => {
    const fields = w.all(fs.map((f) => `${en(f.field)} (${w.n(f.length)} characters, the first ${w.n(f.max)} kept)`));
    return fs.length === 1 ? `The saved field ${fields} was too long: it was cut.` : `The saved fields ${fields} were too long: they were cut.`;
  },
};

const isTextFault = (f: DraftFault): f is TextFault => f.kind === 'text-unreadable' || f.kind === 'text-from-number' || f.kind === 'text-cut';

function wording(lang: Language, name: (id: string) => string): Wording {
  const n = (x: number) => formatGivenNumber(x, lang);
  return { n, name, terms: (xs) => formatList(xs.map(n), lang, 'disjunction'), all: (xs) => formatList(xs, lang, 'conjunction') };
}

function sentence(faults: DraftFault[], lang: Language, w: Wording): string {
  const [first] = faults;
  if (first === undefined) return '';
  if (isTextFault(first)) return ((lang === 'fr' ? TEXT_FAULTS_FR : TEXT_FAULTS_EN)[first.kind] as (fs: DraftFault[], w: Wording) => string)(faults, w);
  return first.kind === 'refused'
    ? ((lang === 'fr' ? REFUSED_FR : REFUSED_EN)[first.error.kind] as (e: RefusedValue, w: Wording) => string)(first.error, w)
    : ((lang === 'fr' ? FAULTS_FR : FAULTS_EN)[first.kind] as (f: DraftFault, w: Wording) => string)(first, w);
}

/** One sentence for a dropped value of a saved draft, in the buyer's language; `name` gives catalog names from ids. */
export function describeDraftFault(fault: DraftFault, lang: Language, name: (id: string) => string = (id) => id): string {
  return typesetIn(lang, sentence([fault], lang, wording(lang, name)));
}

/**
 * Every dropped value, one sentence each, except that the texts of one kind (left empty, kept as digits, cut) share one,
 * and that past SAID_OF_EACH_KIND faults of one kind (unknown modules…), the rest are counted in one sentence, in place.
 */
export function describeDraftFaults(faults: readonly DraftFault[], lang: Language, name: (id: string) => string = (id) => id): string {
  const w = wording(lang, name);
  const groups: (DraftFault[] | string)[] = [];
  for (const said of cutRepeats(faults, repeatedKind)) {
    if (!('item' in said)) {
      groups.push(sayMoreFaults(said.kind, w.n(said.more), lang));
      continue;
    }
    const fault = said.item;
    const group = isTextFault(fault) ? groups.find((g): g is DraftFault[] => Array.isArray(g) && g[0]?.kind === fault.kind) : undefined;
    if (group) group.push(fault);
    else groups.push([fault]);
  }
  return groups.map((g) => typesetIn(lang, typeof g === 'string' ? g : sentence(g, lang, w))).join(' ');
}
