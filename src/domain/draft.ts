import type { Catalog } from './catalog-schema';
import { parseConfiguration, type Configuration } from './configuration';
import { readConfigurationShape } from './configuration-shape';
import { CUSTOMER_FIELDS, emptyCustomer, type CustomerDetails } from './customer';
import { fail, ok, type Result } from './result';
import { carryOverConfiguration, type CarryOverChange } from './share-carry-over';
import { DRAFT_FORMAT, type Draft } from './draft-format';
import type { Explanation } from './engine/explanation';
import { isRecord } from './is-record';

/** Saved texts are the user's own; they are only bounded (React renders them as inert text). */
const MAX_NOTES = 10_000;
const MAX_CUSTOMER_TEXT = 2_000;

const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= 1000 && v.every((x) => typeof x === 'string' && x.length <= 80);

/** A saved "added because" is kept only when it has the shape the engine gives; otherwise the note is just dropped. */
const isExplanation = (module: string, v: unknown): v is Explanation =>
  isRecord(v) && v.kind === 'implied' && v.module === module && isIdList(v.modules) && isIdList(v.qualifications) && isIdList(v.rules);

/**
 * Restores a saved draft (untrusted: it may be corrupted, hand-edited or from an older catalog).
 * A draft made on another catalog revision is carried over, with the list of what changed.
 */
export function restoreDraft(catalog: Catalog, text: string): Result<{ draft: Draft; changes: CarryOverChange[] }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('the saved draft is not valid JSON');
  }
  if (!isRecord(raw) || raw.format !== DRAFT_FORMAT) return fail('the saved draft is not a CollabNext draft of format 1');
  const saved = raw.configuration;
  if (!isRecord(saved)) return fail('the saved draft has no configuration');
  let configuration: Configuration;
  let changes: CarryOverChange[] = [];
  if (typeof saved.catalog === 'string' && saved.catalog !== catalog.version) {
    const shape = readConfigurationShape(saved);
    if (!shape.ok) return fail(`the saved draft is damaged: ${shape.error}`);
    const { items, termMonths, requirements, salesDiscountBp } = shape.value;
    const carried = carryOverConfiguration(catalog, {
      catalog: catalog.version, items: items.map((i) => ({ module: i.module, quantity: i.quantity ?? 0 })),
      termMonths: termMonths ?? 0, requirements: requirements ?? [], salesDiscountBp: salesDiscountBp ?? 0,
    });
    configuration = carried.configuration;
    changes = carried.changes;
  } else {
    const parsed = parseConfiguration(catalog, saved);
    if (!parsed.ok) return fail(`the saved draft is damaged: ${parsed.error}`);
    configuration = parsed.value;
  }
  const savedCustomer = isRecord(raw.customer) ? raw.customer : {};
  const customer: CustomerDetails = { ...emptyCustomer() };
  for (const field of CUSTOMER_FIELDS) {
    const value = savedCustomer[field];
    if (typeof value === 'string') Object.assign(customer, { [field]: value.slice(0, MAX_CUSTOMER_TEXT) });
  }
  const kept = new Set(configuration.items.map((i) => i.module));
  const added = isRecord(raw.addedAutomatically) ? raw.addedAutomatically : {};
  const addedAutomatically = Object.fromEntries(
    Object.entries(added).filter((entry): entry is [string, Explanation] => kept.has(entry[0]) && isExplanation(entry[0], entry[1])),
  );
  return ok({
    draft: {
      configuration,
      addedAutomatically,
      customer: { ...customer, sector: ['public', 'private'].includes(customer.sector) ? customer.sector : '' },
      notes: typeof raw.notes === 'string' ? raw.notes.slice(0, MAX_NOTES) : '',
      salesMode: raw.salesMode === true,
    },
    changes,
  });
}
