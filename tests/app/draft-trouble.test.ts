import { describe, expect, it } from 'vitest';
import { sayDraftTrouble, troubleOf } from '../../src/app/draft-trouble';
import { createConfiguratorStore, noticeWords } from '../../src/store/configurator-store';
import { defaultCatalog } from '../fixtures/catalogs';

const store = () => createConfiguratorStore({ catalog: defaultCatalog(), lang: 'fr' });
const said = (s: ReturnType<typeof store>, lang: 'fr' | 'en' = 'fr') => s.getState().notices.map((n) => ({ tone: n.tone, text: noticeWords(n.text, lang) }));

describe('a save the browser refused', () => {
  it.each([
    [new DOMException('quota', 'QuotaExceededError'), 'full'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'full'],
    [new DOMException('denied', 'SecurityError'), 'disabled'],
    [new TypeError('localStorage is null'), 'refused'],
    ['a string', 'refused'],
  ])('is named by what the browser threw: %o is %s', (failure, trouble) => {
    expect(troubleOf(failure)).toBe(trouble);
  });

  it('is said in one notice, which says why and how to keep the work, in both languages, and goes once a save succeeds', () => {
    const s = store();
    s.getState().postNotice({ tone: 'info', text: 'Autre' });
    sayDraftTrouble(s, new DOMException('quota', 'QuotaExceededError'));
    expect(said(s)).toEqual([
      { tone: 'info', text: 'Autre' },
      {
        tone: 'error',
        text: 'Votre brouillon ne peut plus être gardé dans ce navigateur\u00a0: l’espace de stockage du site y est plein. Ce qui n’a pas pu être enregistré sera perdu si vous fermez ou rechargez la page. Pour le garder, copiez le lien de partage (cochez d’abord «\u00a0Inclure les coordonnées du client\u00a0» pour les y mettre) ou utilisez «\u00a0Exporter en JSON\u00a0» (sans les coordonnées), et recopiez ailleurs vos notes internes, qu’aucun des deux ne contient. Ce message disparaîtra dès qu’un enregistrement réussira.',
      },
    ]);
    expect(said(s, 'en')[1]?.text).toBe('Your draft can no longer be kept in this browser: the site’s storage space is full. What could not be saved will be lost if you close or reload the page. To keep it, copy the share link (tick “Include the customer details” first to put them in it) or use “Export as JSON” (without the customer details), and copy your internal notes elsewhere, as neither contains them. This message goes away as soon as a save succeeds.');
    sayDraftTrouble(s, null);
    expect(said(s)).toEqual([{ tone: 'info', text: 'Autre' }]);
  });

  it('names disabled storage; withdrawing a notice the buyer already closed touches no other notice', () => {
    const s = store();
    sayDraftTrouble(s, new DOMException('denied', 'SecurityError'));
    expect(said(s)[0]?.text).toContain('le stockage du site y est désactivé (navigation privée ou réglages du navigateur).');
    expect(said(s, 'en')[0]?.text).toContain('the site’s storage is disabled (private browsing or browser settings).');
    const [notice] = s.getState().notices;
    s.getState().dismissNotice(notice?.id ?? -1);
    s.getState().postNotice({ tone: 'info', text: 'Posté après' });
    sayDraftTrouble(s, null);
    expect(said(s)).toEqual([{ tone: 'info', text: 'Posté après' }]);
  });
});
