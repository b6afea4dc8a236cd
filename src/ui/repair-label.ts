import type { Catalog } from '../domain/catalog-schema';
import type { RepairAction } from '../domain/engine/repairs';
import { moduleName, qualificationName } from '../domain/catalog-names';
import type { Language } from '../domain/language';
import { formatNumber } from '../domain/locale-format';
import { translate } from './messages';
import { unitName } from '../domain/unit-name';

/** A repair as the words of its button: « Retirer X + Ajouter Y », « Passer X à 125 Gio ». */
export function repairLabel(catalog: Catalog, actions: readonly RepairAction[], lang: Language): string {
  return actions
    .map((a) => {
      switch (a.kind) {
        case 'remove':
          return translate(lang, 'action.remove', { name: moduleName(catalog, a.module, lang) });
        case 'add':
          return translate(lang, 'action.add', { name: moduleName(catalog, a.module, lang) });
        case 'drop-requirement':
          return translate(lang, 'action.waive', { name: qualificationName(catalog, a.qualification, lang) });
        case 'set-quantity': {
          const unit = unitName(catalog, catalog.modules.find((m) => m.id === a.module)?.unit ?? '', a.quantity, lang);
          return translate(lang, 'action.setQuantity', { name: moduleName(catalog, a.module, lang), quantity: formatNumber(a.quantity, lang), unit });
        }
        default:
          return a satisfies never;
      }
    })
    .join(' + ');
}
