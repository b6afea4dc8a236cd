import { writeFileSync } from 'node:fs';
import { catalogJsonSchema } from '../domain/catalog-json-schema';

/** `npm run schema`: regenerates public/catalog.schema.json (a test fails when it is stale). */
const target = new URL('../../public/catalog.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
