import type { Catalog } from '../domain/catalog-schema';
import { localise, type Language } from '../domain/language';
import type { CarryOverChange } from '../domain/share-carry-over';
import { describeCarryOverChange } from '../domain/share-change-messages';

/**
 * describeCarryOverChange in the buyer's words: modules and qualifications by their names, taken from
 * the first catalog that knows them (a module withdrawn long ago keeps its id: no catalog names it).
 */
export function describeChangeByName(change: CarryOverChange, catalogs: readonly Catalog[], lang: Language): string {
  const moduleName = (id: string) => {
    const module = catalogs.map((c) => c.modules.find((m) => m.id === id)).find((m) => m !== undefined);
    return module ? localise(module.name, lang) : id;
  };
  const qualificationName = (id: string) => {
    const qualification = catalogs.map((c) => c.qualifications.find((q) => q.id === id)).find((q) => q !== undefined);
    return qualification ? localise(qualification.name, lang) : id;
  };
  if ('module' in change) return describeCarryOverChange({ ...change, module: moduleName(change.module) }, lang);
  if ('qualification' in change) return describeCarryOverChange({ ...change, qualification: qualificationName(change.qualification) }, lang);
  return describeCarryOverChange(change, lang);
}
