import type { Devis } from '../domain/devis-types';
import { formatCalendarDate, labelled, partyLines } from './devis-format';
import { DevisPrintLink } from './devis-print-link';

interface PartProps {
  devis: Devis;
}

/** Lines of a party's block, without the fields left empty. */
function PartyLines({ lines }: { lines: string[] }) {
  return <p className="devis-print-party-lines">{lines.filter((l) => l.trim() !== '').map((l) => <span key={l}>{l}</span>)}</p>;
}

export function DevisPrintHead({ devis }: PartProps) {
  const w = devis.wording;
  const { lang } = devis;
  const lines = partyLines(devis);
  return (
    <header className="devis-print-head">
      <div className="devis-print-title">
        {/* Under the title, where it costs no line (the number and dates beside it are taller). */}
        <div>
          <h1>{w.title}</h1>
          <span className="devis-print-revision">{w.catalogRevision} {devis.catalogRevision}</span>
        </div>
        <p>
          <strong>{w.number} {devis.number}</strong>
          <span>{labelled(w.issuedOn, formatCalendarDate(devis.issuedOn, lang), lang)}</span>
          <span>{w.validUntil(devis.validityDays)} {formatCalendarDate(devis.validUntil, lang)}</span>
        </p>
      </div>
      <div className="devis-print-parties">
        <section>
          <h2>{w.seller}</h2>
          <PartyLines lines={lines.seller} />
        </section>
        <section>
          <h2>{w.customer}</h2>
          <PartyLines lines={lines.customer} />
        </section>
      </div>
      {devis.warnings.map((warning) => <p key={warning} className="devis-print-warning">{warning}</p>)}
    </header>
  );
}

export function DevisPrintFoot({ devis }: PartProps) {
  const w = devis.wording;
  return (
    <footer className="devis-print-foot">
      <div className="devis-print-share">
        <h2>{w.shareTitle}</h2>
        <p>{w.shareHint}</p>
        <p><DevisPrintLink href={devis.shareLink} /></p>
      </div>
      <div className="devis-print-terms">
        <h2>{w.paymentTitle}</h2>
        {w.paymentTerms.map((term) => <p key={term}>{term}</p>)}
      </div>
      {/* One block, never split: the signature box stays with « Bon pour accord ». */}
      <section className="devis-print-acceptance">
        <h2>{w.acceptanceTitle}</h2>
        {w.acceptanceLines.map((line) => <p key={line}>{line}</p>)}
        <div className="devis-print-signature" />
      </section>
    </footer>
  );
}
