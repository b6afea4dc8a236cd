import { describe, expect, it } from 'vitest';
import { emptyCustomer, type CustomerDetails } from '../../src/domain/customer';
import { customerSchema } from '../../src/domain/customer-schema';
import { devisCustomer } from '../../src/domain/devis-customer';
import { restoreDraft } from '../../src/domain/draft';
import { DRAFT_FORMAT } from '../../src/domain/draft-format';
import { decodeShareCode, encodeShareCode } from '../../src/domain/share-code';
import { formatMessage } from '../../src/ui/customer-messages';
import { defaultCatalog } from '../fixtures/catalogs';

const valid: CustomerDetails = {
  company: 'Mairie de Lyon', siret: '732 829 320 00074', vatNumber: 'FR44732829320', contactName: 'Camille Martin',
  email: 'camille.martin@example.fr', phone: '04 72 10 30 30', address: '1 place de la Comédie\n69001 Lyon', sector: 'public', reference: 'AO-2026-017',
};

/** The encoded message of each refused field. */
function problems(details: Partial<CustomerDetails>): Record<string, string> {
  const result = customerSchema.safeParse({ ...valid, ...details });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

// QA's values: each looks exactly like a valid one.
const PASTED: Partial<CustomerDetails> = {
  siret: '732\u200B829\u200B320', vatNumber: 'FR\u200D44732829320', email: 'jean\u200B@exemple.fr', phone: '06\u200B12 34 56 78',
};

describe('a number or an e-mail address holding a character drawn as nothing', () => {
  it.each([
    ['zero-width space', '\u200B', 'U%2B200B'], ['zero-width non-joiner', '\u200C', 'U%2B200C'], ['zero-width joiner', '\u200D', 'U%2B200D'],
    ['word joiner', '\u2060', 'U%2B2060'], ['byte order mark', '\uFEFF', 'U%2BFEFF'], ['soft hyphen', '\u00AD', 'U%2B00AD'],
  ])('is refused with the character named (%s), in the SIREN, VAT number, e-mail and phone', (_name, char, code) => {
    const message = `customer.text.invisibleChar?code=${code}`;
    expect(problems({ siret: `732${char}829320`, vatNumber: `FR44${char}732829320`, email: `jean${char}@exemple.fr`, phone: `06 12${char} 34 56 78` }))
      .toEqual({ siret: message, vatNumber: message, email: message, phone: message });
  });

  it('is said as an invisible character, with its code, in French and English', () => {
    const [siret] = Object.values(problems({ siret: PASTED.siret }));
    expect(formatMessage('fr', siret ?? '')).toBe('Ce champ contient un caractère invisible (U+200B), souvent collé avec le texte copié\u00A0: effacez le champ et retapez-le.');
    expect(formatMessage('en', siret ?? '')).toBe('This field holds an invisible character (U+200B), often pasted along with copied text: clear the field and type it again.');
  });

  it('leaves free text alone: a joiner is part of an emoji, a non-joiner of a Persian word', () => {
    expect(problems({ company: 'Crèche 👨\u200D👩\u200D👧', contactName: 'می\u200Cخواهم', address: 'Bâtiment\u00ADA\n69001 Lyon', reference: 'AO\u200B-17' })).toEqual({});
  });

  it('keeps a bidirectional override named as one, before anything else', () => {
    expect(problems({ siret: '732\u202E\u200B829320' })).toEqual({ siret: 'customer.text.hiddenChar?code=U%2B202E' });
  });
});

describe('the same values reaching the page another way are refused the same way', () => {
  const refused = ['siret', 'vatNumber', 'email', 'phone'];

  it('from a saved draft: kept as typed, never printed on the devis, named under « non valides »', () => {
    const text = JSON.stringify({ format: DRAFT_FORMAT, configuration: { catalog: '2026-11', items: [] }, customer: { ...valid, ...PASTED } });
    const restored = restoreDraft(defaultCatalog(), text);
    if (!restored.ok) throw new Error('the draft should be read');
    expect(restored.value.draft.customer).toEqual({ ...valid, ...PASTED });
    const devis = devisCustomer(restored.value.draft.customer);
    expect(devis.invalid).toEqual(refused);
    expect(devis.printed.siret).toBe('');
  });

  it('from a share link carrying the customer details', () => {
    const configuration = { catalog: '2026-11', items: [], termMonths: 1, requirements: [], salesDiscountBp: 0 };
    const decoded = decodeShareCode(encodeShareCode(configuration, { customer: { ...emptyCustomer(), ...valid, ...PASTED } }));
    if (!decoded.ok || decoded.value.customer === null) throw new Error('the link should carry the details');
    expect(decoded.value.customer.siret).toBe(PASTED.siret);
    expect(devisCustomer(decoded.value.customer).invalid).toEqual(refused);
  });
});
