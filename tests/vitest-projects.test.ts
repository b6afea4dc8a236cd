import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_FILES_ISOLATED } from '../vite.config';

/** Every test file under `folder`, as the config names them (tests/ui/x.test.tsx). */
const testFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /\.test\.tsx?$/.test(f)).map((f) => join(folder, f).replaceAll('\\', '/'));
const replacesAModule = (file: string) => /\bvi\s*\.\s*(mock|doMock)\s*\(/.test(readFileSync(file, 'utf8'));

/*
 * The unit and component tests share one module graph per worker (isolate: false in vite.config.ts): a vi.mock there
 * would miss a module another file imported first, and stay for the files after it. A file that replaces a module must
 * run in the isolated project, and only such files pay for isolation.
 */
describe('the vitest projects', () => {
  it('run every component test that replaces a module in the isolated project, and only those', () => {
    expect(testFiles('tests/ui').filter(replacesAModule).sort()).toEqual([...UI_FILES_ISOLATED].sort());
  });

  it('have no unit test that replaces a module (they all share one module graph)', () => {
    expect(['tests/domain', 'tests/cli', 'tests/store', 'tests/app'].flatMap(testFiles).filter(replacesAModule)).toEqual([]);
  });
});
