import { memo, useContext, useId, useMemo, useRef } from 'react';
import type { CatalogModule } from '../domain/catalog-schema';
import { localise } from '../domain/language';
import { CardNotes } from './card-notes';
import { ModulePrice } from './module-price';
import { QualificationBadges } from './qualification-badges';
import { QuantityInput, type QuantityHandOff } from './quantity-input';
import { StoreContext, useConfigurator, useT } from './store-context';
import { useModuleView } from './use-module-view';
import { useAfterFrame } from './after-frame';

/** How long after the field hands its typed quantity over the checkbox's click still belongs to that gesture (ms). */
const HAND_OFF_MS = 1000;

/** One module of a drawer, with the hooks of spec §6 (data-module, data-state, a named checkbox and spinbutton). */
export const ModuleCard = memo(function ModuleCard({ module }: { module: CatalogModule }) {
  const t = useT();
  const lang = useConfigurator((s) => s.lang);
  const vendor = useConfigurator((s) => s.catalog.vendors.find((v) => v.id === module.vendor));
  const selectModule = useConfigurator((s) => s.selectModule);
  const removeModule = useConfigurator((s) => s.removeModule);
  const view = useModuleView(module.id);
  // The notes follow the click's frame by one (after-frame.ts): that frame draws the card's state, this one what it says;
  // what refers to them, with them.
  const notesView = useAfterFrame(view);
  const selected = view.quantity !== null;
  const explained = notesView.state === 'blocked' || notesView.state === 'implied' || notesView.broken !== null || (notesView.quantity !== null && notesView.addedBecause !== null);
  const checkboxId = useId();
  const notesId = `${checkboxId}-notes`;
  const store = useContext(StoreContext);
  // A quantity typed before the module was chosen, handed to the checkbox when the press on it left the field.
  const typed = useRef<{ quantity: number | null; at: number } | null>(null);
  // One object for the card's life: the field (memo) renders again only when its own data changes, not with every card change.
  const handOff = useMemo<QuantityHandOff>(() => ({
    checkboxId,
    hand: (quantity) => {
      typed.current = { quantity, at: performance.now() };
    },
    drop: () => {
      typed.current = null;
    },
  }), [checkboxId]);
  const toggle = () => {
    const handed = typed.current !== null && performance.now() - typed.current.at < HAND_OFF_MS ? typed.current : null;
    typed.current = null;
    if (handed) {
      // The click that took the focus from the field chooses the module, never takes it out: the typed value's pause may
      // have run out between the press and the release and chosen it already (the card has not re-rendered for the click).
      if (!store?.getState().configuration.items.some((i) => i.module === module.id)) selectModule(module.id, handed.quantity ?? undefined);
      return;
    }
    if (selected) removeModule(module.id);
    else selectModule(module.id);
  };
  return (
    <article className="module-card" data-module={module.id} data-state={view.state} aria-describedby={notesView.state === 'blocked' ? notesId : undefined}>
      <div className="module-card-head">
        <input
          id={checkboxId}
          type="checkbox"
          checked={selected}
          disabled={view.state === 'blocked'}
          aria-describedby={explained ? notesId : undefined}
          onChange={toggle}
        />
        <label htmlFor={checkboxId} className="module-card-name">{localise(module.name, lang)}</label>
      </div>
      <p className="module-card-vendor">{t('module.vendor', { vendor: vendor?.name ?? module.vendor })}</p>
      <p className="module-card-description">{localise(module.description, lang)}</p>
      <ModulePrice module={module} />
      <QualificationBadges ids={module.qualifications} moduleName={localise(module.name, lang)} />
      {module.pricing.model !== 'flat' && (
        <QuantityInput module={module} quantity={view.quantity} blocked={view.state === 'blocked'} handOff={handOff} />
      )}
      <CardNotes id={notesId} moduleId={module.id} view={notesView} />
    </article>
  );
});
