import type { QueryHandlers } from '../router';
import type { CoreContext } from '../context';
import { clientRowsOf } from '../clients/clientCommands';
import { clientFacets, clientIdsOf, countClients, pageClients, type ClientCounts } from '../db/repos/clientsRepo';
import { zoneOfCell } from '../../../shared/grading';
import type { ClientRow } from '../../../shared/domain/schemas';

type ClientQueryNames = 'clients.list' | 'clients.page' | 'clients.facets' | 'clients.ids' | 'clients.rows';

/** The client grid's reads: paging and facets in SQL (its edits are in clients/clientCommands.ts). */
export function clientHandlers(ctx: CoreContext): Pick<QueryHandlers, ClientQueryNames> {
  const { db } = ctx;
  const withZones = (rows: Omit<ClientRow, 'zoneId'>[]): ClientRow[] => {
    const model = ctx.grading.model().definition;
    return rows.map((row) => ({ ...row, zoneId: row.cell ? (zoneOfCell(model, row.cell)?.id ?? null) : null }));
  };
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
    'clients.facets': ({ field, query, limit }) => clientFacets(db, ctx.grading.model().definition, field, query, limit),
    'clients.ids': ({ query }) => clientIdsOf(db, ctx.grading.model().definition, query),
    'clients.rows': ({ ids }) => clientRowsOf(ctx, ids),
  };
}
