import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { emptyCustomer, type CustomerDetails } from '../../src/domain/customer';
import { CUSTOMER_TEXT_MAX_LENGTH } from '../../src/domain/draft-details';
import { CustomerForm } from '../../src/ui/customer-form';
import { CustomerSectorField } from '../../src/ui/customer-sector-field';

/** A parent that keeps the draft, as the app does. */
function Draft({ lang, initial = emptyCustomer(), spy }: { lang: 'fr' | 'en'; initial?: CustomerDetails; spy?: (next: CustomerDetails) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <CustomerForm
      lang={lang}
      value={value}
      onChange={(next) => {
        setValue(next);
        spy?.(next);
      }}
    />
  );
}

function setup(lang: 'fr' | 'en' = 'fr', initial?: CustomerDetails) {
  const spy = vi.fn<(next: CustomerDetails) => void>();
  const view = render(<Draft lang={lang} initial={initial} spy={spy} />);
  return { user: userEvent.setup(), spy, ...view };
}

/** The error linked to a field: the alert its aria-describedby points at. */
function errorOf(field: HTMLElement): string | null {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const alert = ids.map((id) => document.getElementById(id)).find((el) => el?.getAttribute('role') === 'alert');
  return alert?.textContent ?? null;
}

/** The error linked to a field, announced or not (one found in what a reload put back is shown, not announced). */
function shownErrorOf(field: HTMLElement): string | null {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('customer-error'))?.textContent ?? null;
}

describe('CustomerForm', () => {
  it('every text field stops at the bound the saved draft is read back with', () => {
    setup();
    for (const label of ['Raison sociale', 'SIREN ou SIRET', 'Nom du contact', 'Adresse e-mail', 'Adresse postale', 'Référence client (facultatif)']) {
      expect(screen.getByLabelText(label)).toHaveAttribute('maxlength', String(CUSTOMER_TEXT_MAX_LENGTH));
    }
  });

  it('says when a paste is cut at the bound, and how much was kept (QA: 4 943 characters pasted, 2 000 kept without a word)', async () => {
    const user = userEvent.setup();
    setup();
    const company = screen.getByLabelText('Raison sociale');
    await user.click(company);
    await user.keyboard('SA ');
    await user.paste(`${'x'.repeat(4940)}FIN`);
    expect((company as HTMLInputElement).value).toHaveLength(CUSTOMER_TEXT_MAX_LENGTH);
    expect(screen.getByRole('status')).toHaveTextContent(/^Le texte collé comptait 4\s943 caractères\s: seuls les 1\s997 premiers tiennent dans ce champ\. Vérifiez sa fin\.$/);
    expect(company).toHaveAccessibleDescription(expect.stringContaining('Le texte collé comptait'));
    // Moving about does not clear it; an edit does.
    await user.keyboard('{ArrowLeft}{Shift>}{ArrowLeft}{/Shift}');
    expect(screen.getByRole('status')).toBeInTheDocument();
    await user.keyboard('{End}');
    await user.paste('plus');
    expect(screen.getByRole('status')).toHaveTextContent(/^Ce champ est plein\s: le texte collé n’y a pas été ajouté\.$/);
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await user.clear(company);
    await user.paste('court');
    expect((company as HTMLInputElement).value).toBe('court');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('counts a paste in characters as a reader does (QA: « 👍 » is one, two UTF-16 units); a text whose line breaks a one-line field drops fits', async () => {
    const user = userEvent.setup();
    setup();
    const company = screen.getByLabelText('Raison sociale');
    await user.click(company);
    // 2 + 999 × 2 UTF-16 units fill the 2 000 the field takes: 1 001 characters of 1 502.
    await user.paste(`ab${'👍'.repeat(1500)}`);
    // The field's bound is not said: 2 000 units are 1 001 characters here, and « qui en accepte 2 000 » beside « seuls les
    // 1 001 premiers » read as a contradiction (QA).
    expect(screen.getByRole('status')).toHaveTextContent(/^Le texte collé comptait 1\s502 caractères\s: seuls les 1\s001 premiers tiennent dans ce champ\. Vérifiez sa fin\.$/);
    // A family is one character to its reader, five code points and eight UTF-16 units (QA: 400 said « 2 000 »).
    await user.clear(company);
    await user.paste('👨\u200D👩\u200D👧'.repeat(400));
    expect(screen.getByRole('status')).toHaveTextContent(/^Le texte collé comptait 400 caractères\s: seuls les 250 premiers tiennent dans ce champ\. Vérifiez sa fin\.$/);
    await user.clear(company);
    await user.paste('ligne un\r\nligne deux');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('QA: says nothing of a cut when an e-mail field drops the spaces around a paste (nothing was cut for length)', async () => {
    const user = userEvent.setup();
    setup();
    const email = screen.getByLabelText('Adresse e-mail');
    await user.click(email);
    await user.paste(' jean@exemple.fr ');
    expect((email as HTMLInputElement).value).toBe('jean@exemple.fr');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('labels every field, with the right autocomplete and keyboard hints', () => {
    setup();
    expect(screen.getByRole('form', { name: 'Client et devis' })).toBeInTheDocument();
    expect(screen.getByLabelText('Raison sociale')).toHaveAttribute('autocomplete', 'organization');
    expect(screen.getByLabelText('SIREN ou SIRET')).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByLabelText('SIREN ou SIRET')).toHaveAccessibleDescription(
      'Entreprise française\u00A0: 9 chiffres (SIREN) ou 14 chiffres (SIRET), espaces, points ou tirets acceptés. Entreprise d’un autre État de l’UE ou de Monaco\u00A0: laissez vide, son numéro de TVA intracommunautaire l’identifie.',
    );
    expect(screen.getByLabelText('Numéro de TVA intracommunautaire (facultatif)')).toBeInTheDocument();
    expect(screen.getByLabelText('Nom du contact')).toHaveAttribute('autocomplete', 'name');
    expect(screen.getByLabelText('Adresse e-mail')).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByLabelText('Téléphone (facultatif)')).toHaveAttribute('autocomplete', 'tel');
    expect(screen.getByLabelText('Adresse postale')).toHaveAttribute('autocomplete', 'street-address');
    const sector = screen.getByRole('group', { name: 'Secteur' });
    expect(within(sector).getByRole('radio', { name: 'Public' })).toBeInTheDocument();
    expect(within(sector).getByRole('radio', { name: 'Privé' })).toBeInTheDocument();
    expect(screen.getByLabelText('Référence client (facultatif)')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says in French how to fix a SIRET when leaving the field, and stops once it is fixed', async () => {
    const { user } = setup('fr');
    const siret = screen.getByLabelText('SIREN ou SIRET');
    await user.type(siret, '732 829 320 0007');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Le SIRET compte 14 chiffres ; vous en avez saisi 13.');
    expect(siret).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(siret)).toBe('Le SIRET compte 14 chiffres\u202F; vous en avez saisi 13.');
    await user.type(siret, '5');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Le SIREN 732 829 320 est correct, mais pas le numéro d’établissement (les 5 derniers chiffres) : vérifiez-les, ou ne saisissez que le SIREN.',
    );
    await user.type(siret, '{Backspace}4');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(siret).not.toHaveAttribute('aria-invalid');
  });

  it('says the same in English', async () => {
    const { user } = setup('en');
    const siret = screen.getByLabelText('SIREN or SIRET');
    await user.type(siret, '7328293200007');
    await user.tab();
    expect(errorOf(siret)).toBe('A SIRET has 14 digits; you typed 13.');
  });

  it('translates a shown error when the language changes', async () => {
    const spy = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<CustomerForm lang="fr" value={emptyCustomer()} onChange={spy} />);
    await user.type(screen.getByLabelText('Adresse e-mail'), 'c{Backspace}');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Indiquez l’adresse e-mail du contact.');
    rerender(<CustomerForm lang="en" value={emptyCustomer()} onChange={spy} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the contact’s email address.');
  });

  it('checks the VAT key against the SIREN and says which number is expected', async () => {
    const { user } = setup('fr');
    const siret = screen.getByLabelText('SIREN ou SIRET');
    const vat = screen.getByLabelText('Numéro de TVA intracommunautaire (facultatif)');
    await user.type(siret, '732 829 320');
    await user.type(vat, 'FR69900000001');
    await user.tab();
    expect(errorOf(vat)).toBe('La clé de TVA ne correspond pas au SIREN 900\u00A0000\u00A0001\u00A0: attendu FR68900000001.');
    await user.clear(vat);
    await user.type(vat, 'FR68900000001');
    expect(errorOf(vat)).toBe(
      'Ce numéro de TVA n’est pas celui du SIREN 732\u00A0829\u00A0320 saisi plus haut\u00A0: attendu FR44732829320. Corrigez l’un ou l’autre.',
    );
    // Correcting the SIREN instead clears the VAT number's error.
    await user.clear(siret);
    await user.type(siret, '900000001');
    await user.tab();
    expect(vat).not.toHaveAttribute('aria-invalid');
    expect(errorOf(vat)).toBeNull();
  });

  it('explains e-mail and phone mistakes in English and clears them once fixed', async () => {
    const { user } = setup('en');
    const email = screen.getByLabelText('Email address');
    const phone = screen.getByLabelText('Phone (optional)');
    await user.type(email, 'camille@');
    await user.type(phone, '06 12 34 56');
    await user.tab();
    expect(errorOf(email)).toBe('This email address is incomplete: it should look like name@company.com.');
    expect(errorOf(phone)).toBe('A French number has 10 digits (0X XX XX XX XX); you typed 8.');
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    await user.type(email, 'example.fr');
    await user.type(phone, ' 78');
    expect(errorOf(email)).toBeNull();
    expect(errorOf(phone)).toBeNull();
  });

  it('says an address with accents before the @ is refused by most mail servers, and offers it without them', async () => {
    const { user } = setup('fr');
    const email = screen.getByLabelText('Adresse e-mail');
    await user.type(email, 'jérôme@exemple.fr');
    await user.tab();
    expect(errorOf(email)?.replace(/\u00a0/g, ' ')).toBe('Les lettres accentuées avant le @ sont refusées par la plupart des messageries : écrivez par exemple jerome@exemple.fr.');
  });

  it('links the sector\'s error to each radio of the group', () => {
    const control = { name: 'sector' as const, onChange: vi.fn(), onBlur: vi.fn(), ref: vi.fn() };
    const options = [{ value: 'public' as const, label: 'Public' }, { value: 'private' as const, label: 'Privé' }];
    render(<CustomerSectorField id="s" legend="Secteur" options={options} error="Choisissez le secteur du client." control={control} />);
    const sector = screen.getByRole('group', { name: 'Secteur' });
    const alert = within(sector).getByRole('alert');
    expect(alert).toHaveTextContent('Choisissez le secteur du client.');
    for (const radio of within(sector).getAllByRole('radio')) {
      expect(radio).toHaveAttribute('aria-describedby', alert.id);
      expect(radio).toHaveAttribute('aria-invalid', 'true');
    }
  });

  it('asks for nothing while the keyboard only passes through empty fields; a filled field is still checked on leaving', async () => {
    const { user } = setup('fr', { ...emptyCustomer(), siret: '7328293' });
    await user.click(screen.getByLabelText('Raison sociale'));
    // Raison sociale → SIREN ou SIRET → TVA → contact → e-mail → téléphone → adresse → secteur → référence → out.
    for (let i = 0; i < 9; i += 1) await user.tab();
    expect(document.body).toHaveFocus();
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Le SIREN compte 9 chiffres\u202F; vous en avez saisi 7.']);
    expect(screen.getByLabelText('Raison sociale')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Adresse e-mail')).not.toHaveAttribute('aria-invalid');
  });

  it('gives every raw value to onChange as the user types, valid or not', async () => {
    const { user, spy } = setup('fr');
    await user.type(screen.getByLabelText('SIREN ou SIRET'), '12');
    expect(spy).toHaveBeenLastCalledWith({ ...emptyCustomer(), siret: '12' });
    await user.type(screen.getByLabelText('Raison sociale'), 'Acme');
    await user.click(screen.getByRole('radio', { name: 'Public' }));
    expect(spy).toHaveBeenLastCalledWith({ ...emptyCustomer(), siret: '12', company: 'Acme', sector: 'public' });
  });

  it('starts from the saved draft and follows a draft replaced from outside', () => {
    const saved = { ...emptyCustomer(), company: 'Mairie de Lyon', sector: 'public' as const };
    const onChange = vi.fn();
    const { rerender } = render(<CustomerForm lang="fr" value={saved} onChange={onChange} />);
    expect(screen.getByLabelText('Raison sociale')).toHaveValue('Mairie de Lyon');
    expect(screen.getByRole('radio', { name: 'Public' })).toBeChecked();
    rerender(<CustomerForm lang="fr" value={{ ...emptyCustomer(), company: 'CHU de Nantes' }} onChange={onChange} />);
    expect(screen.getByLabelText('Raison sociale')).toHaveValue('CHU de Nantes');
    expect(screen.getByRole('radio', { name: 'Public' })).not.toBeChecked();
  });

  it('QA: values put back by a reload say at once what is wrong with them, and stop saying it as they are fixed, before leaving', async () => {
    const { user } = setup('fr', { ...emptyCustomer(), email: 'jean@', siret: '123456789', company: 'Acme' });
    const email = screen.getByLabelText('Adresse e-mail');
    const siret = screen.getByLabelText('SIREN ou SIRET');
    await vi.waitFor(() => expect(shownErrorOf(email)).not.toBeNull());
    expect(shownErrorOf(siret)).not.toBeNull();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    // Shown and read with each field, not three alerts at once as the form arrives (QA).
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    expect(shownErrorOf(screen.getByLabelText('Raison sociale'))).toBeNull();
    // An empty field waits to be typed in, as on a first visit.
    expect(shownErrorOf(screen.getByLabelText('Nom du contact'))).toBeNull();
    await user.type(siret, '0');
    expect(errorOf(siret)).not.toBeNull(); // typed in: its error is announced again
    await user.type(email, 'exemple.fr');
    expect(email).toHaveFocus();
    expect(shownErrorOf(email)).toBeNull();
  });

  it('a draft restored from outside is checked as it comes', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<CustomerForm lang="en" value={emptyCustomer()} onChange={onChange} />);
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    rerender(<CustomerForm lang="en" value={{ ...emptyCustomer(), email: 'camille@' }} onChange={onChange} />);
    await vi.waitFor(() => expect(shownErrorOf(screen.getByLabelText('Email address'))).toBe('This email address is incomplete: it should look like name@company.com.'));
  });
});
