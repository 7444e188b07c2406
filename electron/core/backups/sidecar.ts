import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BackupReasonSchema } from '../../../shared/contract/backupMethods';
import type { BackupOps } from './backupOps';

/**
 * The note beside each backup (`<file>.json`). Notes written before reason and clients were
 * recorded lack them; the listing then reads the reason from the file name.
 */
const SidecarSchema = z.object({
  file: z.string(),
  verifiedAt: z.string(),
  integrity: z.string(),
  userVersion: z.number().int(),
  bytes: z.number().int().nonnegative(),
  reason: BackupReasonSchema.optional(),
  clients: z.number().int().nonnegative().nullable().optional(),
});
export type Sidecar = z.infer<typeof SidecarSchema>;

export const sidecarPath = (backupPath: string) => `${backupPath}.json`;

export function writeSidecar(ops: BackupOps, path: string, sidecar: Sidecar): void {
  ops.writeFile(path, `${JSON.stringify(sidecar, null, 2)}\n`);
}

/** The note of a backup, or null when there is none or it cannot be read as one. */
export function readSidecar(backupPath: string): Sidecar | null {
  let text: string;
  try {
    text = readFileSync(sidecarPath(backupPath), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = SidecarSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
