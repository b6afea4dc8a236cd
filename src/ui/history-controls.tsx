import { GuardedButton } from './guarded-button';
import { useConfigurator, useT } from './store-context';

/** The arrows are drawn by styles.css, with an empty text alternative: a screen reader says « Annuler », not the glyph's name. */
export function HistoryControls() {
  const t = useT();
  const canUndo = useConfigurator((s) => s.history.past.length > 0);
  const canRedo = useConfigurator((s) => s.history.future.length > 0);
  const undo = useConfigurator((s) => s.undo);
  const redo = useConfigurator((s) => s.redo);
  return (
    <div className="history-controls" role="group" aria-label={t('history.label')}>
      <GuardedButton onActivate={undo} unavailable={!canUndo} title={t('action.undoHint')} aria-keyshortcuts="Control+Z">
        {t('action.undo')}
      </GuardedButton>
      <GuardedButton onActivate={redo} unavailable={!canRedo} title={t('action.redoHint')} aria-keyshortcuts="Control+Shift+Z">
        {t('action.redo')}
      </GuardedButton>
    </div>
  );
}
