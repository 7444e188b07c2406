import type { PlanReport } from '../../../shared/contract/planningMethods';
import { buildIcs, type IcsEvent } from '../../../shared/planning/ics';
import { planWords, safeFilePart, zoneNames, zonePrescriptions } from './exportText';

/**
 * One rep's plan as an .ics file: an all-day event per day and hospital, listing the clients;
 * a client under a cadence also gets its zone's words (每天跟进, 第1、2、4…天跟进 …).
 */
export function planIcs(report: PlanReport, nowIso: string): { fileName: string; mime: string; base64: string } {
  const rep = report.reps[0]!;
  const zones = zoneNames(report);
  const words = planWords(report);
  const prescriptions = zonePrescriptions(report);
  const withCadence = new Set(report.zones.filter((zone) => zone.cadence).map((zone) => zone.id));
  const byId = new Map(rep.clients.map((c) => [c.id, c]));
  const events: IcsEvent[] = [];
  for (const month of rep.months) {
    for (const day of month.days) {
      const groups = new Map<string, { hospital: string; lines: string[]; zones: Set<string> }>();
      for (const visit of day.visits) {
        const client = byId.get(visit.clientId);
        if (!client) continue;
        const key = client.hospitalId === null ? `c${client.id}` : `h${client.hospitalId}`;
        const group = groups.get(key) ?? { hospital: client.hospitalName ?? '—', lines: [], zones: new Set<string>() };
        const zone = client.zoneId ? (zones.get(client.zoneId) ?? client.zoneId) : '';
        const prescribed = client.zoneId && withCadence.has(client.zoneId) ? prescriptions.get(client.zoneId) : undefined;
        group.lines.push([client.department, client.name, client.title, client.cell, zone, prescribed].filter(Boolean).join(' · '));
        if (zone) group.zones.add(zone);
        groups.set(key, group);
      }
      for (const [key, group] of groups) {
        events.push({
          uid: `tg-${rep.repId}-${day.date}-${key}@territory-grid.local`,
          date: day.date,
          summary: `${words.noun} ${group.hospital}（${group.lines.length}）`,
          description: group.lines.join('\n'),
          categories: [...group.zones],
        });
      }
    }
  }
  const text = buildIcs({ name: `${words.plan} · ${rep.repName} · ${report.period}`, events }, nowIso);
  return {
    fileName: `${words.plan}-${safeFilePart(rep.repName)}-${report.period}.ics`,
    mime: 'text/calendar',
    base64: Buffer.from(text, 'utf8').toString('base64'),
  };
}
