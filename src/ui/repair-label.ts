import type { Catalog } from '../domain/catalog-schema';
import type { RepairAction } from '../domain/engine/repairs';
import { localise, type Language } from '../domain/language';
import { formatNumber } from './format';
import { translate } from './messages';
import { unitName } from './unit-name';

/** A repair as the words of its button: « Retirer X + Ajouter Y », « Passer X à 125 Gio ». */
export function repairLabel(catalog: Catalog, actions: readonly RepairAction[], lang: Language): string {
  const name = (id: string, list: readonly { id: string; name: { fr: string; en: string } }[]) => {
    const found = list.find((x) => x.id === id);
    return found ? localise(found.name, lang) : id;
  };
  return actions
    .map((a) => {
      switch (a.kind) {
        case 'remove':
          return translate(lang, 'action.remove', { name: name(a.module, catalog.modules) });
        case 'add':
          return translate(lang, 'action.add', { name: name(a.module, catalog.modules) });
        case 'drop-requirement':
          return translate(lang, 'action.waive', { name: name(a.qualification, catalog.qualifications) });
        case 'set-quantity': {
          const unit = unitName(catalog, catalog.modules.find((m) => m.id === a.module)?.unit ?? '', a.quantity, lang);
          return translate(lang, 'action.setQuantity', { name: name(a.module, catalog.modules), quantity: formatNumber(a.quantity, lang), unit });
        }
        default:
          return a satisfies never;
      }
    })
    .join(' + ');
}
