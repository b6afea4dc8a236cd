/** One problem the catalog linter found, naming the module or rule and why. */
export type CatalogFinding =
  /** No valid configuration contains the module (`qualifications` empty), or none does once these are demanded, though the module itself holds them. */
  | { kind: 'never-selectable'; module: string; qualifications: string[]; rules: string[] }
  /** Every valid configuration with any other module also contains this one. */
  | { kind: 'always-implied'; module: string }
  /** The rule's condition holds in no valid configuration. */
  | { kind: 'never-fires'; rule: string; reason: string }
  /** A `recommends` rule whose suggestion can never be followed: none of its modules can ever be selected with its module. */
  | { kind: 'unfollowable'; rule: string; module: string; options: string[] }
  /** The other rules already enforce this one. */
  | { kind: 'redundant'; rule: string; impliedBy: string[] }
  /** The module's own min, max and step leave no quantity that satisfies the rule when the `of` modules total `total`. */
  | { kind: 'quantity-unreachable'; rule: string; of: string[]; total: number }
  /**
   * A minimum factor above a maximum factor on one module (`min.rule` and `max.rule` may be one rule): no quantity
   * meets both whenever the module is selected with any of `of` (counted by both) and none of `without` (counted by
   * the maximum only). `always`: every selection with the module is such, so no valid configuration contains it.
   */
  | { kind: 'quantity-contradiction'; module: string; of: string[]; without: string[]; always: boolean; min: FactorOf; max: FactorOf }
  /** A bundle tier gives a lower rate than a tier for fewer drawers (`before`, the highest such rate): more drawers, less discount. */
  | { kind: 'bundle-rate-falls'; tier: BundleTier; before: BundleTier };

interface FactorOf {
  rule: string;
  factor: number;
}

interface BundleTier {
  minDrawers: number;
  /** basis points */
  rateBp: number;
}

/** A rate in basis points as a percentage (1050 → "10.5 %"). */
const percent = (bp: number): string => `${bp / 100} %`;

export function describeFinding(f: CatalogFinding): string {
  switch (f.kind) {
    case 'never-selectable':
      return f.qualifications.length === 0
        ? `module ${f.module} can never be selected (rules: ${f.rules.join(', ') || 'none'})`
        : `module ${f.module} can never be selected when ${f.qualifications.join(' + ')} is demanded, though it holds that qualification (rules: ${f.rules.join(', ')})`;
    case 'always-implied':
      return `module ${f.module} is implied by every other choice: it is effectively mandatory`;
    case 'never-fires':
      return `rule ${f.rule} can never fire: ${f.reason}`;
    case 'unfollowable':
      return `rule ${f.rule} suggests ${f.options.join(' or ')} with ${f.module}, but none of them can ever be selected with it: the suggestion can never be followed`;
    case 'redundant':
      return `rule ${f.rule} is redundant: ${f.impliedBy.join(', ')} already enforce${f.impliedBy.length === 1 ? 's' : ''} it`;
    case 'quantity-unreachable':
      return `rule ${f.rule} cannot be met within the modules' min/max/step when ${f.of.join(' + ')} total ${f.total}`;
    case 'quantity-contradiction':
      return describeContradiction(f);
    case 'bundle-rate-falls':
      return `bundle tier from ${f.tier.minDrawers} drawers gives ${percent(f.tier.rateBp)}, less than the ${percent(f.before.rateBp)} from ${f.before.minDrawers} drawers: a buyer who adds a drawer loses discount`;
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
