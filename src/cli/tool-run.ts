import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What a command-line tool prints and its exit code (spec §5: 0 done or clean, 1 findings, 2 bad input). */
export interface ToolOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** True when the module at `moduleUrl` is the script node was started with (`npm run …`), not one a test imports. */
export const isEntryPoint = (moduleUrl: string): boolean =>
  process.argv[1] !== undefined && moduleUrl === pathToFileURL(resolve(process.argv[1])).href;

/** When the module at `moduleUrl` is the entry point: runs the tool on the process's arguments, prints what it says and exits with its code. */
export function runAsTool(moduleUrl: string, run: (args: readonly string[]) => ToolOutcome): void {
  if (!isEntryPoint(moduleUrl)) return;
  const outcome = run(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exit(outcome.code);
}
