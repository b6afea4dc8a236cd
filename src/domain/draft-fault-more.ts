import type { DraftFault } from './draft-configuration';
import type { Language } from './language';

/** The faults a draft can hold by the thousand, one per saved line or qualification; the others come once each. */
export type RepeatedFault =
  | 'unknown-module' | 'duplicate-module' | 'quantity-out-of-range' | 'quantity-off-step' | 'unknown-qualification' | 'duplicate-qualification'
  | 'item-unreadable' | 'quantity-unreadable';

/** Sentences said of one kind of fault before the rest are counted in one: a damaged draft of 5,000 lines gets a short notice. */
export const SAID_OF_EACH_KIND = 3;

/** One item to say, or the count of those of its kind left unsaid. */
export type SaidOrCounted<T, K> = { item: T } | { kind: K; more: number };

/**
 * The items in order, but past SAID_OF_EACH_KIND of one kind (`kindOf`, null for an item said whatever comes), the rest
 * of that kind become one count, where the next would have been. A kind with one item too many is said whole:
 * « 1 autre » says no less than the item itself.
 */
export function cutRepeats<T, K>(items: readonly T[], kindOf: (item: T) => K | null): SaidOrCounted<T, K>[] {
  const total = new Map<K, number>();
  for (const item of items) {
    const kind = kindOf(item);
    if (kind !== null) total.set(kind, (total.get(kind) ?? 0) + 1);
  }
  const seen = new Map<K, number>();
  const said: SaidOrCounted<T, K>[] = [];
  for (const item of items) {
    const kind = kindOf(item);
    const count = kind === null ? 0 : (total.get(kind) ?? 0);
    const index = kind === null ? 0 : (seen.get(kind) ?? 0);
    if (kind !== null) seen.set(kind, index + 1);
    if (kind === null || count <= SAID_OF_EACH_KIND + 1 || index < SAID_OF_EACH_KIND) said.push({ item });
    else if (index === SAID_OF_EACH_KIND) said.push({ kind, more: count - SAID_OF_EACH_KIND });
  }
  return said;
}

/** The kind a fault is counted under, or null for a fault that comes once (or shares a sentence with its kind already). */
export function repeatedKind(fault: DraftFault): RepeatedFault | null {
  const kind = fault.kind === 'refused' ? fault.error.kind : fault.kind;
  switch (kind) {
    case 'unknown-module': case 'duplicate-module': case 'quantity-out-of-range': case 'quantity-off-step':
    case 'unknown-qualification': case 'duplicate-qualification': case 'item-unreadable': case 'quantity-unreadable':
      return kind;
    default: return null;
  }
}

type More = Record<RepeatedFault, (count: string) => string>;

// Always said of 2 or more: one more is said in full rather than counted.
const MORE_FR: More = {
  'unknown-module': (n) => `Le brouillon cite aussi ${n} autres modules que ce catalogue ne propose pas ; ils ont été retirés.`,
  'duplicate-module': (n) => `Le brouillon cite aussi deux fois ${n} autres modules ; chacun n’a été gardé qu’une fois.`,
  'quantity-out-of-range': (n) => `Les quantités de ${n} autres modules sortaient des bornes du catalogue : leurs lignes ont été retirées.`,
  'quantity-off-step': (n) => `Les quantités de ${n} autres modules ne suivaient pas leur pas de commande : leurs lignes ont été retirées.`,
  'unknown-qualification': (n) => `Le brouillon exige aussi ${n} autres qualifications que ce catalogue ne connaît pas ; elles ne sont plus exigées.`,
  'duplicate-qualification': (n) => `Le brouillon exige aussi deux fois ${n} autres qualifications ; chacune n’a été gardée qu’une fois.`,
  'item-unreadable': (n) => `${n} autres modules du brouillon étaient illisibles ; ils ont été retirés.`,
  'quantity-unreadable': (n) => `Les quantités de ${n} autres modules n’étaient pas des nombres entiers : leurs lignes ont été retirées.`,
};

const MORE_EN: More = {
  'unknown-module': (n) => `The draft also names ${n} other modules this catalogue does not offer; they were removed.`,
  'duplicate-module': (n) => `The draft also names ${n} other modules twice; each was kept once.`,
  'quantity-out-of-range': (n) => `The quantities of ${n} other modules were outside the catalogue’s bounds: their lines were removed.`,
  'quantity-off-step': (n) => `The quantities of ${n} other modules were off their ordering steps: their lines were removed.`,
  'unknown-qualification': (n) => `The draft also demands ${n} other qualifications this catalogue does not know; they are no longer demanded.`,
  'duplicate-qualification': (n) => `The draft also demands ${n} other qualifications twice; each was kept once.`,
  'item-unreadable': (n) => `${n} other modules of the draft were unreadable; they were removed.`,
  'quantity-unreadable': (n) => `The quantities of ${n} other modules were not whole numbers: their lines were removed.`,
};

/** « Le brouillon cite aussi 4 997 autres modules… »: the faults of one kind past the first ones, counted in one sentence. */
export const sayMoreFaults = (kind: RepeatedFault, count: string, lang: Language): string => (lang === 'fr' ? MORE_FR : MORE_EN)[kind](count);
