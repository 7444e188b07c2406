import { describe, expect, it } from 'vitest';
import type { EventName, MethodName, Result } from '../../../../shared/contract';
import type { UpdateSettings } from '../../../../shared/domain/updateSettings';
import { createUpdateService, type UpdaterLike } from '../../../../electron/main/updates/updateService';
import type { GenericFeed, UpdaterReport } from '../../../../electron/main/updates/updatePolicy';
import { createLogger } from '../../../../electron/core/log/logger';

const URL = 'https://updates.example.cn/territory-grid';
const AT = '2026-12-01T08:00:00.000Z';

/** electron-updater stand-in: records what the service asks of it; `report` plays the feed's answer. */
function fakeUpdater(answer: UpdaterReport | null = { kind: 'notAvailable' }) {
  let listener: ((report: UpdaterReport) => void) | null = null;
  const fake = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    feeds: [] as GenericFeed[],
    checks: 0,
    setFeedURL(feed: GenericFeed) {
      fake.feeds.push(feed);
    },
    async checkForUpdates() {
      fake.checks += 1;
      if (answer) listener?.(answer);
      if (answer?.kind === 'error') throw answer.error;
      return null;
    },
    onReport(next: (report: UpdaterReport) => void) {
      listener = next;
    },
  };
  return fake satisfies UpdaterLike;
}

/** The core's side: settings in memory, events pushed by the test. */
function fakeCore(updates?: UpdateSettings) {
  let settings: Record<string, unknown> = { locale: 'zh-CN', ...(updates ? { updates } : {}) };
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const calls: { method: MethodName; input: unknown }[] = [];
  return {
    calls,
    settings: () => settings,
    async invoke(method: MethodName, input: unknown): Promise<Result<unknown>> {
      calls.push({ method, input });
      if (method === 'settings.get') return { ok: true, value: settings };
      if (method === 'settings.update') {
        settings = { ...settings, ...(input as object) };
        return { ok: true, value: settings };
      }
      return { ok: false, error: { code: 'internal' } };
    },
    onEvent(listener: (event: EventName, payload: unknown) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(event: EventName, payload: unknown) {
      for (const listener of listeners) listener(event, payload);
    },
    setUpdates(next: UpdateSettings) {
      settings = { ...settings, updates: next };
      this.emit('data:changed', { scopes: ['settings'] });
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function service(core: ReturnType<typeof fakeCore>, updater: ReturnType<typeof fakeUpdater>, isPackaged = true) {
  const lines: string[] = [];
  const log = Object.assign(createLogger((line) => lines.push(line)), { lines });
  const loads = { count: 0 };
  const loadUpdater = async () => {
    loads.count += 1;
    return updater;
  };
  const created = createUpdateService({ loadUpdater, invoke: core.invoke, onEvent: core.onEvent, log, isPackaged, now: () => AT });
  return { created, log, loads };
}

describe('the update service', () => {
  it('does nothing on a database with no update settings: off by default, no updater, no feed, no check', async () => {
    const core = fakeCore();
    const updater = fakeUpdater();
    const { created, loads } = service(core, updater);
    await created.start();
    core.emit('activity:changed', { importing: true });
    expect(loads.count).toBe(0);
    expect(updater.feeds).toEqual([]);
    expect(updater.checks).toBe(0);
    expect(core.calls.map((call) => call.method)).toEqual(['settings.get']);
  });

  it('checks on start with the generic feed from the setting, downloads in the background and records the answer', async () => {
    const core = fakeCore({ enabled: true, url: URL });
    const updater = fakeUpdater({ kind: 'downloaded', version: '0.2.0' });
    const { created, log } = service(core, updater);
    await created.start();
    await tick();
    expect(updater.feeds).toEqual([{ provider: 'generic', url: URL }]);
    expect(updater.checks).toBe(1);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(core.settings()['updateCheck']).toEqual({ at: AT, outcome: 'downloaded', version: '0.2.0' });
    // The log says what happened, never where from.
    expect(log.lines.join('\n')).not.toContain('updates.example.cn');
  });

  it('turns install-on-quit off while an import runs and back on after it', async () => {
    const core = fakeCore({ enabled: true, url: URL });
    const updater = fakeUpdater();
    const { created, loads } = service(core, updater);
    await created.start();
    expect(loads.count).toBe(1);
    core.emit('activity:changed', { importing: true });
    expect(updater.autoInstallOnAppQuit).toBe(false);
    core.emit('activity:changed', { importing: false });
    expect(updater.autoInstallOnAppQuit).toBe(true);
    core.emit('activity:changed', { importing: true });
    core.emit('core:restarted', { restarts: 1 });
    expect(updater.autoInstallOnAppQuit).toBe(true);
    // Turning updates off also stops an install that was waiting for the quit.
    core.setUpdates({ enabled: false, url: URL });
    await tick();
    await tick();
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('checks when the user turns updates on or changes the address, not when it records a result', async () => {
    const core = fakeCore();
    const updater = fakeUpdater();
    await service(core, updater).created.start();
    core.setUpdates({ enabled: true, url: URL });
    await tick();
    await tick();
    expect(updater.checks).toBe(1);
    expect(core.settings()['updateCheck']).toEqual({ at: AT, outcome: 'upToDate' });
    // Recording the result changed the settings too: no second check for that.
    core.emit('data:changed', { scopes: ['settings'] });
    await tick();
    await tick();
    expect(updater.checks).toBe(1);
    core.setUpdates({ enabled: true, url: `${URL}/beta` });
    await tick();
    await tick();
    expect(updater.checks).toBe(2);
    expect(updater.feeds.at(-1)).toEqual({ provider: 'generic', url: `${URL}/beta` });
  });

  it('waits for an import to end before it checks', async () => {
    const core = fakeCore();
    const updater = fakeUpdater();
    await service(core, updater).created.start();
    core.emit('activity:changed', { importing: true });
    core.setUpdates({ enabled: true, url: URL });
    await tick();
    await tick();
    expect(updater.checks).toBe(0);
    core.emit('activity:changed', { importing: false });
    await tick();
    expect(updater.checks).toBe(1);
  });

  it('records a failed check with its code only', async () => {
    const core = fakeCore({ enabled: true, url: URL });
    const error = Object.assign(new Error(`Cannot find latest.yml in ${URL}, C:\\Users\\张伟\\AppData`), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' });
    const updater = fakeUpdater({ kind: 'error', error });
    const { created, log } = service(core, updater);
    await created.start();
    await tick();
    expect(core.settings()['updateCheck']).toEqual({ at: AT, outcome: 'failed', error: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' });
    const logged = log.lines.join('\n');
    expect(logged).toContain('ERR_UPDATER_CHANNEL_FILE_NOT_FOUND');
    expect(logged).not.toContain('张伟');
    expect(logged).not.toContain('updates.example.cn');
  });

  it('never checks from a dev build', async () => {
    const core = fakeCore({ enabled: true, url: URL });
    const updater = fakeUpdater();
    await service(core, updater, false).created.start();
    expect(updater.checks).toBe(0);
  });
});
