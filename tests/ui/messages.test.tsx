import { describe, expect, it } from 'vitest';
import { configuratorFr } from '../../src/ui/messages-configurator';
import { quoteFr } from '../../src/ui/messages-quote';
import { shareFr } from '../../src/ui/messages-share';
import { translate, type MessageKey } from '../../src/ui/messages';
import { salesWords } from '../../src/ui/sales-panel-words';

describe('translate', () => {
  it('sets the French templates with French typography', () => {
    expect(salesWords('fr')('sales.notes.hint', { max: '10 000' })).toBe('Gardées dans ce navigateur avec le brouillon, jamais dans un lien ni sur le devis\u202F; 10 000 caractères au plus.');
    expect(translate('fr', 'module.vendor', { vendor: 'XWiki' })).toBe('Éditeur\u00A0: XWiki');
  });

  it('never alters the parameters: what the user typed is shown as typed', () => {
    expect(translate('fr', 'module.vendor', { vendor: "l'éditeur : « x » ; y ?" })).toBe("Éditeur\u00A0: l'éditeur : « x » ; y ?");
  });

  it('leaves English as written', () => {
    expect(salesWords('en')('sales.notes.hint', { max: '10,000' })).toBe('Kept in this browser with the draft, never in a link or on the quote; 10,000 characters at most.');
  });

  it('no French template keeps an ordinary space before « : ; ! ? », inside « », or a straight apostrophe', () => {
    const keys = Object.keys({ ...configuratorFr, ...quoteFr, ...shareFr }) as MessageKey[];
    for (const key of keys) expect(translate('fr', key)).not.toMatch(/ [:;!?»]|« |\p{L}'\p{L}/u);
  });
});
