import { create } from 'zustand';

interface DroppedFileState {
  /** A file dropped anywhere on the window, waiting for the import wizard to take it. */
  file: File | null;
  drop(file: File): void;
  take(): File | null;
}

export const useDroppedFile = create<DroppedFileState>()((set, get) => ({
  file: null,
  drop: (file) => set({ file }),
  take: () => {
    const { file } = get();
    if (file) set({ file: null });
    return file;
  },
}));
