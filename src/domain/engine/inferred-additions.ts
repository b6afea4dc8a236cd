import { indexCatalog } from '../catalog-index';
import type { Catalog } from '../catalog-schema';
import type { Configuration, ConfigurationItem } from '../configuration';
import { analysisOf } from './analyze-configuration';
import type { Explanation } from './explanation';

/**
 * The notes « Ajouté d’office » of a configuration that came without them (a share link, an imported file: they carry
 * the configuration, not how it was built): each module at its default quantity that the rest of the configuration
 * implies, with why, as the configurator would have added it. Unticking what implies it then takes it too, as in the
 * sender's tab (QA: the receiver of a link kept the volumes and the server of an Outscale Sauvegarde unticked). None in
 * a configuration in conflict, whose rest has no completion to imply anything. `among`: the modules to look at (each
 * costs the engine a run).
 */
export function inferredAdditions(catalog: Catalog, configuration: Configuration, among: (module: string) => boolean = () => true): Record<string, Explanation> {
  const required = requiredModules(catalog);
  const inferred = configuration.items.flatMap((item) => {
    if (!required.has(item.module) || !among(item.module) || !asAdded(catalog, item)) return [];
    const rest = { ...configuration, items: configuration.items.filter((i) => i !== item) };
    const because = analysisOf(catalog, rest).explanations.implied.find((e) => e.module === item.module);
    return because ? [because] : [];
  });
  // Said as ticking would have said it: why each is needed by the choices alone, without the other additions (QA: the
  // server's note named the volumes, themselves « Ajouté d’office », where ticking names Outscale Sauvegarde). One more
  // engine run; an addition the choices alone do not imply (two modules requiring each other) keeps its first reason.
  const added = new Set(inferred.map((because) => because.module));
  const choices = { ...configuration, items: configuration.items.filter((i) => !added.has(i.module)) };
  const byChoices = inferred.length > 1 ? analysisOf(catalog, choices).explanations.implied : [];
  return Object.fromEntries(inferred.map((because) => [because.module, byChoices.find((e) => e.module === because.module) ?? because]));
}

/** Whether a chosen module is at the quantity the configurator adds it with (its default): one the buyer set is theirs. */
export const asAdded = (catalog: Catalog, item: ConfigurationItem): boolean => item.quantity === indexCatalog(catalog).moduleById.get(item.module)?.quantity.default;

const requiredCache = new WeakMap<Catalog, ReadonlySet<string>>();

/**
 * The modules some `requires` rule names as an option: the only ones anything can imply (the other hard rules only
 * rule modules out, constraint-model.ts), so the only ones worth an engine run each (a link of 91 modules on a
 * 200-module catalog: 75 ms when every module was tried).
 */
function requiredModules(catalog: Catalog): ReadonlySet<string> {
  let required = requiredCache.get(catalog);
  if (!required) {
    required = new Set(catalog.rules.flatMap((rule) => (rule.type === 'requires' ? rule.anyOf : [])));
    requiredCache.set(catalog, required);
  }
  return required;
}
