import { describeProblem, parseCatalogText } from '../domain/catalog';
import { exitWithError, readText } from './read-input';

/** `npm run --silent catalog:check -- FILE`: exit 0 when clean, 1 on findings, 2 on unreadable or invalid input. */
function main(args: string[]): void {
  const file = args.find((a) => !a.startsWith('-'));
  if (file === undefined) exitWithError('usage: npm run --silent catalog:check -- FILE');
  const text = readText(file);
  if (!text.ok) exitWithError(text.error);
  const catalog = parseCatalogText(text.value);
  if (!catalog.ok) {
    const lines = catalog.error.map(describeProblem);
    exitWithError(`${file}: catalog rejected, ${lines.length} problem${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
  const { modules, rules, version } = catalog.value;
  process.stdout.write(`${file}: catalog ${version} is valid (${modules.length} modules, ${rules.length} rules)\n`);
}

main(process.argv.slice(2));
