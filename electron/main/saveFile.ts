import { rename, writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import type { SaveFile } from './secureHandle';

/**
 * The system "Save as" dialog, then an atomic write (temporary name, then rename), so a
 * cancelled or failed save never leaves a half-written file under the user's chosen name.
 */
export function createSaveFile(window: () => BrowserWindow | null): SaveFile {
  return async (suggestedName, bytes) => {
    const owner = window();
    const options = { defaultPath: suggestedName };
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    const temporary = `${choice.filePath}.partial`;
    await writeFile(temporary, bytes);
    await rename(temporary, choice.filePath);
    return { saved: true };
  };
}
