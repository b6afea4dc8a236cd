import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { emptyCustomer } from '../../src/domain/customer';
import { CustomerForm } from '../../src/ui/customer-form';

function Draft({ lang }: { lang: 'fr' | 'en' }) {
  const [value, setValue] = useState(emptyCustomer());
  return <CustomerForm lang={lang} value={value} onChange={setValue} />;
}

/** The error linked to a field: the alert its aria-describedby points at. */
function errorOf(field: HTMLElement): string | null {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const alert = ids.map((id) => document.getElementById(id)).find((el) => el?.getAttribute('role') === 'alert');
  return alert?.textContent ?? null;
}

describe('CustomerForm: a pasted number holding a zero-width space', () => {
  it.each([
    ['fr', 'SIREN ou SIRET', 'Ce champ contient un caractère invisible (U+200B), souvent collé avec le texte copié\u00A0: effacez le champ et retapez-le.'],
    ['en', 'SIREN or SIRET', 'This field holds an invisible character (U+200B), often pasted along with copied text: clear the field and type it again.'],
  ] as const)('names the character instead of quoting it (%s)', async (lang, label, error) => {
    render(<Draft lang={lang} />);
    const user = userEvent.setup();
    const siret = screen.getByLabelText(label);
    await user.click(siret);
    await user.paste('732\u200B829\u200B320');
    await user.tab();
    expect(errorOf(siret)).toBe(error);
  });
});
