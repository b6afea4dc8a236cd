import type { ConfigurationShapeError, ShapeProblemKind } from './configuration-shape';
import { deName } from './french-de';
import type { ImportMessages } from './quote-import-messages';

const fix = 'Corrigez le fichier, ou exportez à nouveau la configuration depuis le configurateur (« Exporter en JSON »).';
const ordinal = (i: number) => (i === 0 ? '1er' : `${i + 1}e`);

/** The field a path points at, in words (never its JSON name). */
function subject(path: ConfigurationShapeError['path']): string {
  const [field, index, inner] = path;
  const n = typeof index === 'number' ? ordinal(index) : '';
  switch (field) {
    case undefined: return 'le fichier';
    case 'catalog': return 'la révision du catalogue';
    case 'termMonths': return 'la durée d’engagement';
    case 'salesDiscountBp': return 'la remise commerciale';
    case 'requirements': return n ? `la ${n === '1er' ? '1re' : n} qualification exigée` : 'la liste des qualifications exigées';
    case 'items': return !n ? 'la liste des modules' : inner === 'quantity' ? `la quantité du ${n} module` : inner === 'module' ? `l’identifiant du ${n} module` : `le ${n} module`;
    default: return `le champ ${String(field)}`;
  }
}

const problem = (e: ConfigurationShapeError, n: (x: number) => string): Record<ShapeProblemKind, string> => ({
  'not-object': 'doit être un objet JSON, entre accolades { }',
  'unknown-field': 'contient un champ inconnu',
  'missing-text': 'manque (un texte entre guillemets est attendu)',
  'not-text': 'doit être un texte entre guillemets',
  'text-too-long': `dépasse ${n(e.max ?? 0)} caractères`,
  'not-number': 'doit être un nombre',
  'not-whole': e.path[0] === 'termMonths' ? 'doit être un nombre entier de mois'
    : e.path[0] === 'salesDiscountBp' ? `doit être un nombre entier de points de base (${n(1000)} pour 10 %)` : 'doit être un nombre entier',
  'missing-list': 'manque (une liste entre crochets [ ] est attendue)',
  'not-list': 'doit être une liste, entre crochets [ ]',
  'list-too-long': `dépasse ${n(e.max ?? 0)} éléments`,
  'negative': 'ne peut pas être négative',
  'above-hundred-percent': `dépasse 100 % : elle s’écrit en points de base, de 0 à ${n(10000)} (100 %)`,
});

export const IMPORT_MESSAGES_FR: ImportMessages = {
  empty: 'il est vide. Choisissez un fichier exporté par le configurateur (« Exporter en JSON »).',
  tooLarge: (count, max) => `il est trop gros (${count} caractères, au plus ${max}). Choisissez un fichier exporté par le configurateur (« Exporter en JSON »).`,
  fileTooLarge: (bytes, max) => `il est trop gros (${bytes} octets, au plus ${max}). Choisissez un fichier exporté par le configurateur (« Exporter en JSON »).`,
  notJson: (where) => `ce n’est pas un fichier JSON valide${where ? ` (le texte devient illisible ligne ${where.line}, colonne ${where.column})` : ''}. ${fix}`,
  catalogFile: 'c’est un catalogue, pas une configuration. Choisissez un fichier exporté par « Exporter en JSON ».',
  unsupportedFormat: (format) => `son format « ${format} » n’est pas celui d’un export du configurateur. Choisissez un fichier exporté par « Exporter en JSON ».`,
  unknownField: (field) => `il contient un champ que le configurateur ne connaît pas, « ${field} » (faute de frappe ?). ${fix}`,
  shape: (e, n) => `${subject(e.path)} ${problem(e, n)[e.problem]}. ${fix}`,
  share: (e, name, n, list) => {
    switch (e.kind) {
      case 'unknown-module': return `il cite un module que ce catalogue ne propose pas : ${name}. Retirez-le du fichier, puis importez-le à nouveau.`;
      case 'duplicate-module': return `il cite deux fois le module ${name}. Gardez-en une seule ligne.`;
      case 'quantity-out-of-range': return `la quantité ${deName(name)} doit être comprise entre ${n(e.min)} et ${n(e.max)} ; le fichier indique ${n(e.quantity)}.`;
      case 'quantity-off-step': return `la quantité ${deName(name)} se commande par ${n(e.step)} à partir de ${n(e.min)} ; le fichier indique ${n(e.quantity)}.`;
      case 'unknown-term': return `l’engagement de ${n(e.months)} mois n’est pas proposé ; indiquez ${list(e.available)} mois.`;
      case 'unknown-qualification': return `il exige une qualification que ce catalogue ne connaît pas : ${name}. Retirez-la du fichier.`;
      case 'duplicate-qualification': return `il exige deux fois la qualification ${name}. Gardez-en une.`;
      default: return null;
    }
  },
};
