import { describe, expect, it } from 'vitest';
import { DATA_SCOPES, METHOD_NAMES, methods } from '../../shared/contract';
import { apiQueryKey, methodsForScopes } from '../../renderer/src/api/queryKeys';

describe('query keys', () => {
  it('are per method and input', () => {
    expect(apiQueryKey('clients.list', { offset: 0 })).toEqual(['api', 'clients.list', { offset: 0 }]);
    expect(apiQueryKey('app.info', undefined)).toEqual(['api', 'app.info', {}]);
  });
});

describe('methodsForScopes', () => {
  it('a settings change refreshes the reads of settings, not the client pages', () => {
    const stale = methodsForScopes(['settings']);
    expect(stale).toContain('settings.get');
    expect(stale).not.toContain('clients.page');
    expect(stale).not.toContain('board.summary');
  });
  it('an edit of clients refreshes pages, counts and the board, not the calendar or the model list', () => {
    const stale = methodsForScopes(['clients', 'grades', 'history']);
    expect(stale).toEqual(expect.arrayContaining(['clients.page', 'clients.facets', 'board.summary', 'stats.summary', 'history.state', 'planning.load']));
    expect(stale).not.toContain('planning.calendar');
    expect(stale).not.toContain('models.list');
    expect(stale).not.toContain('settings.get');
  });
  it('never lists a command, and every query reads at least one scope', () => {
    for (const scope of DATA_SCOPES) for (const name of methodsForScopes([scope])) expect(methods[name].mutates).toBe(false);
    for (const name of METHOD_NAMES) if (!methods[name].mutates) expect(methods[name].reads.length).toBeGreaterThan(0);
  });
});
