/**
 * A localStorage for tests: keys in insertion order (as `key(i)` gives them), and an optional quota in
 * characters of keys and values, past which setItem throws QuotaExceededError as browsers do.
 */
export class FakeStorage {
  readonly items = new Map<string, string>();
  quota = Infinity;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  /** Everything under a prefix, as a plain object (what a test compares). */
  under(prefix: string): Record<string, string> {
    return Object.fromEntries([...this.items].filter(([k]) => k.startsWith(prefix)));
  }
}
