import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { integrityCheck, openConnection } from '../../../../electron/core/db/connection';
import { openDatabase } from '../../../../electron/core/db/openDatabase';
import { silentLogger } from '../../../../electron/core/log/logger';
import { seededRandom } from '../../../../shared/demo/seededRandom';
import { useTempDir } from '../../../harness/tempDir';

const tempDir = useTempDir();
const writer = fileURLToPath(new URL('../fixtures/writeLoop.ts', import.meta.url));

/** Starts the writer, kills it with SIGKILL after `commits` reported commits, returns the last one it reported. */
function runAndKill(dbPath: string, commits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dbPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) last = Number(line);
      if (last >= commits && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
    });
  });
}

describe('a writer killed with SIGKILL in the middle of a write loop', () => {
  it('leaves a database that passes integrity_check and holds every committed transaction, whole', async () => {
    const random = seededRandom(Date.now() % 100_000);
    const path = join(tempDir(), 'killed.sqlite');
    (await openDatabase(path, silentLogger)).db.close();
    for (let round = 0; round < 4; round++) {
      const db = openConnection(path);
      const before = (db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
      db.close();
      const reported = await runAndKill(path, random.int(5, 80));
      const reopened = openConnection(path);
      expect(integrityCheck(reopened)).toBe('ok');
      const changes = (reopened.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
      // Every commit the writer reported is there; at most one more finished between its report and the kill.
      expect(changes - before).toBeGreaterThanOrEqual(reported);
      expect(changes - before).toBeLessThanOrEqual(reported + 1);
      // Transactions are atomic: no change without all of its 20 clients and items.
      const partial = reopened
        .prepare('SELECT count(*) AS n FROM change_log c WHERE (SELECT count(*) FROM change_log_rows i WHERE i.change_id = c.id) <> 20')
        .get() as { n: number };
      expect(partial.n).toBe(0);
      expect(reopened.prepare('SELECT count(*) AS n FROM clients').get()).toEqual({ n: changes * 20 });
      reopened.close();
    }
  });
});
