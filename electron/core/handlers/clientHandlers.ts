import { AppFailure } from '../../../shared/contract';
import { zoneOfCell } from '../../../shared/grading';
import type { ClientRow } from '../../../shared/domain/schemas';
import type { Handlers } from '../router';
import type { CoreContext } from '../context';
import { historyState, redoNext, undoLast } from '../changeLog/undo';
import { createClient, deleteClients, updateClients } from '../clients/clientCommands';
import { CLIENT_FROM, clientQuerySql, fieldSql } from '../clients/clientQuerySql';
import { clientRowsById, countClients, pageClients, type ClientCounts } from '../db/repos/clientsRepo';

type ClientHandlers = Pick<
  Handlers,
  | 'clients.list'
  | 'clients.page'
  | 'clients.facets'
  | 'clients.ids'
  | 'clients.rows'
  | 'clients.update'
  | 'clients.bulkUpdate'
  | 'clients.create'
  | 'clients.delete'
  | 'history.state'
  | 'history.undo'
  | 'history.redo'
>;

/** The client grid's calls: paging and facets in SQL, edits as commands, undo and redo. */
export function clientHandlers(ctx: CoreContext): ClientHandlers {
  const { db } = ctx;
  const withZones = (rows: Omit<ClientRow, 'zoneId'>[]): ClientRow[] => {
    const model = ctx.grading.model().definition;
    return rows.map((row) => ({ ...row, zoneId: row.cell ? (zoneOfCell(model, row.cell)?.id ?? null) : null }));
  };
  const rowsOf = (ids: readonly number[]) => {
    const { definition, version } = ctx.grading.model();
    return withZones(clientRowsById(db, { id: definition.id, version }, ids));
  };
  const changed = () => ctx.bus.emit('data:changed', { scopes: ['clients', 'grades'] });
  // The grid asks for block after block of the same query; counting 100k rows each time is
  // the slow part, so the counts of the last few queries are kept until the data changes.
  const counted = new Map<string, ClientCounts>();
  const countsFor = (query: Parameters<typeof countClients>[2]) => {
    const { definition } = ctx.grading.model();
    const key = `${ctx.bus.dataVersion()}|${definition.id}|${JSON.stringify(query)}`;
    let counts = counted.get(key);
    if (!counts) {
      counts = countClients(db, definition, query);
      if (counted.size >= 8) counted.delete(counted.keys().next().value!);
      counted.set(key, counts);
    }
    return counts;
  };

  return {
    'clients.list': (query) => {
      const { definition, version } = ctx.grading.model();
      const page = pageClients(db, definition, version, { search: query.search, repIds: query.repId === undefined ? undefined : [query.repId] }, query.offset, query.limit);
      return { total: page.total, rows: withZones(page.rows) };
    },
    'clients.page': ({ query, offset, limit }) => {
      const { definition, version } = ctx.grading.model();
      const page = pageClients(db, definition, version, query, offset, limit, countsFor(query));
      return { total: page.total, zoneCounts: page.zoneCounts, rows: withZones(page.rows) };
    },
    'clients.facets': ({ field, query, limit }) => {
      const model = ctx.grading.model().definition;
      const sql = clientQuerySql(model, query);
      const column = fieldSql(model)(field, sql.params);
      return db
        .prepare(`SELECT ${column.value} AS value, count(*) AS count ${CLIENT_FROM} ${sql.where} GROUP BY 1 ORDER BY ${column.sort === column.value ? '1' : `min(${column.sort})`} LIMIT @facetLimit`)
        .all({ ...sql.params, facetLimit: limit }) as { value: string | number | null; count: number }[];
    },
    'clients.ids': ({ query }) => {
      const sql = clientQuerySql(ctx.grading.model().definition, query);
      return db.prepare(`SELECT c.id ${CLIENT_FROM} ${sql.where} ${sql.orderBy}`).pluck().all(sql.params) as number[];
    },
    'clients.rows': ({ ids }) => rowsOf(ids),
    'clients.update': ({ id, changes }) => {
      updateClients(ctx, [id], changes, 'clients.update');
      changed();
      const [row] = rowsOf([id]);
      if (!row) throw new AppFailure('clients.notFound', { count: 1 });
      return row;
    },
    'clients.bulkUpdate': ({ ids, changes }) => {
      const result = updateClients(ctx, ids, changes, 'clients.bulkUpdate');
      changed();
      return { changeId: result.changeId, count: result.clientIds.length };
    },
    'clients.create': ({ client }) => {
      const result = createClient(ctx, client);
      changed();
      return rowsOf(result.clientIds)[0]!;
    },
    'clients.delete': ({ ids }) => {
      const result = deleteClients(ctx, ids);
      changed();
      return { changeId: result.changeId, count: result.clientIds.length };
    },
    'history.state': () => historyState(db),
    'history.undo': () => ({ ...undoLast(ctx), state: historyState(db) }),
    'history.redo': () => ({ ...redoNext(ctx), state: historyState(db) }),
  };
}
