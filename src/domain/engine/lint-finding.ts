/** One problem the catalog linter found, naming the module or rule and why. */
export type CatalogFinding =
  /** No valid configuration contains the module. */
  | { kind: 'never-selectable'; module: string; rules: string[] }
  /**
   * None does once `qualifications` are demanded, though none of them rules the module out by itself: it holds
   * those in `held`, and the others do not apply to its drawer (the `rules` rule it out).
   */
  | { kind: 'never-selectable-under-demand'; module: string; drawer: string; qualifications: string[]; held: string[]; rules: string[] }
  /** The drawer holds no module: the page's drawer filter offers it, always with 0 modules. */
  | { kind: 'empty-drawer'; drawer: string }
  /** No module is by the vendor (all taken out in a new version?): the page's vendor filter offers it, always with 0 modules. */
  | { kind: 'vendor-without-modules'; vendor: string }
  /** Price tiers of the module no quantity it can take ever prices (`spans`: runs of such tiers, numbered from 1). */
  | { kind: 'price-tiers-unreachable'; module: string; tierCount: number; quantity: QuantityGrid; spans: TierSpan[] }
  /** Every valid configuration with any other module also contains this one. */
  | { kind: 'always-implied'; module: string }
  /** The rule's condition holds in no valid configuration. */
  | { kind: 'never-fires'; rule: string; reason: string }
  /** A `recommends` rule whose suggestion can never be followed: none of its modules can ever be selected with its module. */
  | { kind: 'unfollowable'; rule: string; module: string; options: string[] }
  /** The other rules already enforce this one. */
  | { kind: 'redundant'; rule: string; impliedBy: string[] }
  /** The module's own min, max and step leave no quantity that satisfies the rule when the `of` modules total `total` (the smallest such total found). */
  | { kind: 'quantity-unreachable'; rule: string; of: string[]; total: number }
  /**
   * A minimum factor above a maximum factor on one module (`min.rule` and `max.rule` may be one rule): no quantity
   * meets both whenever the module is selected with any of `of` (counted by both) and none of `without` (counted by
   * the maximum only). `always`: every selection with the module is such, so no valid configuration contains it.
   */
  | { kind: 'quantity-contradiction'; module: string; of: string[]; without: string[]; always: boolean; min: FactorOf; max: FactorOf }
  /** A bundle tier gives a lower rate than a tier for fewer drawers (`before`, the highest such rate): more drawers, less discount. */
  | { kind: 'bundle-rate-falls'; tier: BundleTier; before: BundleTier }
  /** A commitment term gives a lower rate than a shorter one (`before`, the highest such rate): a longer commitment, less discount. */
  | { kind: 'commitment-rate-falls'; term: CommitmentTerm; before: CommitmentTerm };

interface FactorOf {
  rule: string;
  factor: number;
}

interface BundleTier {
  minDrawers: number;
  /** basis points */
  rateBp: number;
}

interface CommitmentTerm {
  months: number;
  /** basis points */
  rateBp: number;
}

/** The quantities a module can take: min, then by step up to max. */
export interface QuantityGrid {
  min: number;
  max: number;
  step: number;
}

/** Consecutive price tiers `first` to `last` (numbered from 1), pricing quantities `from` to `to` (null: no end). */
export interface TierSpan {
  first: number;
  last: number;
  from: number;
  to: number | null;
}

/** "1 month", "12 months". */
const months = (n: number): string => `${n} month${n === 1 ? '' : 's'}`;

/** A rate in basis points as a percentage (1050 → "10.5 %"). */
const percent = (bp: number): string => `${bp / 100} %`;

export function describeFinding(f: CatalogFinding): string {
  switch (f.kind) {
    case 'never-selectable':
      return `module ${f.module} can never be selected (rules: ${f.rules.join(', ') || 'none'})`;
    case 'never-selectable-under-demand':
      return describeUnderDemand(f);
    case 'empty-drawer':
      return `drawer ${f.drawer} has no module: the drawer filter offers it, and it always shows 0 modules`;
    case 'vendor-without-modules':
      return `vendor ${f.vendor} has no module: the vendor filter offers it, and it always shows 0 modules`;
    case 'price-tiers-unreachable':
      return describeUnreachableTiers(f);
    case 'always-implied':
      return `module ${f.module} is implied by every other choice: it is effectively mandatory`;
    case 'never-fires':
      return `rule ${f.rule} can never fire: ${f.reason}`;
    case 'unfollowable':
      return `rule ${f.rule} suggests ${f.options.join(' or ')} with ${f.module}, but none of them can ever be selected with it: the suggestion can never be followed`;
    case 'redundant':
      return `rule ${f.rule} is redundant: ${f.impliedBy.join(', ')} already enforce${f.impliedBy.length === 1 ? 's' : ''} it`;
    case 'quantity-unreachable':
      return `rule ${f.rule} cannot be met within the modules' min/max/step when ${f.of.join(' + ')} total${f.of.length === 1 ? 's' : ''} ${f.total}`;
    case 'quantity-contradiction':
      return describeContradiction(f);
    case 'bundle-rate-falls':
      return `bundle tier from ${f.tier.minDrawers} drawers gives ${percent(f.tier.rateBp)}, less than the ${percent(f.before.rateBp)} from ${f.before.minDrawers} drawers: a buyer who adds a drawer loses discount`;
    case 'commitment-rate-falls':
      return `commitment term of ${months(f.term.months)} gives ${percent(f.term.rateBp)}, less than the ${percent(f.before.rateBp)} for ${months(f.before.months)}: a buyer who commits longer loses discount`;
    default:
      return f satisfies never;
  }
}

function describeContradiction(f: Extract<CatalogFinding, { kind: 'quantity-contradiction' }>): string {
  const of = f.of.join(' + ');
  const bounds = f.min.rule === f.max.rule
    ? `rule ${f.min.rule} cannot be met: its minimum (${f.min.factor} × ${of}) exceeds its maximum (${f.max.factor} × ${of})`
    : `rules ${f.min.rule} and ${f.max.rule} contradict each other: ${f.module} must be at least ${f.min.factor} × and at most ${f.max.factor} × ${of}`;
  if (f.always) return `${bounds}; no valid configuration contains ${f.module}`;
  const without = f.without.length > 0 ? ` and none of ${f.without.join(', ')}` : '';
  return `${bounds}, whenever ${f.module} is selected with ${f.of.join(' or ')}${without}`;
}

/** Why the demand does not rule the module out by itself: it holds the qualification, or it does not apply to its drawer. */
function describeUnderDemand(f: Extract<CatalogFinding, { kind: 'never-selectable-under-demand' }>): string {
  const plural = f.qualifications.length > 1;
  const outside = f.qualifications.filter((q) => !f.held.includes(q));
  const those = plural ? 'those qualifications' : 'that qualification';
  const why = outside.length === 0
    ? `it holds ${those}`
    : f.held.length === 0
      ? `${those} ${plural ? 'do' : 'does'} not apply to its drawer ${f.drawer}`
      : `it holds ${f.held.join(' + ')}, and ${outside.join(' + ')} ${outside.length > 1 ? 'do' : 'does'} not apply to its drawer ${f.drawer}`;
  return `module ${f.module} can never be selected when ${f.qualifications.join(' + ')} ${plural ? 'are' : 'is'} demanded, though ${why} (rules: ${f.rules.join(', ')})`;
}

function describeUnreachableTiers(f: Extract<CatalogFinding, { kind: 'price-tiers-unreachable' }>): string {
  const count = f.spans.reduce((sum, s) => sum + s.last - s.first + 1, 0);
  const { min, max, step } = f.quantity;
  const spans = f.spans.map((s) => {
    const tiers = s.first === s.last ? `tier ${s.first}` : `tiers ${s.first}–${s.last}`;
    const quantities = s.to === null ? `quantities beyond ${s.from - 1}` : s.from === s.to ? `quantity ${s.from}` : `quantities ${s.from} to ${s.to}`;
    return `${tiers} (${quantities})`;
  });
  // The format wants the last tier open (upTo null): an unreachable tail is dropped by opening the tier before it.
  const tail = f.spans[f.spans.length - 1];
  const fix = tail !== undefined && tail.to === null && tail.first > 1 ? `; drop ${tail.first === tail.last ? 'it' : 'them'} and give tier ${tail.first - 1} "upTo": null` : '';
  return `module ${f.module}: ${count} of its ${f.tierCount} price tiers can never apply, its quantity going from ${min} to ${max} by ${step}: ${spans.join(', ')}${fix}`;
}
