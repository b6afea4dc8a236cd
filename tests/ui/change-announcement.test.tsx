import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/domain/language';
import { createConfiguratorStore, type ConfiguratorState, type ConfiguratorStore } from '../../src/store/configurator-store';
import { announcement } from '../../src/ui/change-announcement';
import { defaultCatalog } from '../fixtures/catalogs';

const catalog = defaultCatalog();

/** The announcement of one action on a store; no-break spaces read as spaces, to keep the tables legible. */
function say(store: ConfiguratorStore, act: (s: ConfiguratorState) => void): string {
  const before = store.getState();
  act(before);
  return announcement(before, store.getState()).replace(/[\u00A0\u202F]/g, ' ');
}

const storeIn = (lang: Language) => createConfiguratorStore({ catalog, lang });

describe('each change to the configuration is said in one short sentence with the new monthly total', () => {
  it.each<[Language, string[]]>([
    ['fr', [
      'Module Alinto Messagerie Essentielle ajouté. Total mensuel HT : 75,00 €.',
      'Module WALLIX Authenticator (MFA) ajouté. Module WALLIX Trustelem (authentification unique) ajouté d’office. Total mensuel HT : 200,00 €.',
      'Engagement 36 mois. Total mensuel HT : 160,00 €.',
      'Exigence SecNumCloud ajoutée, 4 modules écartés.',
      'Annulé : exigence SecNumCloud levée, 4 modules de nouveau disponibles.',
      'Rétabli : exigence SecNumCloud ajoutée, 4 modules écartés.',
      'Alinto Messagerie Essentielle passe à 30 utilisateurs. Total mensuel HT : 172,00 €.',
      'Module Alinto Messagerie Essentielle retiré. La configuration peut de nouveau être commandée. Total mensuel HT : 100,00 €.',
      'Annulé : module Alinto Messagerie Essentielle ajouté. Total mensuel HT : 172,00 €.',
    ]],
    ['en', [
      'Alinto Essential Mail added. Monthly total excl. VAT: €75.00.',
      'WALLIX Authenticator (MFA) added. WALLIX Trustelem (single sign-on) added automatically. Monthly total excl. VAT: €200.00.',
      '36-month commitment. Monthly total excl. VAT: €160.00.',
      'SecNumCloud required, 4 modules ruled out.',
      'Undone: SecNumCloud no longer required, 4 modules available again.',
      'Redone: SecNumCloud required, 4 modules ruled out.',
      'Alinto Essential Mail set to 30 users. Monthly total excl. VAT: €172.00.',
      'Alinto Essential Mail removed. The configuration can be ordered again. Monthly total excl. VAT: €100.00.',
      'Undone: Alinto Essential Mail added. Monthly total excl. VAT: €172.00.',
    ]],
  ])('the QA journey, in %s', (lang, expected) => {
    const store = storeIn(lang);
    expect([
      say(store, (s) => s.selectModule('alinto-mail-essential')),
      say(store, (s) => s.selectModule('wallix-authenticator')),
      say(store, (s) => s.chooseTerm(36)),
      say(store, (s) => s.demandQualification('secnumcloud')),
      say(store, (s) => s.undo()),
      say(store, (s) => s.redo()),
      say(store, (s) => s.changeQuantity('alinto-mail-essential', 30)),
      say(store, (s) => s.removeModule('alinto-mail-essential')),
      say(store, (s) => s.undo()),
    ]).toEqual(expected);
  });

  it('QA: several undos, or redos, before the words are written are said as one undo, or one redo', () => {
    const store = storeIn('fr');
    for (const module of ['outscale-storage', 'outscale-backup', 'glowbl-events']) store.getState().selectModule(module);
    expect(say(store, (s) => {
      s.undo();
      store.getState().undo();
      store.getState().undo();
    })).toBe('Annulé : module Glowbl Événements en direct retiré. Module Outscale Stockage bloc retiré. Module Outscale Sauvegarde retiré. Module Outscale Machines virtuelles retiré d’office. Total mensuel HT : 0,00 €.');
    expect(say(store, (s) => {
      s.redo();
      store.getState().redo();
    })).toMatch(/^Rétabli : /);
  });

  it('French is set with French typography: no-break spaces before « : », in figures, before the unit and before €', () => {
    const store = storeIn('fr');
    store.getState().selectModule('outscale-storage');
    const before = store.getState();
    before.changeQuantity('outscale-storage', 1000);
    expect(announcement(before, store.getState())).toBe('Outscale Stockage bloc passe à 1\u202F000\u00A0Gio. Total mensuel HT\u00A0: 298,00\u00A0€.');
  });

  it('a repair that ends the conflict says the configuration can be ordered again (the banner that goes says nothing)', () => {
    const store = storeIn('fr');
    store.getState().selectModule('wallix-authenticator');
    store.getState().removeModule('wallix-trustelem');
    expect(say(store, (s) => s.applyRepair({ ...s.configuration, items: [...s.configuration.items, { module: 'wallix-trustelem', quantity: 25 }] })))
      .toBe('Module WALLIX Trustelem (authentification unique) ajouté. La configuration peut de nouveau être commandée. Total mensuel HT : 125,00 €.');
  });

  it('unticking a module says what went with it (added for it), apart from what the buyer removed', () => {
    const store = storeIn('fr');
    store.getState().selectModule('outscale-backup');
    expect(say(store, (s) => s.removeModule('outscale-backup')))
      .toBe('Module Outscale Sauvegarde retiré. Module Outscale Machines virtuelles retiré d’office. Module Outscale Stockage bloc retiré d’office. Total mensuel HT : 0,00 €.');
  });

  it('a change that breaks a rule does not repeat the banner (role="alert"): only what changed is said', () => {
    const store = storeIn('fr');
    store.getState().selectModule('wallix-authenticator');
    expect(say(store, (s) => s.removeModule('wallix-trustelem'))).toBe('Module WALLIX Trustelem (authentification unique) retiré. Total mensuel HT : 50,00 €.');
  });

  it('a sales discount is said with its rate; a demand, which moves no price, without the total', () => {
    const store = storeIn('fr');
    store.getState().selectModule('outscale-vm');
    expect(say(store, (s) => s.negotiateDiscount(1250))).toMatch(/^Remise commerciale 12,5 %\. Total mensuel HT : \d+,\d\d €\.$/);
    expect(say(store, (s) => s.demandQualification('iso27001'))).toBe('Exigence ISO 27001 ajoutée, 9 modules écartés.');
  });

  const chosen = (ids: string[]) => ids.map((module) => ({ module, quantity: catalog.modules.find((m) => m.id === module)?.quantity.default ?? 1 }));

  it('more than six modules at once (a link, an import) are counted, not named', () => {
    const store = storeIn('fr');
    const items = chosen(['alinto-mail-essential', 'cryptpad-team', 'xwiki-knowledge', 'outscale-vm', 'glowbl-meetings', 'clever-cloud-app', 'datakeen-documents']);
    expect(say(store, (s) => s.replaceConfiguration({ ...s.configuration, items }))).toMatch(/^7 modules ajoutés\. Total mensuel HT : [\d ]+,\d\d €\.$/);
  });

  it('up to six are named, as a repair’s button names them (QA: « 5 modules retirés » never said which)', () => {
    const store = storeIn('fr');
    const five = ['datakeen-documents', 'wallix-bastion', 'glowbl-meetings', 'xwiki-knowledge', 'cryptpad-team'];
    store.getState().replaceConfiguration({ ...store.getState().configuration, items: chosen([...five, 'alinto-mail-essential']) });
    expect(say(store, (s) => s.replaceConfiguration({ ...s.configuration, items: chosen(['alinto-mail-essential']) })))
      .toMatch(/^Module CryptPad Équipe retiré\. Module XWiki Base de connaissances retiré\. Module Glowbl Réunions retiré\. Module Datakeen Lecture de documents retiré\. Module WALLIX Bastion retiré\. La configuration peut de nouveau être commandée\. Total mensuel HT\s: 75,00\s€\.$/);
  });

  it('a quantity back where its edit started says the total alone (a refused one\'s field says the quantity, role="alert")', () => {
    const store = storeIn('fr');
    store.getState().selectModule('alinto-mail-essential');
    store.getState().endEdit();
    store.getState().changeQuantity('alinto-mail-essential', 10000);
    expect(say(store, (s) => s.changeQuantity('alinto-mail-essential', 25))).toBe('Total mensuel HT : 75,00 €.');
  });

  it('what is not the configuration (language, notes, sales mode) says nothing', () => {
    const store = storeIn('fr');
    expect(say(store, (s) => s.switchLanguage('en'))).toBe('');
    expect(say(store, (s) => s.writeNotes('x'))).toBe('');
  });
});
