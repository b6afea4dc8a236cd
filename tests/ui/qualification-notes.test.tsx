import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Configurator } from '../../src/ui/configurator';
import { renderWithStore } from './render-with-store';

const card = (id: string) => document.querySelector<HTMLElement>(`[data-module="${id}"]`)!;

describe('what a qualification means is text anyone can reach, not a tooltip', () => {
  it.each([
    ['fr', 'HDS', 'Certification Hébergeur de Données de Santé, obligatoire pour héberger des données de santé en France.'],
    ['fr', 'CSPN', 'Certification de Sécurité de Premier Niveau délivrée par l’ANSSI à un produit de sécurité.'],
    ['en', 'SecNumCloud', 'ANSSI qualification for cloud hosting services, required for sensitive public-sector data.'],
  ] as const)('in %s, the %s toggle is described by what it means', (lang, name, description) => {
    renderWithStore(<Configurator />, () => {}, lang);
    expect(screen.getByRole('checkbox', { name })).toHaveAccessibleDescription(description);
  });

  it('« Qu’est-ce que c’est ? » under the toggles opens onto the four explanations', async () => {
    renderWithStore(<Configurator />);
    const disclosure = screen.getByText('Qu’est-ce que c’est ?');
    const details = disclosure.closest('details')!;
    expect(details.open).toBe(false);
    await userEvent.click(disclosure);
    expect(details.open).toBe(true);
    expect([...details.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['SecNumCloud', 'HDS', 'ISO 27001', 'CSPN']);
  });

  it('a card’s badges open onto what each of its qualifications means', async () => {
    renderWithStore(<Configurator />);
    const badges = card('outscale-vm').querySelector('summary')!;
    // Named with its card's module for a screen reader: cards holding the same qualifications are told apart.
    expect(badges).toHaveTextContent('Qualifications SecNumCloud HDS ISO 27001 — Outscale Machines virtuelles');
    await userEvent.click(badges);
    const notes = badges.closest('details')!;
    expect(notes.open).toBe(true);
    expect(notes).toHaveTextContent('HDSCertification Hébergeur de Données de Santé, obligatoire pour héberger des données de santé en France.');
    expect([...notes.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['SecNumCloud', 'HDS', 'ISO 27001']);
  });

  it('no explanation is left in a title attribute', () => {
    renderWithStore(<Configurator />);
    expect(document.querySelectorAll('.requirements [title], .qualification-badges [title], .qualification-badges[title]')).toHaveLength(0);
  });
});
