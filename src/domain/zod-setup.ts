import { z } from 'zod';

/**
 * The one way the code gets zod. Without `jitless`, zod's first object parse probes whether it may compile a
 * faster parser with `new Function`: the page's Content-Security-Policy (script-src 'self', no 'unsafe-eval')
 * refuses it, zod carries on, but the browser reports a policy violation on every page that parses a schema.
 * Set before any schema below exists, so before any parse.
 */
z.config({ jitless: true });

export { z };
