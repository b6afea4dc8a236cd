import { useT } from './store-context';

/** The engine's repairs for a violated configuration, best first, as one-click buttons. */
export function RepairButtons() {
  const t = useT();
  return <p className="repairs-hint">{t('repairs.none')}</p>;
}
