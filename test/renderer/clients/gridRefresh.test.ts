import { describe, expect, it } from 'vitest';
import { gridRefreshFor } from '../../../renderer/src/features/clients/gridRefresh';

const loaded = new Set([1, 2, 3, 4]);

describe('gridRefreshFor', () => {
  it('an edit fetches again only the loaded rows it names', () => {
    expect(gridRefreshFor({ scopes: ['clients', 'grades', 'history'], clientIds: [2, 99] }, loaded)).toEqual({ kind: 'rows', ids: [2] });
  });
  it('an edit of clients that are not loaded fetches no row', () => {
    expect(gridRefreshFor({ scopes: ['grades', 'history'], clientIds: [99] }, loaded)).toEqual({ kind: 'rows', ids: [] });
  });
  it('clients added or removed, or any client (no ids), reload every block', () => {
    expect(gridRefreshFor({ scopes: ['clients', 'grades', 'history'], clientIds: [2], clientSetChanged: true }, loaded)).toEqual({ kind: 'all' });
    expect(gridRefreshFor({ scopes: ['clients', 'grades'] }, loaded)).toEqual({ kind: 'all' });
  });
  it('a change of what every row shows (model, reps, hospitals) reloads every block', () => {
    expect(gridRefreshFor({ scopes: ['models', 'grades'], clientIds: [1] }, loaded)).toEqual({ kind: 'all' });
    expect(gridRefreshFor({ scopes: ['hospitals', 'clients'], clientIds: [1] }, loaded)).toEqual({ kind: 'all' });
  });
  it('settings, calendar, plans and snapshots do not touch rows', () => {
    expect(gridRefreshFor({ scopes: ['settings'] }, loaded)).toEqual({ kind: 'none' });
    expect(gridRefreshFor({ scopes: ['calendar', 'history'] }, loaded)).toEqual({ kind: 'none' });
    expect(gridRefreshFor({ scopes: ['plans', 'history'], clientIds: [1] }, loaded)).toEqual({ kind: 'none' });
  });
});
