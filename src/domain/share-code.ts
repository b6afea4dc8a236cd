import type { Configuration, ConfigurationItem } from './configuration';
import type { CustomerDetails } from './customer';
import { fail, ok, type Result } from './result';
import { BitReader, BitWriter, ShareDecodeFailure } from './share-bits';
import type { ShareError } from './share-errors';
import { readId, writeId } from './share-ids';
import { readQuantity, writeQuantity } from './share-quantity';
import { readRevision, writeRevision } from './share-revision';
import { sealShareCode, unsealShareCode } from './share-seal';
import { cleanCustomer, readCustomer, writeCustomer } from './share-text';

/** What a code carries, decoded without any catalog: check it with `restoreSharedConfiguration`. */
export interface SharePayload {
  /** The catalog revision the configuration was made (and priced) on. */
  catalog: string;
  items: ConfigurationItem[];
  termMonths: number;
  requirements: string[];
  /** In basis points, 0 to 10000. */
  salesDiscountBp: number;
  /** Present only when the sender chose to share them. */
  customer: CustomerDetails | null;
}

export interface ShareOptions {
  /** Pass the customer details only when the sender ticked "include my details". */
  customer?: CustomerDetails | null;
}

/** Caps checked before anything is allocated. */
export const MAX_SHARED_ITEMS = 1000;
export const MAX_SHARED_REQUIREMENTS = 100;
const MAX_DISCOUNT_BP = 10_000;

/** Encodes a configuration (valid on its catalog) into a compact code for a URL fragment. */
export function encodeShareCode(configuration: Configuration, options: ShareOptions = {}): string {
  const out = new BitWriter();
  writeRevision(out, configuration.catalog);
  out.writeUint(configuration.items.length);
  for (const item of configuration.items) {
    writeId(out, item.module);
    writeQuantity(out, item.quantity);
  }
  out.writeUint(configuration.termMonths - 1);
  out.writeUint(configuration.requirements.length);
  for (const id of configuration.requirements) writeId(out, id);
  out.writeUint(configuration.salesDiscountBp);
  out.write(options.customer ? 1 : 0, 1);
  if (options.customer) writeCustomer(out, cleanCustomer(options.customer));
  return sealShareCode(out.toBase64url());
}

/** Decodes untrusted text; never throws, whatever the input. */
export function decodeShareCode(code: string): Result<SharePayload, ShareError> {
  const data = unsealShareCode(code);
  if (!data.ok) return data;
  try {
    const input = new BitReader(data.value);
    const payload = readPayload(input);
    input.expectEnd();
    return ok(payload);
  } catch (error) {
    if (error instanceof ShareDecodeFailure) return fail(error.error);
    throw error;
  }
}

function readPayload(input: BitReader): SharePayload {
  const tooLarge = (what: 'items' | 'requirements', count: number, max: number) => new ShareDecodeFailure({ kind: 'too-large', what, count, max });
  const catalog = readRevision(input);
  const itemCount = input.readUint();
  if (itemCount > MAX_SHARED_ITEMS) throw tooLarge('items', itemCount, MAX_SHARED_ITEMS);
  const items: ConfigurationItem[] = [];
  for (let i = 0; i < itemCount; i++) items.push({ module: readId(input), quantity: readQuantity(input) });
  const termMonths = input.readUint() + 1;
  if (!Number.isSafeInteger(termMonths)) throw new ShareDecodeFailure({ kind: 'out-of-range', what: 'term' });
  const requirementCount = input.readUint();
  if (requirementCount > MAX_SHARED_REQUIREMENTS) throw tooLarge('requirements', requirementCount, MAX_SHARED_REQUIREMENTS);
  const requirements: string[] = [];
  for (let i = 0; i < requirementCount; i++) requirements.push(readId(input));
  const salesDiscountBp = input.readUint();
  if (salesDiscountBp > MAX_DISCOUNT_BP) throw new ShareDecodeFailure({ kind: 'out-of-range', what: 'sales-discount' });
  const customer = input.read(1) === 1 ? readCustomer(input) : null;
  return { catalog, items, termMonths, requirements, salesDiscountBp, customer };
}
