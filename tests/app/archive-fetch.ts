import { readFileSync } from 'node:fs';

/**
 * A `fetch` that serves the files of public/ (the catalog archive) as a static host would, and answers
 * 404 for anything else: for tests of code that reads an archived catalog revision.
 */
export async function fetchFromPublic(path: string): Promise<{ ok: boolean; status: number; json: () => Promise<unknown> }> {
  try {
    const text = readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8');
    return { ok: true, status: 200, json: async () => JSON.parse(text) };
  } catch {
    return { ok: false, status: 404, json: async () => null };
  }
}
