import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CustomerDetails } from '../../src/domain/customer';
import { customerSchema, type CustomerInput } from '../../src/domain/customer-schema';

const valid: CustomerDetails = {
  company: 'Mairie de Lyon',
  siret: '732 829 320 00074',
  vatNumber: 'FR44732829320',
  contactName: 'Camille Martin',
  email: 'camille.martin@example.fr',
  phone: '04 72 10 30 30',
  address: '1 place de la Comédie\n69001 Lyon',
  sector: 'public',
  reference: 'AO-2026-017',
};

/** The encoded message of each refused field. */
function problems(details: Partial<CustomerDetails>): Record<string, string> {
  const result = customerSchema.safeParse({ ...valid, ...details });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('the customer schema', () => {
  it('reads and returns CustomerDetails unchanged', () => {
    expectTypeOf<CustomerInput>().toEqualTypeOf<CustomerDetails>();
    expect(customerSchema.parse(valid)).toEqual(valid);
  });

  it('accepts the optional fields empty', () => {
    expect(problems({ vatNumber: '', phone: '', reference: '' })).toEqual({});
  });

  it('accepts a SIREN as well as a SIRET', () => {
    expect(problems({ siret: '732829320' })).toEqual({});
  });

  it('lists every missing required field by its key', () => {
    expect(problems({ company: ' ', siret: '', contactName: '', email: '', address: '', sector: '' })).toEqual({
      company: 'customer.company.required',
      siret: 'customer.siret.required',
      contactName: 'customer.contactName.required',
      email: 'customer.email.required',
      address: 'customer.address.required',
      sector: 'customer.sector.required',
    });
  });

  it('QA: counts a required field holding only characters drawn as nothing as missing', () => {
    expect(problems({ company: '\u200B', contactName: '\u2060\u00A0', address: '\u200B\n\u200B' })).toEqual({
      company: 'customer.company.required',
      contactName: 'customer.contactName.required',
      address: 'customer.address.required',
    });
    // Review: a Hangul filler is drawn as nothing too (Unicode's default ignorable characters).
    expect(problems({ company: '\u3164' })).toEqual({ company: 'customer.company.required' });
    // Such characters within a real text stay accepted (a zero-width joiner in 👨‍👩‍👧).
    expect(problems({ company: 'Famille \u{1F468}\u200D\u{1F469}\u200D\u{1F467}' })).toEqual({});
  });

  it.each([
    [{ siret: '7328293200007' }, { siret: 'customer.siret.length?count=13' }],
    [{ siret: '7328293' }, { siret: 'customer.siren.length?count=7' }],
    [{ siret: '73282932000075' }, { siret: 'customer.siret.nic?siren=732829320' }],
    [{ siret: '732829321' }, { siret: 'customer.siren.luhn?siren=732829321' }],
    [{ siret: '35600000009090', vatNumber: '' }, { siret: 'customer.siret.laPoste' }],
    [{ siret: '732 829 32O' }, { siret: 'customer.siret.invalidChar?char=O' }],
    // QA: nine zeros pass the Luhn check, and are no company's; nor is FR12000000000 a Monegasque VAT number.
    [{ siret: '000 000 000' }, { siret: 'customer.siren.zero' }],
    // QA: 300 characters before the @ passed the pattern; mail servers carry 64 (RFC 5321).
    [{ email: `${'a'.repeat(65)}@exemple.fr` }, { email: 'customer.email.localTooLong?count=65' }],
    [{ email: `${'a'.repeat(64)}@exemple.fr` }, {}],
    // Review: said before the accents' suggestion, which would offer 65 plain letters, refused in turn.
    [{ email: `${'é'.repeat(65)}@exemple.fr` }, { email: 'customer.email.localTooLong?count=65' }],
    [{ siret: '00000000000000' }, { siret: 'customer.siren.zero' }],
    [{ siret: '', vatNumber: 'FR12000000000' }, { siret: 'customer.siret.required', vatNumber: 'customer.vat.frSiren?siren=000000000' }],
    [{ vatNumber: 'FR69900000001' }, { vatNumber: 'customer.vat.frKey?siren=900000001&expected=FR68900000001' }],
    [{ vatNumber: 'FR68900000001' }, { vatNumber: 'customer.vat.otherCompany?siren=732829320&expected=FR44732829320' }],
    [{ vatNumber: 'DE12345678' }, { vatNumber: 'customer.vat.format?country=DE&sample=DE123456789' }],
    [{ vatNumber: 'GR123456789' }, { vatNumber: 'customer.vat.greecePrefix' }],
    [{ vatNumber: 'MC53000004605' }, { vatNumber: 'customer.vat.monacoPrefix' }],
    [{ vatNumber: 'US123456789' }, { vatNumber: 'customer.vat.unknownCountry?country=US' }],
    [{ email: 'camille.martin@' }, { email: 'customer.email.invalid' }],
    [{ email: 'camille martin@example.fr' }, { email: 'customer.email.invalid' }],
    [{ email: 'jérôme@exemple.fr' }, { email: 'customer.email.accents?suggestion=jerome%40exemple.fr' }],
    [{ email: 'jérôme@' }, { email: 'customer.email.invalid' }],
    [{ phone: '04 72 10 30' }, { phone: 'customer.phone.frLength?count=8' }],
    [{ phone: '+33 04 72 10 30 30' }, { phone: 'customer.phone.frTrunkZero' }],
    [{ reference: 'R'.repeat(41) }, { reference: 'customer.reference.tooLong?max=40&count=41' }],
  ])('refuses %j with %j', (details, expected) => {
    expect(problems(details)).toEqual(expected);
  });

  it('accepts a foreign VAT number whatever the SIREN', () => {
    expect(problems({ vatNumber: 'DE123456789' })).toEqual({});
  });

  it('compares the VAT number with the SIREN of a SIRET, and with a La Poste SIRET', () => {
    expect(problems({ siret: '542 051 180 00066', vatNumber: 'FR59542051180' })).toEqual({});
    expect(problems({ siret: '35600000009075', vatNumber: 'FR39356000000' })).toEqual({});
  });

  it('reports a VAT number of another company even while other fields are still wrong', () => {
    expect(problems({ company: '', vatNumber: 'FR68900000001' })).toEqual({
      company: 'customer.company.required',
      vatNumber: 'customer.vat.otherCompany?siren=732829320&expected=FR44732829320',
    });
  });

  it('does not compare the VAT number with a SIREN that is itself wrong', () => {
    expect(problems({ siret: '732829321', vatNumber: 'FR68900000001' })).toEqual({ siret: 'customer.siren.luhn?siren=732829321' });
  });

  it('asks for the sector when the radio group reads as null (no choice made)', () => {
    const result = customerSchema.safeParse({ ...valid, sector: null });
    expect(result.success || result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['sector', 'customer.sector.required'],
    ]);
  });

  it('accepts a reference of exactly 40 characters', () => {
    expect(problems({ reference: 'R'.repeat(40) })).toEqual({});
  });

  // Built from 40 or 41 visible characters, so each expected count is the number of characters put in, not a length measured here.
  const DECOMPOSED_E = 'e\u0301';
  it.each([
    ['🎉', '🎉'], ['a flag', '🇫🇷'], ['a family emoji', '👨\u200d👩\u200d👧'], ['é typed as e + combining accent', DECOMPOSED_E], ['é precomposed', '\u00e9'],
  ])('counts a reference in characters as the user sees them: 40 × %s is accepted, 41 refused as 41', (_name, character) => {
    expect(problems({ reference: character.repeat(40) })).toEqual({});
    expect(problems({ reference: ` ${character.repeat(41)} ` })).toEqual({ reference: 'customer.reference.tooLong?max=40&count=41' });
  });

  it('accepts 21 × 🎉 in the reference (42 UTF-16 units, 21 characters)', () => {
    expect(problems({ reference: '🎉'.repeat(21) })).toEqual({});
  });

  it('refuses, in every text field, an invisible character that makes the text show as another, naming it', () => {
    expect(problems({ company: 'Acme \u202Eteg.gnitsohlive\u202C SAS', contactName: 'Jean\u2067 Martin', reference: 'R\u0007' })).toEqual({
      company: 'customer.text.hiddenChar?code=U%2B202E',
      contactName: 'customer.text.hiddenChar?code=U%2B2067',
      reference: 'customer.text.hiddenChar?code=U%2B0007',
    });
    expect(problems({ siret: '732\u202E829320', email: 'a@b.fr\u0085' })).toEqual({
      siret: 'customer.text.hiddenChar?code=U%2B202E',
      email: 'customer.text.hiddenChar?code=U%2B0085',
    });
  });

  it('keeps line breaks for the address only; a tab is a space anywhere', () => {
    expect(problems({ address: '1 place de la Comédie\n69001\tLyon', company: 'Mairie\tde Lyon' })).toEqual({});
    expect(problems({ company: 'Mairie\nde Lyon' })).toEqual({ company: 'customer.text.hiddenChar?code=U%2B000A' });
  });
});
