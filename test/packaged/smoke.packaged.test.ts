import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL, type MethodName } from '../../shared/contract';
import { PRODUCT_NAME } from '../../electron/core/config/userDataDir';
import { DB_FILE_NAME } from '../../electron/core/config/resolveStartup';
import { expectedFuseWire, fuseDifferences, isPackagedArch, isPackagedPlatform, packagedApp, type PackagedApp } from './packagedApp';

/**
 * The packaged app, as electron-builder left it in release/ (`npm run dist` first), on a fresh
 * profile: demo data, an import, a move with a reason, undo, a printed plan, the fuses, a clean
 * quit. Runs in the release workflow on each OS (`npm run test:packaged`, xvfb-run on Linux);
 * `npm test` does not run it (no Electron binary on the CI machine).
 *
 * Playwright drives Electron through Node's inspector, which the shipped binary refuses (the
 * nodeCliInspect fuse is off). So the test reads the fuses of the shipped binary, then runs a
 * copy in which that one fuse is on again, and checks that nothing else differs.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'test/fixtures/spreadsheets/manager-wps.xlsx');
/** Screenshots the release workflow keeps (test-results/packaged-*.png). */
const SHOTS = join(ROOT, 'test-results');
const REASON = '实际处方量高于模型判断';
/** Environment that would point the app elsewhere than a fresh profile's default database. */
const OVERRIDES = ['ELECTRON_RUN_AS_NODE', 'TERRITORY_GRID_DB', 'TERRITORY_GRID_EMPTY'];

function locate(): PackagedApp {
  const platform = process.platform;
  const arch = process.env['TG_PACKAGED_ARCH'] ?? process.arch;
  if (!isPackagedPlatform(platform) || !isPackagedArch(arch)) throw new Error(`no packaged build for ${platform} ${arch}`);
  return packagedApp({ releaseDir: resolve(ROOT, process.env['TG_RELEASE_DIR'] ?? 'release'), platform, arch });
}

/** A contract call through the page's own bridge (the preload), unwrapped. */
async function call<T>(page: Page, method: MethodName, input: object = {}): Promise<T> {
  const result = await page.evaluate(
    async ([global, name, payload]) => {
      const bridge = (window as unknown as Record<string, { methods: Record<string, (input: unknown) => Promise<unknown>> }>)[global]!;
      return bridge.methods[name]!(payload);
    },
    [BRIDGE_GLOBAL, method, input] as const,
  );
  const typed = result as { ok: true; value: T } | { ok: false; error: { code: string } };
  if (!typed.ok) throw new Error(`${method} failed: ${typed.error.code}`);
  return typed.value;
}

async function cellCount(page: Page, code: string): Promise<number> {
  return Number(((await page.getByTestId(`cell-count-${code}`).textContent()) ?? '').replace(/[^\d]/g, ''));
}

async function openPage(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
}

describe('the packaged app', () => {
  const packaged = locate();
  const work = mkdtempSync(join(tmpdir(), 'tg-packaged-'));
  const profile = join(work, 'profile');
  const copyDir = join(work, 'app', packaged.appDir.split(/[\\/]/).at(-1)!);
  const pdfPath = join(work, 'plan.pdf');
  let app: ElectronApplication;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    expect(existsSync(join(packaged.appDir, packaged.executable)), `run npm run dist first: ${packaged.appDir}`).toBe(true);
    mkdirSync(profile, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    // verbatimSymlinks: the macOS frameworks' relative links must point into the copy.
    cpSync(packaged.appDir, copyDir, { recursive: true, verbatimSymlinks: true });
    await flipFuses(join(copyDir, packaged.fuseTarget), {
      version: FuseVersion.V1,
      [FuseV1Options.EnableNodeCliInspectArguments]: true,
      // The copy's binary changed: sign it ad hoc again, or macOS on Apple silicon kills it.
      resetAdHocDarwinSignature: process.platform === 'darwin',
    });
    app = await _electron.launch({
      executablePath: join(copyDir, packaged.executable),
      args: [`--user-data-dir=${profile}`],
      // The default data file in the fresh profile, with the demo region.
      env: Object.fromEntries(
        Object.entries(process.env).filter(([name, value]) => value !== undefined && !OVERRIDES.includes(name)),
      ) as Record<string, string>,
      timeout: 120_000,
    });
    page = await app.firstWindow({ timeout: 120_000 });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  });

  afterAll(async () => {
    if (app && app.process().exitCode === null) await app.close().catch(() => app.process().kill());
    rmSync(work, { recursive: true, force: true });
  });

  it('ships the fuses of the builder config; the test copy differs only in nodeCliInspect', async () => {
    const shipped = (await getCurrentFuseWire(join(packaged.appDir, packaged.fuseTarget))) as unknown as Record<string, unknown>;
    expect(shipped).toMatchObject(expectedFuseWire());
    const copy = (await getCurrentFuseWire(join(copyDir, packaged.fuseTarget))) as unknown as Record<string, unknown>;
    expect(fuseDifferences(shipped, copy)).toEqual([FuseV1Options.EnableNodeCliInspectArguments]);
  });

  it('starts on a fresh profile with the demo region, as a packaged app named Territory Grid', async () => {
    const facts = await app.evaluate(({ app: electronApp }) => ({
      userData: electronApp.getPath('userData'),
      name: electronApp.getName(),
      packaged: electronApp.isPackaged,
    }));
    expect(resolve(facts.userData)).toBe(resolve(profile));
    expect(facts).toMatchObject({ name: PRODUCT_NAME, packaged: true });
    await expect.poll(() => page.getByTestId('model-name').textContent(), { timeout: 60_000 }).toContain('九宫格');
    const info = await call<{ dbPath: string; demo: boolean }>(page, 'app.info');
    expect(info.demo).toBe(true);
    expect(resolve(info.dbPath)).toBe(resolve(profile, DB_FILE_NAME));

    await openPage(page, '九宫格');
    const stats = await call<{ cells: { code: string; count: number }[] }>(page, 'stats.summary');
    expect(stats.cells.reduce((sum, cell) => sum + cell.count, 0)).toBeGreaterThan(0);
    for (const cell of stats.cells) await expect.poll(() => cellCount(page, cell.code)).toBe(cell.count);
    await page.screenshot({ path: join(SHOTS, 'packaged-board.png') });
  });

  it('imports a manager’s spreadsheet through the wizard (parsed in the utility process)', async () => {
    const before = (await call<{ total: number }>(page, 'clients.page')).total;
    await openPage(page, '导入/导出');
    await page.getByTestId('import-file-input').setInputFiles(FIXTURE);
    await page.getByTestId('mapping-table').waitFor({ timeout: 60_000 });
    await page.getByTestId('mapping-next').click();
    await expect.poll(() => page.getByTestId('preview-counts').textContent(), { timeout: 60_000 }).toContain('将新增 6 位');
    await page.getByTestId('commit-import').click();
    await page.getByTestId('report-step').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report-added').textContent()).toBe('6');
    expect((await call<{ total: number }>(page, 'clients.page')).total).toBe(before + 6);
    await page.screenshot({ path: join(SHOTS, 'packaged-import-report.png') });
  });

  it('moves a card with a reason, and undo puts it back', async () => {
    await openPage(page, '九宫格');
    const card = page.locator('[data-cell="A1"] .board-card[data-client-id]').first();
    await card.waitFor();
    const id = await card.getAttribute('data-client-id');
    const a1 = await cellCount(page, 'A1');
    await card.getByRole('button', { name: /移动到/ }).click();
    await page.getByRole('menu').getByRole('menuitem', { name: /^A2/ }).click();
    const dialog = page.getByTestId('reason-dialog');
    await dialog.waitFor();
    await dialog.getByLabel(REASON).check();
    // In the manager's own words too, which a move of more calibration steps than the model allows needs.
    await dialog.getByRole('textbox').fill('疗养院主任，首月即开 900 支，处方量远高于模型判断');
    await dialog.getByRole('button', { name: '确认调整' }).click();
    const moved = page.locator(`[data-cell="A2"] [data-client-id="${id}"]`);
    await moved.waitFor();
    expect(await moved.getByTestId('override-badge').textContent()).toBe('调整 · 公式 A1');
    await expect.poll(() => cellCount(page, 'A1')).toBe(a1 - 1);
    expect(await call<{ undoCommand: string }>(page, 'history.state')).toMatchObject({ undoCommand: 'grades.override' });

    await page.getByTestId('undo-button').click();
    await page.locator(`[data-cell="A1"] [data-client-id="${id}"]`).waitFor();
    await expect.poll(() => cellCount(page, 'A1')).toBe(a1);
    expect(await call<{ canRedo: boolean }>(page, 'history.state')).toMatchObject({ canRedo: true });
  });

  it('prints one rep’s visit plan to a PDF from the hidden print window', async () => {
    // The Save-as dialog is the system's: answer it in the main process.
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, pdfPath);
    await openPage(page, '拜访计划');
    const pdfRep = page.getByTestId('pdf-rep');
    await pdfRep.waitFor({ timeout: 60_000 });
    await pdfRep.click();
    await expect.poll(() => existsSync(pdfPath), { timeout: 90_000 }).toBe(true);
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('quits cleanly: exit code 0, the database closed and intact, no error in the logs', async () => {
    const closed = app.process();
    await app.close();
    expect(closed.exitCode).toBe(0);
    const dbPath = join(profile, DB_FILE_NAME);
    // A database closed by the core leaves no write-ahead log behind.
    expect(!existsSync(`${dbPath}-wal`) || statSync(`${dbPath}-wal`).size === 0).toBe(true);
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    const logsDir = join(profile, 'logs');
    const errors = readdirSync(logsDir)
      .filter((name) => name.endsWith('.log'))
      .flatMap((name) => readFileSync(join(logsDir, name), 'utf8').split('\n'))
      .filter((line) => / ERROR /.test(line))
      // Child processes that end (a GPU process replaced under the virtual display, a parser the
      // pool stops) are logged as they go; they are the runner's and the pool's, not failures.
      .filter((line) => !/child process gone/.test(line));
    expect(errors).toEqual([]);
  });
});
