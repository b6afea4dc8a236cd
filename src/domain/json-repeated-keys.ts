import { formatPath } from './issue-path';

/** A key given twice in one object of a JSON text: where, for the person who edits the file. */
export interface RepeatedKey {
  /** The key's path, as catalog maintainers read it: `modules[3].pricing.tiers[0].unitPrice`. */
  path: string;
  /** The line of its second occurrence (1-based). */
  line: number;
}

interface Container {
  path: PropertyKey[];
  /** The keys met so far, for an object; none for an array. */
  keys?: Set<string>;
  key?: string;
  index: number;
  awaitingKey: boolean;
}

/**
 * The first key given twice in one object of a text `JSON.parse` accepted, or null. JSON.parse keeps the last value
 * without a word (RFC 8259 leaves it to each reader), so a price pasted twice in a catalog would be half read: such a
 * file is refused, its maintainer told where. One pass over the text, no second parse.
 */
export function firstRepeatedKey(text: string): RepeatedKey | null {
  const open: Container[] = [];
  const inside = () => open[open.length - 1];
  const pathOfValue = (): PropertyKey[] => {
    const parent = inside();
    if (parent === undefined) return [];
    return [...parent.path, parent.keys ? (parent.key ?? '') : parent.index];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const container = inside();
      if (container?.keys && container.awaitingKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (container.keys.has(key)) return { path: formatPath([...container.path, key]), line: text.slice(0, i).split('\n').length };
        container.keys.add(key);
        container.key = key;
        container.awaitingKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      open.push({ path: pathOfValue(), keys: c === '{' ? new Set() : undefined, index: 0, awaitingKey: c === '{' });
    } else if (c === '}' || c === ']') {
      open.pop();
    } else if (c === ',') {
      const container = inside();
      if (container) {
        container.index += 1;
        container.awaitingKey = container.keys !== undefined;
      }
    }
  }
  return null;
}

/** What to tell the person who edits the file, after the path: the message of `catalog:check` and of `quote`. */
export const repeatedKeyProblem = ({ line }: RepeatedKey): string =>
  `is given twice in its object (the second on line ${line}): JSON keeps the second without a word; keep one`;
