import { z } from './zod-setup';
import { catalogSchema } from './catalog-schema';

/** The JSON Schema of format 1, generated from the zod schema so editors get completion and checking. */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(catalogSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'collabnext-catalog-1.schema.json',
    title: 'CollabNext catalog, format 1',
    description: 'Cross-reference checks (unique ids, known references, tier order) are made by `npm run catalog:check`.',
  };
}
