import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyCustomer, type CustomerDetails } from '../../src/domain/customer';
import { CustomerForm } from '../../src/ui/customer-form';

/** A parent that keeps the draft, as the app does. */
function Draft({ lang }: { lang: 'fr' | 'en' }) {
  const [value, setValue] = useState<CustomerDetails>(emptyCustomer());
  return <CustomerForm lang={lang} value={value} onChange={setValue} />;
}

const errorOf = (field: HTMLElement): string | null => {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.getAttribute('role') === 'alert')?.textContent ?? null;
};

describe('the SIREN field, for a company of another member state', () => {
  it('is required until a VAT number of another member state is typed, and its error goes then', async () => {
    const user = userEvent.setup();
    render(<Draft lang="en" />);
    const siret = screen.getByLabelText('SIREN or SIRET');
    const vat = screen.getByLabelText('EU VAT number (optional)');
    expect(siret).toHaveAttribute('aria-required', 'true');
    expect(siret).toHaveAccessibleDescription(/Company from another EU member state or from Monaco: leave it empty, its EU VAT number identifies it\.$/);
    await user.type(siret, '1{Backspace}');
    await user.tab();
    expect(errorOf(siret)).toBe('Enter the customer’s SIREN (9 digits) or SIRET (14 digits); for a company from another EU member state or from Monaco, enter its EU VAT number below instead.');
    await user.type(vat, 'BE0403170701');
    expect(errorOf(siret)).toBeNull();
    expect(siret).not.toHaveAttribute('aria-required');
    expect(siret).not.toHaveAttribute('aria-invalid');
    // A French number brings the requirement back.
    await user.clear(vat);
    await user.type(vat, 'FR44732829320');
    expect(siret).toHaveAttribute('aria-required', 'true');
    expect(errorOf(siret)).toMatch(/^Enter the customer’s SIREN/);
  });

  it('still refuses a foreign company number typed in it, in French too', async () => {
    const user = userEvent.setup();
    render(<Draft lang="fr" />);
    const siret = screen.getByLabelText('SIREN ou SIRET');
    await user.type(screen.getByLabelText('Numéro de TVA intracommunautaire (facultatif)'), 'DE136695976');
    await user.type(siret, 'HRB 12345');
    await user.tab();
    expect(errorOf(siret)).toBe('Un SIREN ou un SIRET ne contient que des chiffres\u00A0: retirez «\u00A0H\u00A0».');
    await user.clear(siret);
    await user.tab();
    expect(errorOf(siret)).toBeNull();
  });
});
