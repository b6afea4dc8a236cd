import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RepairAction } from '../../src/domain/engine/repairs';
import { Configurator } from '../../src/ui/configurator';
import { repairFace, repairLabel } from '../../src/ui/repair-label';
import { defaultCatalog } from '../fixtures/catalogs';
import { renderWithStore } from './render-with-store';

const remove = (ids: string[]): RepairAction[] => ids.map((module) => ({ kind: 'remove', module }));
const label = (actions: RepairAction[], lang: 'fr' | 'en' = 'fr') => repairLabel(defaultCatalog(), actions, lang).replace(/[\u00a0\u202f]/g, ' ');

describe('a repair in words', () => {
  it.each([
    [[{ kind: 'set-quantity', module: 'wallix-trustelem', quantity: 60, rule: 'sso-covers-mailboxes' }], 'fr', 'Passer WALLIX Trustelem (authentification unique) à 60 utilisateurs'],
    [[{ kind: 'remove', module: 'wallix-trustelem' }, { kind: 'remove', module: 'alinto-protect' }], 'fr', 'Retirer WALLIX Trustelem (authentification unique) et Alinto Protect (filtrage de messagerie)'],
    [[{ kind: 'remove', module: 'clever-cloud-cellar' }, { kind: 'remove', module: 'clever-cloud-postgresql' }, { kind: 'remove', module: 'clever-cloud-app' }], 'en',
      'Remove Clever Cloud Cellar (object storage), Clever Cloud PostgreSQL and Clever Cloud Applications'],
    [[{ kind: 'remove', module: 'outscale-vm' }, { kind: 'add', module: 'clever-cloud-app' }, { kind: 'drop-requirement', qualification: 'hds' }], 'fr',
      'Retirer Outscale Machines virtuelles + Ajouter Clever Cloud Applications + Ne plus exiger HDS'],
  ] as [RepairAction[], 'fr' | 'en', string][])('%j in %s: « %s » (actions of one kind in a row share their verb)', (actions, lang, text) => {
    expect(label(actions, lang)).toBe(text);
  });

  it('beyond six names of one kind, the rest are counted (QA: a button of 10 252 characters removing 80 modules)', () => {
    const seven = ['cryptpad-team', 'glowbl-meetings', 'outscale-vm', 'xwiki-knowledge', 'clever-cloud-app', 'wallix-bastion', 'glowbl-events'];
    expect(label(remove(seven))).toBe('Retirer CryptPad Équipe, Glowbl Réunions, Outscale Machines virtuelles, XWiki Base de connaissances, Clever Cloud Applications et 2 autres');
    expect(label(remove(seven), 'en')).toBe('Remove CryptPad Team, Glowbl Meetings, Outscale Virtual Machines, XWiki Knowledge Base, Clever Cloud Applications and 2 others');
  });

  it('up to six names are all said (QA: « Retirer A, B, C et 2 autres » hid two of the five modules a repair took out)', () => {
    const five = ['cryptpad-team', 'glowbl-meetings', 'outscale-vm', 'xwiki-knowledge', 'clever-cloud-app'];
    expect(label(remove(five))).toBe('Retirer CryptPad Équipe, Glowbl Réunions, Outscale Machines virtuelles, XWiki Base de connaissances et Clever Cloud Applications');
    expect(label(remove([...five, 'wallix-bastion']), 'en')).toBe('Remove CryptPad Team, Glowbl Meetings, Outscale Virtual Machines, XWiki Knowledge Base, Clever Cloud Applications and WALLIX Bastion');
  });

  it('a name’s parenthesised part is apart on the button’s face, for a phone to leave it out', () => {
    render(<p>{repairFace('Retirer Clever Cloud Cellar (stockage objet), Clever Cloud PostgreSQL et WALLIX Trustelem (authentification unique)')}</p>);
    const face = document.querySelector('p')!;
    expect([...face.querySelectorAll('.label-aside')].map((aside) => aside.textContent)).toEqual([' (stockage objet)', ' (authentification unique)']);
    face.querySelectorAll('.label-aside').forEach((aside) => aside.remove());
    expect(face.textContent).toBe('Retirer Clever Cloud Cellar, Clever Cloud PostgreSQL et WALLIX Trustelem');
  });

  it('the repair button’s accessible name is the whole label', async () => {
    renderWithStore(<Configurator />, (s) => {
      s.getState().selectModule('alinto-mail-essential');
      s.getState().selectModule('wallix-trustelem');
      s.getState().changeQuantity('alinto-mail-essential', 60);
    });
    const button = await screen.findByRole('button', { name: 'Passer WALLIX Trustelem (authentification unique) à 60 utilisateurs' }, { timeout: 5000 });
    expect(button.querySelector('.label-aside')?.textContent).toBe(' (authentification unique)');
  });
});
