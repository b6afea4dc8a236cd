import type { Catalog } from './catalog-schema';
import { indexCatalog } from './catalog-index';
import { money, type Money } from './money';
import type { LinePrice } from './pricing-breakdown';

/** What one consortium member bills through the single counterpart, per month, in cents. */
export interface VendorShare {
  vendor: string;
  /** The vendor's lines at catalog price, before any discount. */
  recurring: Money;
  /** The vendor's part of the monthly net: its share of the recurring total, discounts allocated pro rata. */
  net: Money;
}

/**
 * Splits `total` in proportion to `weights` so the parts add up exactly to `total`
 * (largest-remainder method): each part is the floor of its exact share, and the cents
 * left over go to the largest remainders, ties to the earlier weight. When every weight
 * is 0 the total must be 0 too, and every part is 0.
 */
export function allocateProRata(total: Money, weights: readonly Money[]): Money[] {
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) {
    if (total !== 0) throw new RangeError(`cannot split ${total} cents over weights that add up to 0`);
    return weights.map(() => money(0));
  }
  const exact = weights.map((w) => BigInt(total) * BigInt(w));
  const floors = exact.map((product) => product / sum);
  const remainders = exact.map((product) => product % sum);
  let left = BigInt(total) - floors.reduce((s, f) => s + f, 0n);
  const byRemainder = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const parts = [...floors];
  for (const { index } of byRemainder) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map((p) => money(p));
}

/**
 * The split of the monthly net by vendor (catalog order, vendors with at least one line):
 * each vendor's part is in proportion to its recurring amount, and the parts add up to `monthlyNet`.
 */
export function splitByVendor(catalog: Catalog, lines: readonly LinePrice[], monthlyNet: Money): VendorShare[] {
  const { moduleById } = indexCatalog(catalog);
  const recurringByVendor = new Map<string, bigint>();
  for (const line of lines) {
    const vendor = moduleById.get(line.module)?.vendor;
    if (vendor === undefined) throw new RangeError(`unknown module \`${line.module}\``);
    recurringByVendor.set(vendor, (recurringByVendor.get(vendor) ?? 0n) + BigInt(line.monthly));
  }
  const vendors = catalog.vendors.map((v) => v.id).filter((id) => recurringByVendor.has(id));
  const recurring = vendors.map((id) => money(recurringByVendor.get(id) ?? 0n));
  const nets = allocateProRata(monthlyNet, recurring);
  return vendors.map((vendor, i) => ({ vendor, recurring: recurring[i] ?? money(0), net: nets[i] ?? money(0) }));
}
