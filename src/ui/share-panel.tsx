import { useEffect, useId, useRef, useState } from 'react';
import type { Configuration } from '../domain/configuration';
import type { CustomerDetails } from '../domain/customer';
import { LoadFailed } from './lazy-part';
import type { SharedLink } from './share-copy';
import { importAgain } from './import-again';
import { sharePanelWords } from './share-panel-words';
import { useConfigurator } from './store-context';
import './share-panel.css';

/** Starts loading the link's code early (pointer over the Share button, focus), so the click copies at once; null if it does not download. */
const fetchShareCopy = importAgain(() => import('./share-copy'), 'shareLink');
const loadShareCopy = () => fetchShareCopy().catch(() => null);

/** What the last click on Share did, and for which facts: any edit since makes it stale. */
interface Outcome {
  configuration: Configuration;
  customer: CustomerDetails | null;
  /** Null when the link's code did not download: nothing was made. */
  shared: SharedLink | null;
  /** From « Réessayer ». */
  again: boolean;
}

/**
 * The Share button: copies the link to what is on screen and says so, or shows the link selected
 * for the buyer to copy when the clipboard is unavailable. Customer details travel only when ticked.
 */
export function SharePanel() {
  const ids = useId();
  const lang = useConfigurator((s) => s.lang);
  const t = sharePanelWords(lang);
  const configuration = useConfigurator((s) => s.configuration);
  const customerDetails = useConfigurator((s) => s.customer);
  const [includeCustomer, setIncludeCustomer] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const manualInput = useRef<HTMLInputElement>(null);
  const customer = includeCustomer ? customerDetails : null;
  const shown = outcome?.configuration === configuration && outcome.customer === customer ? outcome : null;
  const button = useRef<HTMLButtonElement>(null);
  // From « Réessayer », which goes once the link is made: the focus goes back to the Share button (or to the link shown to copy).
  const share = async (again = false) => {
    const copy = await loadShareCopy();
    const shared = copy && (await copy.shareLink(configuration, customer));
    if (again && shared) button.current?.focus();
    setOutcome({ configuration, customer, shared, again });
  };
  const shared = shown?.shared;
  const words = shared?.words(lang);
  const manual = shared?.copied === false ? shared.link : null;
  // Focused and selected: Ctrl+C (or the phone's copy menu) is all that is left to do.
  useEffect(() => {
    if (manual) manualInput.current?.focus();
  }, [manual, shown]);
  return (
    <section className="share-panel" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('share.title')}</h3>
      <div className="share-panel-option">
        <input
          id={`${ids}-customer`}
          type="checkbox"
          checked={includeCustomer}
          onChange={(event) => setIncludeCustomer(event.target.checked)}
          aria-describedby={`${ids}-privacy`}
        />
        <label htmlFor={`${ids}-customer`}>{t('share.includeCustomer')}</label>
      </div>
      <p id={`${ids}-privacy`} className="share-panel-privacy">{t('share.privacy')}</p>
      <button ref={button} type="button" className="share-panel-button" onPointerEnter={loadShareCopy} onFocus={loadShareCopy} onClick={() => void share()}>
        {t('share.button')}
      </button>
      <div role="status" id={`${ids}-status`} className="share-panel-status">
        {shown && !shared && <LoadFailed retry={() => void share(true)} again={shown.again} />}
        {words?.status.map((text) => <p key={text}>{text}</p>)}
        {/* In the place « Lien copié » (or « Copiez ce lien ») held: the status does not go from one line to none under the
            button as a press on it applies a typed quantity (QA: the click landed beside it), and the buyer knows the link
            copied or shown is an older one. A link shown to copy by hand goes, its field with it. */}
        {outcome?.shared && !shown && <p className="share-panel-stale">{t('share.stale')}</p>}
      </div>
      {manual && (
        <input
          ref={manualInput}
          className="share-panel-link"
          readOnly
          value={manual}
          aria-label={words?.linkLabel}
          aria-describedby={`${ids}-status`}
          onFocus={(event) => event.target.select()}
        />
      )}
    </section>
  );
}
