import { describe, expect, it } from 'vitest';
import { checkVatNumber } from '../../src/domain/company-vat';
import { customerSchema } from '../../src/domain/customer-schema';
import { emptyCustomer } from '../../src/domain/customer';
import { formatMessage } from '../../src/ui/customer-messages';

/** The VAT number's message as the form shows it. */
function vatError(vatNumber: string, lang: 'fr' | 'en'): string {
  const parsed = customerSchema.safeParse({ ...emptyCustomer(), vatNumber });
  const issue = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === 'vatNumber');
  return issue ? formatMessage(lang, issue.message) : '';
}

describe('a VAT number of the wrong shape for its country', () => {
  it.each([
    ['FR4473282932', 'FR12345678901'], ['ATU1234', 'ATU12345678'], ['EL12345', 'EL123456789'], ['IE12', 'IE1234567T'], ['NL123456789', 'NL123456789B01'],
  ])('is said in English so it reads right whatever the prefix (%s)', (vat, sample) => {
    expect(checkVatNumber(vat)).toMatchObject({ ok: false, error: { code: 'format' } });
    const country = vat.slice(0, 2);
    expect(vatError(vat, 'en')).toBe(`This does not have the shape of a VAT number starting with ${country}: it should look like ${sample}.`);
    expect(vatError(vat, 'en')).not.toMatch(/\ba [AEIOU]\w? VAT\b|\ban? [A-Z]{2} VAT\b/);
    expect(vatError(vat, 'fr')).toBe(`Ce numéro n’a pas la forme d’un numéro de TVA ${country}\u00A0: il doit ressembler à ${sample}.`);
  });
});
