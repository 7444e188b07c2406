import type { DemoClient, DemoRegion } from '../../../shared/demo/demoRegion';
import { gradeAll, type GradeResult, type ModelDefinition } from '../../../shared/grading';
import { DEFAULT_DICTIONARIES } from '../../../shared/models';
import { buildCalendar, BUILTIN_CHINA_CALENDAR, monthLoads, type PlanClient, type RepMonthLoad } from '../../../shared/planning';

/** A demo client's grading inputs as the core reads them from its row (clientsRepo.readGradingInputs). */
export function gradingAttributes(region: DemoRegion, client: DemoClient): Record<string, string | number | null> {
  const hospital = region.hospitals.find((h) => h.name === client.hospital);
  return {
    ...client.attributes,
    hospitalClass: hospital?.hospitalClass ?? null,
    hospitalRevenueWan: hospital?.revenueWan ?? null,
    hospitalBeds: hospital?.beds ?? null,
    title: client.title,
    bedsManaged: client.bedsManaged,
    volumeOurs: client.volumeOurs,
    volumeCompetitor: client.volumeCompetitor,
    behaviour: client.behaviour,
  };
}

export function gradeRegion(region: DemoRegion, model: ModelDefinition): GradeResult[] {
  return gradeAll(model, DEFAULT_DICTIONARIES, region.clients.map((client) => gradingAttributes(region, client)));
}

/** Every rep's month under the model with the built-in China calendar, clients numbered in list order. */
export function regionMonthLoads(region: DemoRegion, model: ModelDefinition, month: string): RepMonthLoad[] {
  const grades = gradeRegion(region, model);
  const repIds = new Map(region.reps.map((rep, i) => [rep.name, i + 1]));
  const hospitalIds = new Map(region.hospitals.map((h, i) => [h.name, i + 1]));
  const clients: PlanClient[] = region.clients.map((client, i) => {
    const grade = grades[i]!;
    return {
      id: i + 1,
      repId: repIds.get(client.rep) ?? null,
      hospitalId: client.hospital === null ? null : (hospitalIds.get(client.hospital) ?? null),
      cell: grade.ok ? grade.cell : null,
      volume: client.volumeOurs,
    };
  });
  return monthLoads({
    model,
    month,
    calendar: buildCalendar(BUILTIN_CHINA_CALENDAR),
    reps: region.reps.map((rep, i) => ({ id: i + 1, name: rep.name, visitsPerDay: rep.visitsPerDay, workingDaysOverride: null, daysOff: [] })),
    clients,
  });
}
