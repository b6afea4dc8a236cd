import type { ReactNode } from 'react';
import type { QuoteTotalName } from '../domain/quote-types';
import { QuoteAmount } from './quote-amount';

interface QuoteRowProps {
  label: string;
  /** A second line under the label, e.g. "Engagement de 12 mois". */
  detail?: ReactNode;
  /** Left out for a total shown twice: its hook stays on the first (one element per total, our choice). */
  name?: QuoteTotalName;
  cents: number;
  deducted?: boolean;
  emphasis?: boolean;
}

/** A labelled total inside a <dl>: label on the left, amount right-aligned. */
export function QuoteRow({ label, detail, name, cents, deducted, emphasis = false }: QuoteRowProps) {
  return (
    <div className={emphasis ? 'quote-row quote-row-emphasis' : 'quote-row'}>
      <dt>
        {label}
        {detail && <span className="quote-row-detail">{detail}</span>}
      </dt>
      <dd>
        <QuoteAmount name={name} cents={cents} deducted={deducted} />
      </dd>
    </div>
  );
}
