import { ShareDecodeFailure, type BitReader, type BitWriter } from './share-bits';

/** Quantities are often round (250, 1000, 5000): written as mantissa × 10^exponent. */
const MAX_EXPONENT = 15;

export function writeQuantity(out: BitWriter, quantity: number): void {
  if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError(`quantity ${quantity} is not a whole number ≥ 1`);
  let mantissa = quantity;
  let exponent = 0;
  while (mantissa % 10 === 0 && exponent < MAX_EXPONENT) {
    mantissa /= 10;
    exponent++;
  }
  out.writeUint(exponent);
  out.writeUint(mantissa - 1);
}

/** Reads a quantity: always a safe integer ≥ 1 (the catalog's range is checked later). */
export function readQuantity(input: BitReader): number {
  const exponent = input.readUint();
  if (exponent > MAX_EXPONENT) throw new ShareDecodeFailure({ kind: 'out-of-range', what: 'quantity' });
  const quantity = (input.readUint() + 1) * 10 ** exponent;
  if (!Number.isSafeInteger(quantity)) throw new ShareDecodeFailure({ kind: 'out-of-range', what: 'quantity' });
  return quantity;
}
