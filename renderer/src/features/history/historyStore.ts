import { create } from 'zustand';
import type { HistoryAction } from './historyKeys';

export interface HistoryNotice {
  /** What happened ("已撤销：修改客户") or what went wrong. */
  text: string;
  kind: 'done' | 'error';
  /** Changes each time, so the same text is announced again. */
  seq: number;
}

interface HistoryUiState {
  busy: HistoryAction | null;
  notice: HistoryNotice | null;
  setBusy(busy: HistoryAction | null): void;
  notify(text: string, kind: HistoryNotice['kind']): void;
  dismiss(): void;
}

/** The undo/redo buttons, shortcuts and menu share one "in progress" flag and one notice. */
export const useHistoryUi = create<HistoryUiState>()((set, get) => ({
  busy: null,
  notice: null,
  setBusy: (busy) => set({ busy }),
  notify: (text, kind) => set({ notice: { text, kind, seq: (get().notice?.seq ?? 0) + 1 } }),
  dismiss: () => set({ notice: null }),
}));
