import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { cardsToDrag, planMove, type MovableCard, type MovePlan } from '../../../../shared/board/moveLogic';
import { reasonNeed } from '../../../../shared/board/moveReason';
import { summaryAfterMove } from '../../../../shared/board/summaryAfterMove';
import { formatError } from '../../../../shared/contract';
import { lockedError } from '../../../../shared/contract/calibrationMethods';
import type { BoardSummary } from '../../../../shared/contract/boardMethods';
import type { ClientRow } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/hooks';
import { apiQueryKey } from '../../api/queryKeys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useLocale } from '../../i18n/useLocale';
import { useBoardActionWords } from './actionWords';
import { Board } from './Board';
import type { CardHandlers } from './BoardCell';
import { BoardDndProvider, type DndTexts } from './BoardDnd';
import { BoardFilters } from './BoardFilters';
import { CardFace } from './ClientCard';
import { ShowRegionContext } from './showRegion';
import { ShowVolumeContext } from './showVolume';
import { useActiveModel } from '../clients/useActiveModel';
import { modelHasVolume } from '../../../../shared/models/inputsOfModel';
import { useRegions } from '../clients/useRegions';
import { LoadBar } from './LoadBar';
import { MoveMenu, type MoveMenuTarget } from './MoveMenu';
import { ReasonDialog, useNamesText } from './ReasonDialog';
import { boardQuery } from './boardQuery';
import { useBoardStore } from './boardStore';
import { useDebouncedValue } from './useDebouncedValue';
import { BoardCalibrationContext } from '../calibration/boardCalibration';
import { CalibrationPanel } from '../calibration/CalibrationPanel';
import { stepsOfMove } from '../calibration/calibrationView';
import { useCalibration } from '../calibration/useCalibration';
import './board.css';
import { countText, visitsText } from './numberFormat';
import { errorText } from '../../components/errorText';

interface PendingMove {
  plan: Exclude<MovePlan, { kind: 'none' }>;
  cards: MovableCard[];
}

interface Notice {
  /** Made at render time, so a language switch retranslates it. */
  text: () => string;
  undo: boolean;
  seq: number;
}

const isClientRow = (card: MovableCard): card is ClientRow => 'hospitalName' in card;
const withVolume = (card: MovableCard) => ({ ...card, volumeOurs: isClientRow(card) ? card.volumeOurs : null });

export function BoardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const queryClient = useQueryClient();
  const namesText = useNamesText();
  const actionWords = useBoardActionWords();
  const filters = useBoardStore((s) => s.filters);
  const expanded = useBoardStore((s) => s.expanded);
  const setExpanded = useBoardStore((s) => s.setExpanded);
  const selection = useBoardStore((s) => s.selection);
  const toggleSelected = useBoardStore((s) => s.toggleSelected);
  const clearSelection = useBoardStore((s) => s.clearSelection);
  const search = useDebouncedValue(filters.search, 250);
  const query = useMemo(() => boardQuery({ ...filters, search }), [filters, search]);
  const summary = useApiQuery('board.summary', { query }, { keepPrevious: true });
  const reps = useApiQuery('reps.list', {});
  const showRegion = useRegions().many ?? false;
  // A model without a monthly volume (B2B, retail, staff) shows none on cards, cells and totals.
  const activeModel = useActiveModel();
  const showVolume = activeModel ? modelHasVolume(activeModel) : true;

  const [pending, setPending] = useState<PendingMove | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [menu, setMenu] = useState<MoveMenuTarget | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const notify = useCallback((text: () => string, undo = false) => setNotice((last) => ({ text, undo, seq: (last?.seq ?? 0) + 1 })), []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.undo ? 10_000 : 5_000);
    return () => clearTimeout(timer);
  }, [notice]);
  const messageOf = useCallback((error: unknown) => errorText(error, locale), [locale]);

  const cardsFor = useCallback((card: MovableCard) => cardsToDrag(card, selection), [selection]);
  // A signed-off period refuses moves: said at the drop rather than after a reason is typed (the core refuses too).
  const calibrationState = useApiQuery('calibration.state', {}).data;
  const lockedBy = calibrationState?.locked ? (calibrationState.signOff ?? null) : null;

  const requestMove = useCallback(
    (cards: MovableCard[], target: string) => {
      const plan = planMove(cards, target);
      if (plan.kind === 'none') {
        notify(() => t('boardView.done.nothing', { names: namesText(cards.map((c) => c.name)), cell: target }));
        return;
      }
      if (lockedBy) {
        notify(() => formatError(lockedError(lockedBy), locale));
        return;
      }
      if (!returnFocus.current) returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setSaveError(null);
      setPending({ plan, cards });
    },
    [namesText, notify, t, lockedBy, locale],
  );

  const closeDialog = () => {
    setPending(null);
    setSaveError(null);
    const back = returnFocus.current;
    returnFocus.current = null;
    // The card may have moved to a cell scrolled out of view; then focus stays on the page.
    if (back?.isConnected) requestAnimationFrame(() => back.focus());
  };

  const cancelMove = () => {
    closeDialog();
    notify(() => t('boardView.done.cancelled'));
  };

  /**
   * Shows the saved move at once, in the same frame as the dialog closes: the board's figures
   * with the move applied, until the summary that 'data:changed' refreshes arrives (a newer
   * dataUpdatedAt) and replaces them. Skipped when that summary is already here.
   */
  const [saved, setSaved] = useState<{ summary: BoardSummary; base: number } | null>(null);
  const showSaved = (cards: MovableCard[], target: string, kind: 'override' | 'clear', sentAt: number, then: () => void) => {
    const current = queryClient.getQueryState<BoardSummary>(apiQueryKey('board.summary', { query }));
    flushSync(() => {
      if (current?.data && current.dataUpdatedAt <= sentAt) {
        setSaved({ summary: summaryAfterMove(current.data, cards.map(withVolume), target, kind, query), base: current.dataUpdatedAt });
      }
      then();
    });
  };

  const confirmOverride = async (reason: string) => {
    if (!pending || pending.plan.kind !== 'override') return;
    const { plan, cards } = pending;
    setSaving(true);
    setSaveError(null);
    try {
      const sentAt = Date.now();
      await api.call('grades.override', { clientIds: plan.clientIds, cell: plan.target, reason });
      showSaved(cards, plan.target, 'override', sentAt, () => {
        clearSelection();
        closeDialog();
        notify(() => t('boardView.done.moved', { names: namesText(plan.names), cell: plan.target }), true);
      });
    } catch (error) {
      setSaveError(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const confirmClear = async () => {
    if (!pending || pending.plan.kind !== 'clear') return;
    const { plan, cards } = pending;
    setSaving(true);
    try {
      const sentAt = Date.now();
      await api.call('grades.clearOverride', { clientIds: plan.clientIds });
      showSaved(cards, plan.target, 'clear', sentAt, () => {
        clearSelection();
        closeDialog();
        notify(() => t('boardView.done.cleared', { names: namesText(plan.names), cell: plan.target }), true);
      });
    } catch (error) {
      closeDialog();
      notify(() => messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const undo = async () => {
    try {
      await api.call('history.undo', {});
      notify(() => t('boardView.done.undone'));
    } catch (error) {
      notify(() => messageOf(error));
    }
  };

  const openMenu = useCallback((_card: MovableCard, row: ClientRow, button: HTMLButtonElement) => setMenu({ row, anchor: button }), []);
  const cardHandlers: CardHandlers = useMemo(
    () => ({ isSelected: (id) => selection.has(id), onToggleSelect: toggleSelected, onOpenMenu: openMenu }),
    [selection, toggleSelected, openMenu],
  );

  const dndTexts: DndTexts = useMemo(() => {
    const names = (cards: MovableCard[]) =>
      cards.length > 1 ? t('boardView.dnd.namesMany', { name: cards[0]?.name ?? '', count: cards.length }) : (cards[0]?.name ?? '');
    const zoneName = (cell: string) => {
      const zoneId = summary.data?.cells.find((c) => c.code === cell)?.zoneId;
      const zone = summary.data?.zones.find((z) => z.id === zoneId);
      return zone ? zone.name[locale] : t('boardView.cell.noZone');
    };
    return {
      instructions: t('boardView.dnd.instructions'),
      pickedUp: (cards, cell) => t('boardView.dnd.pickedUp', { names: names(cards), cell }),
      over: (cards, cell) => (cell ? t('boardView.dnd.over', { names: names(cards), cell, zone: zoneName(cell) }) : t('boardView.dnd.overNone', { names: names(cards) })),
      dropped: (cards, cell) => (cell ? t('boardView.dnd.dropped', { names: names(cards), cell }) : t('boardView.dnd.droppedNone', { names: names(cards) })),
      cancelled: (cards, cell) => t('boardView.dnd.cancelled', { names: names(cards), cell }),
    };
  }, [locale, summary.data, t]);

  const renderOverlay = useCallback(
    (cards: MovableCard[]) => {
      const first = cards[0];
      if (!first) return null;
      return (
        <div className="board-card board-card-overlay" data-testid="drag-overlay">
          <div className="board-card-body">{isClientRow(first) ? <CardFace row={first} /> : <span className="board-card-name">{first.name}</span>}</div>
          {cards.length > 1 ? <span className="board-card-stack">{t('boardView.card.more', { count: cards.length - 1 })}</span> : null}
        </div>
      );
    },
    [t],
  );

  const visitsPerClient = (code: string | null) => summary.data?.cells.find((c) => c.code === code)?.visitsPerClient ?? 0;
  const visitsDelta = pending ? pending.cards.filter((c) => c.cell !== pending.plan.target).reduce((sum, c) => sum + visitsPerClient(pending.plan.target) - visitsPerClient(c.cell), 0) : 0;
  const repName = filters.repId === null ? null : (reps.data?.find((rep) => rep.id === filters.repId)?.name ?? null);
  const data = saved && summary.data && saved.base === summary.dataUpdatedAt ? saved.summary : summary.data;
  const calibration = useCalibration(query, data);
  const moveSteps = pending && data ? stepsOfMove(data.layout.rows, pending.cards, pending.plan.target) : null;
  const rules = calibration.state?.rules;

  // The same element while only the page's own state changes (a dialog, a notice, saving…),
  // so the board and its hundreds of cards are not drawn again for those.
  const board = useMemo(
    () =>
      data ? (
        <BoardDndProvider layout={data.layout} cardsFor={cardsFor} onDrop={requestMove} renderOverlay={renderOverlay} texts={dndTexts}>
          <Board summary={data} query={query} expanded={expanded} onExpand={setExpanded} cards={cardHandlers} />
        </BoardDndProvider>
      ) : null,
    [data, cardsFor, requestMove, renderOverlay, dndTexts, query, expanded, setExpanded, cardHandlers],
  );

  return (
    <section className="page page-board" aria-labelledby="board-title">
      <PageTitle
        id="board-title"
        actions={
          data ? (
            <>
              <dl className="board-facts">
                <div>
                  <dt>{t('boardView.totals.clients')}</dt>
                  <dd data-testid="board-total-clients">{countText(data.totals.clients, locale)}</dd>
                </div>
                <div>
                  <dt>{t('boardView.totals.overridden')}</dt>
                  <dd data-testid="board-total-overridden">{countText(data.totals.overridden, locale)}</dd>
                </div>
                <div>
                  <dt>{t('boardView.totals.monthlyVisits', actionWords)}</dt>
                  <dd data-testid="board-total-visits">{visitsText(data.totals.monthlyVisits, locale)}</dd>
                </div>
                {showVolume ? (
                  <div>
                    <dt>{t('boardView.totals.volume')}</dt>
                    <dd>{countText(data.totals.volumeOurs, locale)}</dd>
                  </div>
                ) : null}
                {data.totals.ungraded > 0 ? (
                  <div>
                    <dt>{t('boardView.totals.ungraded')}</dt>
                    <dd>{countText(data.totals.ungraded, locale)}</dd>
                  </div>
                ) : null}
              </dl>
              <LoadBar repId={filters.repId} repName={repName} boardVisits={data.totals.monthlyVisits} />
            </>
          ) : null
        }
      >
        {t('boardView.title')}
      </PageTitle>
      <BoardFilters zones={data?.zones ?? []} showVolume={showVolume} />
      <CalibrationPanel calibration={calibration} notify={notify} />
      {selection.size > 0 ? (
        <div className="board-selection" data-testid="board-selection">
          <strong>{t('boardView.selection.count', { count: selection.size })}</strong>
          <span className="help">{t('boardView.selection.hint')}</span>
          <button type="button" className="button" onClick={clearSelection}>
            {t('boardView.selection.clear')}
          </button>
        </div>
      ) : null}
      {summary.isError ? <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.isPending ? <Loading /> : null}
      <ShowRegionContext.Provider value={showRegion}>
        <ShowVolumeContext.Provider value={showVolume}>
          <BoardCalibrationContext.Provider value={calibration.board}>{board}</BoardCalibrationContext.Provider>
        </ShowVolumeContext.Provider>
      </ShowRegionContext.Provider>
      {menu && data ? (
        <MoveMenu
          target={menu}
          summary={data}
          onClose={() => setMenu(null)}
          onChoose={(cell) => {
            returnFocus.current = menu.anchor;
            requestMove(cardsFor(menu.row), cell);
          }}
          onClear={() => {
            returnFocus.current = menu.anchor;
            if (menu.row.formulaCell) requestMove([menu.row], menu.row.formulaCell);
          }}
        />
      ) : null}
      {pending?.plan.kind === 'override' ? (
        <ReasonDialog
          target={pending.plan.target}
          names={pending.plan.names}
          count={pending.plan.clientIds.length}
          from={pending.plan.from}
          agreeing={pending.plan.agreeing}
          visitsDelta={visitsDelta}
          need={rules ? reasonNeed(rules, moveSteps) : 'any'}
          steps={moveSteps}
          maxSteps={rules?.writtenReasonBeyondSteps ?? null}
          saving={saving}
          error={saveError}
          onConfirm={(reason) => void confirmOverride(reason)}
          onCancel={cancelMove}
        />
      ) : null}
      <ConfirmDialog
        open={pending?.plan.kind === 'clear'}
        title={pending ? t('boardView.clear.title', { cell: pending.plan.target }) : ''}
        confirmLabel={t('boardView.clear.confirm')}
        cancelLabel={t('boardView.clear.cancel')}
        onConfirm={() => void confirmClear()}
        onCancel={cancelMove}
      >
        <p>{pending ? t('boardView.clear.body', { names: namesText(pending.plan.names), cell: pending.plan.target }) : null}</p>
      </ConfirmDialog>
      <div className="board-notice-area" aria-live="polite" data-testid="board-notice">
        {notice ? (
          <p key={notice.seq} className="board-notice" role="status">
            <span>{notice.text()}</span>
            {notice.undo ? (
              <button type="button" className="button" onClick={() => void undo()}>
                {t('boardView.done.undo')}
              </button>
            ) : null}
            <button type="button" className="board-notice-close" aria-label={t('boardView.done.dismiss')} onClick={() => setNotice(null)}>
              ×
            </button>
          </p>
        ) : null}
      </div>
    </section>
  );
}
