import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientRow } from '../../shared/domain/schemas';
import { cspViolations, startApp, type RunningApp } from './harness/startApp';

const PICK = '实际处方量高于模型判断';
const SIGNER = '周建华';

const percent = (share: number) => new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(share);

async function openBoard(app: RunningApp) {
  const { page, problems } = await app.openPage();
  await page.getByTestId('model-name').waitFor();
  await page.getByRole('navigation').getByRole('link', { name: '九宫格', exact: true }).click();
  await page.getByTestId('calibration-strip').waitFor();
  for (const code of ['A3', 'A1', 'C3']) await page.locator(`[data-cell="${code}"] .board-card[data-client-id]`).first().waitFor();
  return { page, problems };
}

async function allRows(app: RunningApp): Promise<ClientRow[]> {
  const rows: ClientRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await app.api.call('clients.list', { offset, limit: 500 });
    rows.push(...page.rows);
    if (offset + 500 >= page.total) return rows;
  }
}

const rowOf = async (app: RunningApp, id: number) => (await app.api.call('clients.rows', { ids: [id] }))[0]!;

/** A mouse drag with real pointer events, in small steps as a hand would move. */
async function drag(page: Page, from: Locator, to: Locator) {
  const box = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 12, box.y + box.height / 2 + 6, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

const text = async (locator: Locator) => (await locator.textContent()) ?? '';

describe('calibration guard-rails on the board, in Chromium on the real core', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => app?.close());

  it('shows each target’s share against its bound, warns when one is breached, and flags big movers since the last snapshot', async () => {
    const { page, problems } = await openBoard(app);
    const strip = page.getByTestId('calibration-strip');
    const a1 = strip.getByTestId('calibration-target-cells:A1');
    const red = strip.getByTestId('calibration-target-zone:red');
    const board = await app.api.call('board.summary', {});
    const total = board.cells.reduce((sum, cell) => sum + cell.count, 0);
    const count = (code: string) => board.cells.find((cell) => cell.code === code)!.count;
    expect(await text(a1)).toContain(`A1 ${percent(count('A1') / total)}`);
    expect(await text(a1)).toContain('上限 10%');
    expect(await text(red)).toContain('红区');
    expect(await text(red)).toContain('上限 40%');
    // The big movers (here: no snapshot yet) are a read of their own, after the board's.
    await expect.poll(() => text(strip)).toContain('还没有快照');
    expect(await a1.getAttribute('data-breached')).toBeNull();

    // Last quarter's snapshot, then enough C3 clients lifted to A1 (two steps, with written reasons) to breach A1 ≤ 10%.
    const baseline = await app.api.call('snapshots.take', { period: '2026-Q2', label: '季度初' });
    const needed = Math.floor(total * 0.1) + 1 - count('A1');
    const lifted = (await allRows(app)).filter((row) => row.cell === 'C3').slice(0, needed).map((row) => row.id);
    expect(lifted).toHaveLength(needed);
    await app.api.call('grades.override', { clientIds: lifted, cell: 'A1', reason: `${PICK}：季度校准复核` });
    await expect.poll(() => a1.getAttribute('data-breached')).toBe('true');
    expect(await text(a1)).toContain('⚠');
    await page.getByTestId('cell-target-A1').waitFor();
    expect(await text(page.getByTestId('cell-target-A1'))).toContain('超出目标');
    const chip = strip.getByTestId('big-movers-chip');
    await expect.poll(() => text(chip)).toBe(`大幅变动 ${needed} 位`);

    await chip.click();
    const list = page.getByTestId('big-movers-dialog');
    await list.waitFor();
    expect(await text(list)).toContain('季度初');
    expect(await list.locator('tbody tr').count()).toBe(needed);
    expect(await text(list.locator(`tr[data-client-id="${lifted[0]}"]`))).toContain('C3 → A1');
    await page.screenshot({ path: 'test-results/calibration-movers.png' });
    await list.getByRole('button', { name: '关闭' }).click();
    await list.waitFor({ state: 'detached' });
    expect(baseline.period).toBe('2026-Q2');

    // The card of a big mover says so (found by the board's search: its cell holds many cards).
    const search = page.getByRole('searchbox', { name: '搜索' });
    await search.fill((await rowOf(app, lifted[0]!)).name);
    const badge = page.locator(`[data-cell="A1"] [data-client-id="${lifted[0]}"] [data-testid="big-mover-badge"]`);
    await badge.waitFor();
    expect(await text(badge)).toBe('升 2 格');
    expect(await badge.getAttribute('title')).toContain('C3 → A1');
    await search.fill('');
    await expect.poll(() => text(chip)).toBe(`大幅变动 ${needed} 位`);

    // A two-step drag asks for the manager's own words: a quick pick alone cannot confirm.
    const card = page.locator('[data-cell="A3"] .board-card[data-client-id]').first();
    const id = Number(await card.getAttribute('data-client-id'));
    await drag(page, card, page.locator('[data-cell="A1"] .board-card-list'));
    const dialog = page.getByTestId('reason-dialog');
    await dialog.waitFor();
    expect(await text(dialog.getByTestId('reason-written-needed'))).toContain('跨 2 格');
    const confirm = dialog.getByRole('button', { name: '确认调整' });
    await dialog.getByLabel(PICK).check();
    // Wait for the hint the pick brings, so that Confirm is checked after the pick, not before it.
    await expect.poll(() => text(dialog.getByTestId('reason-needed'))).toContain('写明具体理由');
    expect(await confirm.isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/calibration-reason.png' });
    await dialog.getByRole('textbox').fill('首月即开 900 支');
    await expect.poll(() => confirm.isDisabled()).toBe(false);
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rowOf(app, id)).toMatchObject({ cell: 'A1', overrideCell: 'A1', overrideReason: `${PICK}：首月即开 900 支` });
    await expect.poll(() => text(chip)).toBe(`大幅变动 ${needed + 1} 位`);
    await page.screenshot({ path: 'test-results/calibration-strip.png' });

    // A one-step drag still takes a quick pick alone, as before.
    const near = page.locator('[data-cell="A2"] .board-card[data-client-id]').first();
    const nearId = Number(await near.getAttribute('data-client-id'));
    await drag(page, near, page.locator('[data-cell="A1"] .board-card-list'));
    await dialog.waitFor();
    expect(await dialog.getByTestId('reason-written-needed').count()).toBe(0);
    await dialog.getByLabel(PICK).check();
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rowOf(app, nearId)).toMatchObject({ cell: 'A1', overrideReason: PICK });

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('signs off the period: a move is refused with the message until an unlock with a reason; undo takes a sign-off back', async () => {
    const { page, problems } = await openBoard(app);
    const strip = page.getByTestId('calibration-strip');
    const lock = strip.getByTestId('calibration-lock');
    expect(await text(lock)).toContain('本期尚未签核');

    await strip.getByRole('button', { name: '签核本期…' }).click();
    const signOff = page.getByTestId('sign-off-dialog');
    await signOff.waitFor();
    const sign = signOff.getByRole('button', { name: '签核并锁定' });
    expect(await sign.isDisabled()).toBe(true);
    const period = await signOff.getByLabel('期间').inputValue();
    await signOff.getByLabel('签核人').fill(SIGNER);
    await page.screenshot({ path: 'test-results/calibration-sign-off.png' });
    await sign.click();
    await signOff.waitFor({ state: 'detached' });
    await expect.poll(() => lock.getAttribute('data-locked')).toBe('true');
    expect(await text(lock)).toContain(`已签核 · ${SIGNER}`);
    const state = await app.api.call('calibration.state', {});
    expect(state).toMatchObject({ locked: true, signOff: { period, signedBy: SIGNER } });
    // The sign-off froze a snapshot: nobody has moved since.
    await expect.poll(() => text(strip.getByTestId('big-movers-chip'))).toBe('没有大幅变动');

    // Undo takes the sign-off back (and its snapshot); sign off again.
    await page.getByTestId('board-notice').getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => text(lock)).toContain('本期尚未签核');
    expect((await app.api.call('calibration.state', {})).signOff).toBeNull();
    await strip.getByRole('button', { name: '签核本期…' }).click();
    await signOff.waitFor();
    expect(await signOff.getByLabel('签核人').inputValue()).toBe('');
    await signOff.getByLabel('签核人').fill(SIGNER);
    await signOff.getByRole('button', { name: '签核并锁定' }).click();
    await signOff.waitFor({ state: 'detached' });
    await expect.poll(() => lock.getAttribute('data-locked')).toBe('true');
    await page.screenshot({ path: 'test-results/calibration-locked.png' });

    // Locked: a one-step drag is refused with the message, nothing asked, nothing saved.
    const card = page.locator('[data-cell="A3"] .board-card[data-client-id]').first();
    const id = Number(await card.getAttribute('data-client-id'));
    const before = await rowOf(app, id);
    await drag(page, card, page.locator('[data-cell="A2"] .board-card-list'));
    await expect.poll(() => text(page.getByTestId('board-notice'))).toContain(`已由 ${SIGNER} 于`);
    expect(await text(page.getByTestId('board-notice'))).toContain('签核锁定，不能调整');
    expect(await page.getByTestId('reason-dialog').count()).toBe(0);
    expect(await rowOf(app, id)).toEqual(before);
    // The core refuses it too, whatever the page knows.
    await expect(app.api.call('grades.override', { clientIds: [id], cell: 'A2', reason: PICK })).rejects.toMatchObject({ error: { code: 'periods.locked' } });

    // Unlock, with a reason; it is kept and shown; the move works again.
    await lock.getByRole('button', { name: '解锁…' }).click();
    const unlock = page.getByTestId('unlock-dialog');
    await unlock.waitFor();
    const confirmUnlock = unlock.getByRole('button', { name: '解锁' });
    expect(await confirmUnlock.isDisabled()).toBe(true);
    await unlock.getByLabel('解锁原因（必填）').fill('总部要求复核 B 类客户');
    await confirmUnlock.click();
    await unlock.waitFor({ state: 'detached' });
    await expect.poll(() => text(lock)).toContain('解锁：总部要求复核 B 类客户');
    expect(await lock.getAttribute('data-locked')).toBeNull();
    expect(await app.api.call('history.state', {})).toMatchObject({ undoCommand: 'periods.unlock' });

    await drag(page, page.locator(`[data-cell="A3"] [data-client-id="${id}"]`), page.locator('[data-cell="A2"] .board-card-list'));
    const dialog = page.getByTestId('reason-dialog');
    await dialog.waitFor();
    await dialog.getByLabel(PICK).check();
    await dialog.getByRole('button', { name: '确认调整' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rowOf(app, id)).toMatchObject({ cell: 'A2', overrideCell: 'A2' });

    // The strip speaks English too, in the model's words.
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => text(strip)).toContain('Calibration');
    expect(await text(strip.getByTestId('calibration-target-zone:red'))).toContain('Red zone');
    expect(await text(lock)).toContain('unlocked on');
    expect(await lock.locator('.calibration-unlocked').getAttribute('title')).toContain(`signed off by ${SIGNER}`);
    await page.screenshot({ path: 'test-results/calibration-en.png' });
    await app.api.call('settings.update', { locale: 'zh-CN' });

    expect(problems).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
