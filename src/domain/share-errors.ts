import type { CustomerDetails } from './customer';

/** Why a code could not be read at all (the text of the link itself). */
export type MalformedDetail = 'ends-early' | 'trailing-data' | 'bad-token' | 'bad-id' | 'bad-revision' | 'bad-sector';

/**
 * Every way opening a share link can fail, as a value the UI translates with
 * `describeShareError`. Strings inside come from a decoded code only after they
 * passed the id or revision pattern, so they are safe to show.
 */
export type ShareError =
  | { kind: 'empty' }
  | { kind: 'no-code' }
  | { kind: 'not-a-share-code' }
  | { kind: 'unsupported-version'; version: string }
  | { kind: 'bad-character'; position: number; character: string }
  | { kind: 'too-long'; length: number; max: number }
  | { kind: 'wrong-length' }
  | { kind: 'corrupted' }
  | { kind: 'malformed'; detail: MalformedDetail }
  | { kind: 'too-large'; what: 'items' | 'requirements' | 'id'; count: number; max: number }
  | { kind: 'out-of-range'; what: 'number' | 'quantity' | 'term' | 'sales-discount' }
  | { kind: 'invalid-text'; field: keyof CustomerDetails; problem: 'utf8' | 'control-character' | 'too-long' }
  | { kind: 'wrong-catalog'; /** the link's revision */ revision: string; /** the catalog it was checked against */ catalog: string }
  | { kind: 'unknown-module'; module: string }
  | { kind: 'duplicate-module'; module: string }
  | { kind: 'quantity-out-of-range'; module: string; quantity: number; min: number; max: number }
  | { kind: 'quantity-off-step'; module: string; quantity: number; min: number; step: number }
  | { kind: 'unknown-term'; months: number; available: number[] }
  | { kind: 'unknown-qualification'; qualification: string }
  | { kind: 'duplicate-qualification'; qualification: string };

export type ShareErrorKind = ShareError['kind'];
