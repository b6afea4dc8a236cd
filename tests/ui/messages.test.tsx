import { describe, expect, it } from 'vitest';
import { configuratorFr } from '../../src/ui/messages-configurator';
import { quoteFr } from '../../src/ui/messages-quote';
import { shareFr } from '../../src/ui/messages-share';
import { translate, type MessageKey } from '../../src/ui/messages';

describe('translate', () => {
  it('sets the French templates with French typography', () => {
    expect(translate('fr', 'share.notice.draftKept')).toBe('Le lien a remplacé votre brouillon\u202F; il est conservé.');
    expect(translate('fr', 'module.vendor', { vendor: 'XWiki' })).toBe('Éditeur\u00A0: XWiki');
  });

  it('never alters the parameters: what the user typed is shown as typed', () => {
    expect(translate('fr', 'module.vendor', { vendor: "l'éditeur : « x » ; y ?" })).toBe("Éditeur\u00A0: l'éditeur : « x » ; y ?");
  });

  it('leaves English as written', () => {
    expect(translate('en', 'share.notice.draftKept')).toBe('The link replaced your draft; your draft was kept.');
  });

  it('no French template keeps an ordinary space before « : ; ! ? », inside « », or a straight apostrophe', () => {
    const keys = Object.keys({ ...configuratorFr, ...quoteFr, ...shareFr }) as MessageKey[];
    for (const key of keys) expect(translate('fr', key)).not.toMatch(/ [:;!?»]|« |\p{L}'\p{L}/u);
  });
});
