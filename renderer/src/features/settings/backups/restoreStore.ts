import { create } from 'zustand';
import type { MethodOutput } from '../../../../../shared/contract';

export interface LastRestore {
  result: MethodOutput<'backups.restore'>;
  /** When the restored backup was taken, for the banner. */
  createdAt: string;
  undone: boolean;
}

interface RestoreState {
  last: LastRestore | null;
  restored(result: LastRestore['result'], createdAt: string): void;
  undone(): void;
  dismiss(): void;
}

/** The last restore of this session, so 撤销恢复 is still offered after a look at the restored data elsewhere. */
export const useLastRestore = create<RestoreState>()((set, get) => ({
  last: null,
  restored: (result, createdAt) => set({ last: { result, createdAt, undone: false } }),
  undone: () => {
    const last = get().last;
    if (last) set({ last: { ...last, undone: true } });
  },
  dismiss: () => set({ last: null }),
}));
