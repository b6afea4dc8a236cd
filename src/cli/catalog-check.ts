import { resolve } from 'node:path';
import type { Catalog } from '../domain/catalog-schema';
import { describeFinding, lintCatalog } from '../domain/engine/lint-catalog';
import { archiveEdited, archiveMismatch } from './catalog-archive-check';
import { DEFAULT_CATALOG_FILE, loadCatalog } from './catalog-file';
import { CATALOG_ARCHIVE_FOLDER } from './quote-input';
import { oneLine } from './read-input';
import { runAsTool, type ToolOutcome } from './tool-run';

/** What `catalog:check` prints and its exit code: 0 clean, 1 findings, 2 unreadable or invalid input. */
export type CatalogCheckOutcome = ToolOutcome;

const USAGE = 'usage: npm run --silent catalog:check -- FILE';

/** Why the arguments are not one catalog file (a second file or an option would otherwise go unchecked, exit 0), or null. */
function usageError(args: readonly string[]): string | null {
  const option = args.find((a) => a.startsWith('-'));
  if (option !== undefined) return `unknown option ${option} — ${USAGE}`;
  if (args.length > 1) return `one catalog at a time: unexpected argument "${args[1]}" — ${USAGE}`;
  return args.length === 0 ? USAGE : null;
}

/** Where the catalog the app is built on, and the published revisions, are: tests point them at a scratch folder. */
export interface Workplace {
  working: string;
  archive: string;
}

/**
 * For the catalog the app is built on, a line saying why `npm run build` would refuse it as it stands (its version not
 * published as it is, or a published revision edited), or ''. Not a finding: the catalog itself is sound (exit 0), but
 * a maintainer who edits it and reads « no findings » should not learn of the publishing step from the build.
 */
function buildNote(file: string, catalog: Catalog, { working, archive }: Workplace): string {
  if (resolve(file) !== resolve(working)) return '';
  const refusal = archiveMismatch(file, catalog, archive) ?? archiveEdited(archive);
  return refusal === null ? '' : `note: npm run build refuses this catalog as it stands: ${refusal}\n`;
}

/** `catalog:check` without the process: validation, then the linter's analyses (spec §5). */
export function runCatalogCheck(args: readonly string[], workplace: Workplace = { working: DEFAULT_CATALOG_FILE, archive: CATALOG_ARCHIVE_FOLDER }): CatalogCheckOutcome {
  const usage = usageError(args);
  if (usage !== null) return { code: 2, stdout: '', stderr: `${usage}\n` };
  const file = args[0] as string;
  // Bad input is one line on stderr (spec §5): every problem with its path, joined by "; ".
  const catalog = loadCatalog(file);
  if (!catalog.ok) return { code: 2, stdout: '', stderr: `${oneLine(catalog.error)}\n` };
  const { modules, rules, version } = catalog.value;
  const valid = `${file}: catalog ${version} is valid (${modules.length} modules, ${rules.length} rules)\n`;
  const findings = lintCatalog(catalog.value);
  const note = buildNote(file, catalog.value, workplace);
  if (findings.length === 0) return { code: 0, stdout: `${valid}${file}: no findings\n${note}`, stderr: '' };
  const plural = findings.length > 1 ? 's' : '';
  const lines = findings.map((f) => `  ${describeFinding(f)}\n`).join('');
  return { code: 1, stdout: `${valid}${file}: ${findings.length} finding${plural}:\n${lines}${note}`, stderr: '' };
}

runAsTool(import.meta.url, runCatalogCheck);
