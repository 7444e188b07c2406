import { useTranslation } from 'react-i18next';
import { commandKey } from './historyKeys';
import { useHistory } from './useHistory';

/** Undo and Redo for the whole app, named after the command they would revert or repeat ("撤销 修改客户"). */
export function UndoRedoButtons() {
  const { t } = useTranslation();
  const { state, busy, run } = useHistory();
  const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  const undoLabel = state?.canUndo ? t('history.undoCommand', { command: t(commandKey(state.undoCommand) as never) }) : t('history.undo');
  const redoLabel = state?.canRedo ? t('history.redoCommand', { command: t(commandKey(state.redoCommand) as never) }) : t('history.redo');
  return (
    <div className="history-buttons" role="group" aria-label={t('history.group')}>
      <button
        type="button"
        className="history-button"
        data-testid="undo-button"
        disabled={!state?.canUndo || busy !== null}
        title={`${undoLabel} (${mac ? '⌘Z' : 'Ctrl+Z'})`}
        aria-keyshortcuts={mac ? 'Meta+Z' : 'Control+Z'}
        onClick={() => void run('undo', 'button')}
      >
        <span aria-hidden="true">↶ </span>
        {undoLabel}
      </button>
      <button
        type="button"
        className="history-button"
        data-testid="redo-button"
        disabled={!state?.canRedo || busy !== null}
        title={`${redoLabel} (${mac ? '⇧⌘Z' : 'Ctrl+Y'})`}
        aria-keyshortcuts={mac ? 'Shift+Meta+Z' : 'Control+Y Control+Shift+Z'}
        onClick={() => void run('redo', 'button')}
      >
        <span aria-hidden="true">↷ </span>
        {redoLabel}
      </button>
    </div>
  );
}
