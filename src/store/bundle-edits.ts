import type { Catalog } from '../domain/catalog-schema';
import type { Configuration } from '../domain/configuration';

type Change = (next: (c: Configuration) => Configuration) => void;

/** The domain verbs that edit the bundle; each returns the same object when nothing changes (no history entry). */
export function bundleEdits(catalog: Catalog, change: Change) {
  const modules = new Map(catalog.modules.map((m) => [m.id, m]));
  return {
    selectModule: (moduleId: string) =>
      change((c) => {
        const module = modules.get(moduleId);
        if (!module || c.items.some((i) => i.module === moduleId)) return c;
        return { ...c, items: [...c.items, { module: moduleId, quantity: module.quantity.default }] };
      }),
    removeModule: (moduleId: string) =>
      change((c) => (c.items.some((i) => i.module === moduleId) ? { ...c, items: c.items.filter((i) => i.module !== moduleId) } : c)),
    changeQuantity: (moduleId: string, quantity: number) =>
      change((c) => {
        const item = c.items.find((i) => i.module === moduleId);
        if (!item || item.quantity === quantity) return c;
        return { ...c, items: c.items.map((i) => (i.module === moduleId ? { ...i, quantity } : i)) };
      }),
    chooseTerm: (months: number) => change((c) => (c.termMonths === months ? c : { ...c, termMonths: months })),
    demandQualification: (id: string) =>
      change((c) => (c.requirements.includes(id) ? c : { ...c, requirements: [...c.requirements, id] })),
    waiveQualification: (id: string) =>
      change((c) => (c.requirements.includes(id) ? { ...c, requirements: c.requirements.filter((q) => q !== id) } : c)),
    negotiateDiscount: (basisPoints: number) =>
      change((c) => (c.salesDiscountBp === basisPoints ? c : { ...c, salesDiscountBp: basisPoints })),
  };
}
