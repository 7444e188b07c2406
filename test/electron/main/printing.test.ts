import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { pdfOptions, systemPrintOptions, printWindowUrl, printWindowOptions, footerTemplate, mmToInches } = await import('../../../electron/main/printing/printOptions');
const { checkPrintJob, checkReportPrintJob, pdfFileName } = await import('../../../electron/main/printing/printJob');
const { createPrintPlan, waitForPrintReady } = await import('../../../electron/main/printing/printPlan');
const { createPrintReport } = await import('../../../electron/main/printing/printReport');
const { printRouteHash } = await import('../../../shared/planning/printRoute');
const { createHostHandlers } = await import('../../../electron/main/secureHandle');
const { HOST_CHANNELS } = await import('../../../shared/contract');
const { memoryLogger } = await import('../../harness/openTestCore');

type FakeWindow = Parameters<Parameters<typeof createPrintPlan>[0]['createWindow']> extends [] ? ReturnType<Parameters<typeof createPrintPlan>[0]['createWindow']> : never;

function fakeWindow(states: unknown[], options: { printSuccess?: boolean; failure?: string } = {}) {
  let destroyed = false;
  const calls: string[] = [];
  const window: FakeWindow = {
    loadURL: vi.fn(async (url: string) => {
      calls.push(`load ${url}`);
    }),
    destroy: () => {
      destroyed = true;
    },
    isDestroyed: () => destroyed,
    webContents: {
      executeJavaScript: vi.fn(async () => (states.length > 1 ? states.shift() : states[0])),
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.4')),
      print: vi.fn((_options, callback: (success: boolean, reason: string) => void) => callback(options.printSuccess ?? true, options.failure ?? '')),
    },
  };
  return { window, calls, destroyed: () => destroyed };
}

describe('print options', () => {
  it('sets A4, backgrounds, an outline and page numbers explicitly (Electron defaults to Letter)', () => {
    const options = pdfOptions();
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, generateDocumentOutline: true, displayHeaderFooter: true, landscape: false });
    expect(options.footerTemplate).toContain('pageNumber');
    expect(options.footerTemplate).toContain('totalPages');
    expect(options.headerTemplate).toBe('<span></span>');
    expect(options.margins?.top).toBe(mmToInches(12));
    expect(systemPrintOptions()).toMatchObject({ silent: false, printBackground: true, pageSize: 'A4' });
    expect(footerTemplate()).toContain('Noto Sans CJK SC');
  });

  it('builds the print window URL from the renderer entry and a hidden, sandboxed window', () => {
    expect(printWindowUrl('app://bundle/index.html', printRouteHash({ period: '2026-12', repIds: [3] }))).toBe('app://bundle/index.html#/print/plan?period=2026-12&reps=3');
    expect(printWindowUrl('http://localhost:5173/#/plans', printRouteHash({ period: '2026-Q4', repIds: 'all' }))).toBe('http://localhost:5173/#/print/plan?period=2026-Q4&reps=all');
    const options = printWindowOptions('/app/preload/index.cjs', true);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/app/preload/index.cjs', devTools: false });
  });

  it('checks the page’s request and names the file safely', () => {
    expect(checkPrintJob({ period: '2026-12', repIds: [1], action: 'pdf', fileName: '拜访计划-王磊-2026-12' })).toEqual({
      period: '2026-12',
      repIds: [1],
      action: 'pdf',
      fileName: '拜访计划-王磊-2026-12.pdf',
    });
    expect(checkPrintJob({ period: '2026-12', repIds: [1], action: 'open', fileName: 'x' })).toBeNull();
    expect(checkPrintJob({ period: '../..', repIds: 'all', action: 'pdf', fileName: 'x' })).toBeNull();
    expect(pdfFileName('../../etc/passwd\u0000')).toBe('.._.._etc_passwd_.pdf');
    expect(pdfFileName(undefined)).toBe('拜访计划.pdf');
  });

  it('checks a report request: a quarter, two points in time, the scope, what to do', () => {
    expect(checkReportPrintJob({ period: '2026-Q4', fromId: 3, toId: null, repId: 2, region: '华东', action: 'pdf', fileName: '季度客户分级报告-2026-Q4' })).toEqual({
      period: '2026-Q4',
      fromId: 3,
      toId: null,
      repId: 2,
      region: '华东',
      action: 'pdf',
      fileName: '季度客户分级报告-2026-Q4.pdf',
    });
    expect(checkReportPrintJob({ period: '2026-Q4', fromId: 3, toId: 4, action: 'print', fileName: '' })).toEqual({
      period: '2026-Q4',
      fromId: 3,
      toId: 4,
      action: 'print',
      fileName: '季度客户分级报告.pdf',
    });
    for (const bad of [
      { period: '2026-Q4', fromId: 3, toId: null, action: 'open', fileName: 'x' },
      { period: '2026-12', fromId: 3, toId: null, action: 'pdf', fileName: 'x' },
      { period: '2026-Q4', fromId: 3, toId: 3, action: 'pdf', fileName: 'x' },
      { period: '2026-Q4', fromId: -1, toId: null, action: 'pdf', fileName: 'x' },
      { period: '2026-Q4', fromId: 3, toId: null, region: 'a\nb', action: 'pdf', fileName: 'x' },
      // A plan request is not a report request.
      { period: '2026-12', repIds: 'all', action: 'pdf', fileName: 'x' },
      null,
    ]) {
      expect(checkReportPrintJob(bad)).toBeNull();
    }
  });
});

describe('printing from a hidden window', () => {
  const sleep = async () => {};

  it('waits for the ready signal, prints A4 to PDF, saves through the dialog, and closes the window', async () => {
    const fake = fakeWindow([null, null, 'true']);
    const saveFile = vi.fn(async () => ({ saved: true }));
    const print = createPrintPlan({ createWindow: () => fake.window, entryUrl: 'app://bundle/index.html', saveFile, log: memoryLogger(), sleep });
    await expect(print({ period: '2026-12', repIds: 'all', action: 'pdf', fileName: 'a.pdf' })).resolves.toEqual({ done: true });
    expect(fake.calls).toEqual(['load app://bundle/index.html#/print/plan?period=2026-12&reps=all']);
    expect(fake.window.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(fake.window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', printBackground: true }));
    expect(saveFile).toHaveBeenCalledWith('a.pdf', Buffer.from('%PDF-1.4'));
    expect(fake.destroyed()).toBe(true);
  });

  it('opens the system print dialog; a cancelled dialog is not done', async () => {
    const fake = fakeWindow(['true'], { printSuccess: false, failure: 'cancelled' });
    const print = createPrintPlan({ createWindow: () => fake.window, entryUrl: 'app://bundle/index.html', saveFile: vi.fn(), log: memoryLogger(), sleep });
    await expect(print({ period: '2026-12', repIds: [1], action: 'print', fileName: 'a.pdf' })).resolves.toEqual({ done: false });
    expect(fake.window.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', silent: false }), expect.any(Function));
    expect(fake.destroyed()).toBe(true);
  });

  it('gives up on an error signal or a timeout, and still closes the window', async () => {
    const failing = fakeWindow(['error']);
    const print = createPrintPlan({ createWindow: () => failing.window, entryUrl: 'app://bundle/index.html', saveFile: vi.fn(), log: memoryLogger(), sleep });
    await expect(print({ period: '2026-12', repIds: [1], action: 'pdf', fileName: 'a.pdf' })).rejects.toThrow(/could not load/);
    expect(failing.destroyed()).toBe(true);
    const never = fakeWindow([null]);
    await expect(waitForPrintReady(never.window, { timeoutMs: 20, pollMs: 5, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) })).rejects.toThrow(/in time/);
  });

  it('the host channel checks the sender and the request before printing', async () => {
    const printPlan = vi.fn(async () => ({ done: true }));
    const handlers = createHostHandlers({ invoke: vi.fn(), log: memoryLogger(), printPlan });
    const handler = handlers[HOST_CHANNELS.printPlan]!;
    const trusted = { senderFrame: { url: 'app://bundle/index.html', parent: null } } as never;
    const untrusted = { senderFrame: { url: 'https://evil.example/', parent: null } } as never;
    await expect(handler(untrusted, { period: '2026-12', repIds: 'all', action: 'pdf', fileName: 'x' })).rejects.toThrow(/sender/);
    await expect(handler(trusted, { period: '2026-12', repIds: 'all', action: 'format-disk', fileName: 'x' })).rejects.toThrow(/refused/);
    await expect(handler(trusted, { period: '2026-12', repIds: 'all', action: 'pdf', fileName: 'x' })).resolves.toEqual({ done: true });
    expect(printPlan).toHaveBeenCalledWith({ period: '2026-12', repIds: 'all', action: 'pdf', fileName: 'x.pdf' });
  });

  it('prints the quarterly report route the same way, through its own checked channel', async () => {
    const fake = fakeWindow([null, 'true']);
    const saveFile = vi.fn(async () => ({ saved: true }));
    const print = createPrintReport({ createWindow: () => fake.window, entryUrl: 'app://bundle/index.html', saveFile, log: memoryLogger(), sleep });
    await expect(print({ period: '2026-Q4', fromId: 3, toId: null, region: '华东', action: 'pdf', fileName: 'r.pdf' })).resolves.toEqual({ done: true });
    expect(fake.calls).toEqual(['load app://bundle/index.html#/print/report?period=2026-Q4&from=3&to=now&region=%E5%8D%8E%E4%B8%9C']);
    expect(fake.window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', displayHeaderFooter: true }));
    expect(saveFile).toHaveBeenCalledWith('r.pdf', Buffer.from('%PDF-1.4'));
    expect(fake.destroyed()).toBe(true);

    const printReport = vi.fn(async () => ({ done: true }));
    const printPlan = vi.fn(async () => ({ done: true }));
    const handlers = createHostHandlers({ invoke: vi.fn(), log: memoryLogger(), printPlan, printReport });
    const handler = handlers[HOST_CHANNELS.printReport]!;
    const trusted = { senderFrame: { url: 'app://bundle/index.html', parent: null } } as never;
    const untrusted = { senderFrame: { url: 'https://evil.example/', parent: null } } as never;
    const request = { period: '2026-Q4', fromId: 3, toId: 4, repId: 2, action: 'print', fileName: 'x' };
    await expect(handler(untrusted, request)).rejects.toThrow(/sender/);
    await expect(handler(trusted, { ...request, toId: 'anything' })).rejects.toThrow(/refused/);
    await expect(handler(trusted, { period: '2026-12', repIds: 'all', action: 'pdf', fileName: 'x' })).rejects.toThrow(/refused/);
    await expect(handler(trusted, request)).resolves.toEqual({ done: true });
    expect(printReport).toHaveBeenCalledWith({ ...request, fileName: 'x.pdf' });
    expect(printPlan).not.toHaveBeenCalled();
    await expect(createHostHandlers({ invoke: vi.fn(), log: memoryLogger() })[HOST_CHANNELS.printReport]!(trusted, request)).rejects.toThrow(/no printing/);
  });
});
