/**
 * The month scheduler: pure and deterministic (same input → same plan).
 *
 * Each client's n visits are spread over the D working days by cutting the month into n
 * consecutive windows of equal length (window k = days ⌈kD/n⌉ … ⌈(k+1)D/n⌉−1) and placing one
 * visit in each window, so after any number of days a client has had its share of visits
 * within one ("within one of the even spacing"); 8 visits over 22 days is about twice a week.
 *
 * Within a window the visit goes to the hospital's day: every hospital gets an offset (a
 * low-discrepancy sequence over the hospitals, so hospitals spread over the week), and the
 * clients of a hospital prefer the days its busiest client uses, so colleagues of one hospital
 * are seen on the same trip. No day gets more visits than its capacity: when a window is full,
 * visits already placed are shifted inside their own windows to make room (augmenting paths,
 * which finds a placement whenever one exists); only if none exists is a visit put on the
 * nearest day outside its window, or other visits are shifted outside theirs to make room
 * (those clients are reported as displaced). A visit is left unscheduled (and reported) only
 * when no chain of such moves frees a day its client is not already seen on.
 *
 * Date-fixed contacts (a cadence's dates, see cadenceContacts): each is a window of one day, the
 * first working day of the plan on or after its date that the client is not already seen on, so
 * a contact on a rep's day off moves to the next day they work; a date after the month's last
 * working day is reported unscheduled. Their days also anchor their hospital, so colleagues'
 * frequency visits gather on them.
 *
 * Manual changes: a move takes the window of the visit it moved and pins the visit to its new
 * day; a drop empties the window its date is in; an add pins an extra visit. Pins are placed
 * first; a pin on a day that is full, or not a working day, is ignored and reported.
 */

export interface ScheduleClient {
  clientId: number;
  hospitalId: number | null;
  /** Visits this month after cuts (with `dates`: ignored, one visit per date). */
  visits: number;
  /** 0 = most important zone; lower goes first. */
  priority: number;
  /** Date-fixed contacts: the dates the cadence prescribes, in order (calendar dates, maybe not the rep's working days). */
  dates?: readonly string[];
}

export type PlanEditKind = 'add' | 'drop' | 'move';

export interface PlanEdit {
  id?: number;
  kind: PlanEditKind;
  clientId: number;
  /** The visit's day (for a move: the day it was moved from). */
  date: string;
  /** For a move: the new day. */
  toDate?: string | null;
}

export interface ScheduleInput {
  /** Working days in order. */
  days: readonly string[];
  /** Visits each day can take, same length as days. */
  capacities: readonly number[];
  clients: readonly ScheduleClient[];
  edits?: readonly PlanEdit[];
}

export type VisitSource = 'plan' | 'added' | 'moved';

export interface ScheduledVisit {
  clientId: number;
  date: string;
  source: VisitSource;
}

export interface ScheduleResult {
  /** Sorted by date, then hospital, then client. */
  visits: ScheduledVisit[];
  /** Visits per day, same order as the input days. */
  perDay: number[];
  /** Visits that fit nowhere (no day with room left). */
  unscheduled: { clientId: number; visits: number }[];
  /** Clients with a visit outside its even-spacing window (placed on the nearest free day). */
  displaced: number[];
  /** Edits that could not be applied (day not working, day full, client has no visits left). */
  ignoredEdits: PlanEdit[];
}

const GOLDEN = 0.6180339887498949;

interface Job {
  client: number; // index into clients
  start: number;
  end: number; // inclusive
  preferred: number;
  day: number; // -1 = not placed
  pinned: boolean;
  source: VisitSource;
}

/** Window k of n over D days: [⌈kD/n⌉, ⌈(k+1)D/n⌉ − 1]. */
export function windowOf(k: number, n: number, days: number): [number, number] {
  return [Math.ceil((k * days) / n - 1e-9), Math.ceil(((k + 1) * days) / n - 1e-9) - 1];
}

export function scheduleMonth(input: ScheduleInput): ScheduleResult {
  const D = input.days.length;
  const dayIndex = new Map(input.days.map((date, i) => [date, i]));
  const capacity = input.capacities.map((c) => Math.max(0, Math.floor(c)));
  const load = new Array<number>(D).fill(0);
  const clients = [...input.clients].sort((a, b) => a.clientId - b.clientId);
  const clientIndex = new Map(clients.map((c, i) => [c.clientId, i]));
  // Days each client is already seen on (a client is visited at most once a day).
  const taken = clients.map(() => new Set<number>());
  const blocked = clients.map(() => new Set<number>());
  const jobsOnDay: Job[][] = Array.from({ length: D }, () => []);
  const ignoredEdits: PlanEdit[] = [];
  const unscheduled = new Map<number, number>();
  const displaced = new Set<number>();
  const jobs: Job[] = [];

  // Hospitals in id order get spread offsets; a client without a hospital is its own group.
  const hospitalKeys = [...new Set(clients.map((c) => (c.hospitalId === null ? `c${c.clientId}` : `h${c.hospitalId}`)))];
  const groupOf = (c: ScheduleClient) => (c.hospitalId === null ? `c${c.clientId}` : `h${c.hospitalId}`);
  const groupRank = new Map(
    hospitalKeys
      .map((key) => ({ key, order: key.startsWith('h') ? Number(key.slice(1)) : 1e12 + Number(key.slice(1)) }))
      .sort((a, b) => a.order - b.order)
      .map(({ key }, i) => [key, i]),
  );
  const offsetOf = (group: string) => ((groupRank.get(group) ?? 0) * GOLDEN) % 1;

  const place = (job: Job, day: number) => {
    job.day = day;
    load[day]! += 1;
    taken[job.client]!.add(day);
    jobsOnDay[day]!.push(job);
  };
  const unplace = (job: Job) => {
    const day = job.day;
    load[day]! -= 1;
    taken[job.client]!.delete(day);
    const list = jobsOnDay[day]!;
    list.splice(list.indexOf(job), 1);
    job.day = -1;
  };

  // Windows of each client; edits claim windows before the plan fills the rest.
  const windows = clients.map((c) => {
    if (c.dates) return fixedWindows(c);
    const n = Math.min(Math.max(0, Math.floor(c.visits)), D);
    if (c.visits > D) unscheduled.set(c.clientId, c.visits - D);
    return Array.from({ length: n }, (_, k) => windowOf(k, n, D));
  });

  /** One-day windows on the first working day on or after each date, never two on one day. */
  function fixedWindows(c: ScheduleClient): [number, number][] {
    const result: [number, number][] = [];
    let after = -1;
    let missed = 0;
    for (const date of [...(c.dates ?? [])].sort()) {
      const day = Math.max(after + 1, firstDayFrom(date));
      if (day >= D) {
        missed++;
        continue;
      }
      result.push([day, day]);
      after = day;
    }
    if (missed > 0) unscheduled.set(c.clientId, missed);
    return result;
  }

  /** Index of the first working day on or after `date` (D when there is none). */
  function firstDayFrom(date: string): number {
    let lo = 0;
    let hi = D;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (input.days[mid]! < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  const claimed = clients.map(() => new Set<number>());
  const windowContaining = (ci: number, date: string): number => {
    const list = windows[ci]!;
    if (list.length === 0) return -1;
    // A date off the working days (a day off since) belongs to the window of the next working day.
    let idx = dayIndex.get(date);
    if (idx === undefined) idx = input.days.findIndex((d) => d > date);
    if (idx === -1) idx = D - 1;
    const found = list.findIndex(([s, e]) => idx >= s && idx <= e);
    return found;
  };
  const claimNearest = (ci: number, k: number): number => {
    if (k >= 0 && !claimed[ci]!.has(k)) return k;
    const list = windows[ci]!;
    for (let step = 1; step < list.length; step++) {
      for (const candidate of [k - step, k + step]) {
        if (candidate >= 0 && candidate < list.length && !claimed[ci]!.has(candidate)) return candidate;
      }
    }
    return -1;
  };

  const edits = [...(input.edits ?? [])].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  for (const edit of edits) {
    const ci = clientIndex.get(edit.clientId);
    if (ci === undefined) {
      ignoredEdits.push(edit);
      continue;
    }
    if (edit.kind === 'drop' || edit.kind === 'move') {
      const k = claimNearest(ci, windowContaining(ci, edit.date));
      if (k < 0) {
        ignoredEdits.push(edit);
        continue;
      }
      const from = dayIndex.get(edit.date);
      if (from !== undefined) blocked[ci]!.add(from);
      if (edit.kind === 'drop') {
        claimed[ci]!.add(k);
        continue;
      }
      const to = edit.toDate ? dayIndex.get(edit.toDate) : undefined;
      if (to === undefined || load[to]! >= capacity[to]! || taken[ci]!.has(to)) {
        // The visit stays in the plan (its window is not claimed); only the move is not applied.
        ignoredEdits.push(edit);
        continue;
      }
      claimed[ci]!.add(k);
      const [start, end] = windows[ci]![k]!;
      const job: Job = { client: ci, start, end, preferred: to, day: -1, pinned: true, source: 'moved' };
      jobs.push(job);
      place(job, to);
    } else {
      const day = dayIndex.get(edit.date);
      if (day === undefined || load[day]! >= capacity[day]! || taken[ci]!.has(day)) {
        ignoredEdits.push(edit);
        continue;
      }
      const job: Job = { client: ci, start: day, end: day, preferred: day, day: -1, pinned: true, source: 'added' };
      jobs.push(job);
      place(job, day);
    }
  }

  // Hospital anchor days: the days of its date-fixed contacts first (the trip happens anyway),
  // else the windows of the hospital's busiest client at the hospital's offset.
  const busiest = new Map<string, number>();
  const fixedDays = new Map<string, number[]>();
  clients.forEach((c, ci) => {
    const group = groupOf(c);
    if (c.dates) fixedDays.set(group, [...(fixedDays.get(group) ?? []), ...windows[ci]!.map(([s]) => s)]);
    else busiest.set(group, Math.max(busiest.get(group) ?? 0, windows[ci]!.length));
  });
  const anchors = new Map<string, number[]>();
  for (const [group, n] of busiest) {
    const offset = offsetOf(group);
    anchors.set(
      group,
      Array.from({ length: n }, (_, k) => {
        const [s, e] = windowOf(k, n, D);
        return s + Math.floor(offset * (e - s + 1));
      }),
    );
  }

  const free: Job[] = [];
  clients.forEach((c, ci) => {
    const group = groupOf(c);
    const offset = offsetOf(group);
    const anchor = anchors.get(group) ?? [];
    const fixed = fixedDays.get(group) ?? [];
    windows[ci]!.forEach(([s, e], k) => {
      if (claimed[ci]!.has(k)) return;
      const own = s + Math.floor(offset * (e - s + 1));
      let preferred = own;
      let best = Infinity;
      const nearest = (days: readonly number[]) => {
        for (const day of days) {
          if (day >= s && day <= e && Math.abs(day - own) < best) {
            best = Math.abs(day - own);
            preferred = day;
          }
        }
      };
      nearest(fixed);
      if (best === Infinity) nearest(anchor);
      free.push({ client: ci, start: s, end: e, preferred, day: -1, pinned: false, source: 'plan' });
    });
  });
  // Important zones first, then tight windows, then hospital by hospital so colleagues stay together.
  free.sort((a, b) => {
    const ca = clients[a.client]!;
    const cb = clients[b.client]!;
    return (
      ca.priority - cb.priority ||
      a.end - a.start - (b.end - b.start) ||
      (groupRank.get(groupOf(ca)) ?? 0) - (groupRank.get(groupOf(cb)) ?? 0) ||
      ca.clientId - cb.clientId ||
      a.start - b.start
    );
  });

  const allowed = (job: Job, day: number) => !taken[job.client]!.has(day) && !blocked[job.client]!.has(day);
  let room = capacity.reduce((sum, c, i) => sum + Math.max(0, c - load[i]!), 0);

  for (const job of free) {
    jobs.push(job);
    if (room <= 0) {
      unscheduled.set(clients[job.client]!.clientId, (unscheduled.get(clients[job.client]!.clientId) ?? 0) + 1);
      continue;
    }
    const group = groupOf(clients[job.client]!);
    let bestDay = -1;
    let bestScore = Infinity;
    for (let day = job.start; day <= job.end; day++) {
      if (load[day]! >= capacity[day]! || !allowed(job, day)) continue;
      const sameHospital = jobsOnDay[day]!.some((other) => groupOf(clients[other.client]!) === group) ? 0 : 1;
      const score = (day === job.preferred ? 0 : 1) * 1e6 + sameHospital * 1e4 + Math.abs(day - job.preferred) * 100 + load[day]!;
      if (score < bestScore) {
        bestScore = score;
        bestDay = day;
      }
    }
    if (bestDay < 0) bestDay = augment(job, job.start, job.end);
    if (bestDay >= 0) {
      place(job, bestDay);
      room -= 1;
      continue;
    }
    // No placement inside the window exists: widen it a day at a time on both sides, and at
    // last let the chain move other visits out of their windows too (reported as displaced).
    let fallback = widen(job);
    if (fallback < 0) fallback = augment(job, 0, D - 1, true);
    if (fallback >= 0) {
      place(job, fallback);
      room -= 1;
    } else {
      unscheduled.set(clients[job.client]!.clientId, (unscheduled.get(clients[job.client]!.clientId) ?? 0) + 1);
    }
  }
  for (const job of jobs) {
    if (!job.pinned && job.day >= 0 && (job.day < job.start || job.day > job.end)) displaced.add(clients[job.client]!.clientId);
  }

  function widen(job: Job): number {
    for (let r = 1; r < D; r++) {
      const lo = Math.max(0, job.start - r);
      const hi = Math.min(D - 1, job.end + r);
      for (const day of [lo, hi]) {
        if (day < job.start - r || day > job.end + r) continue;
        if (load[day]! < capacity[day]! && allowed(job, day)) return day;
      }
      const day = augment(job, lo, hi);
      if (day >= 0) return day;
      if (lo === 0 && hi === D - 1) break;
    }
    return -1;
  }

  /**
   * Breadth-first search for a chain: the job takes a full day d of its window, a plan visit on
   * d moves to another day of its own window, … until a day with room. Returns the day the job
   * gets (the chain's shifts are applied), or −1.
   */
  function augment(job: Job, lo: number, hi: number, anywhere = false): number {
    const prev = new Map<number, { from: number; moved: Job | null }>();
    const queue: number[] = [];
    for (let day = lo; day <= hi; day++) {
      if (!allowed(job, day) || prev.has(day)) continue;
      prev.set(day, { from: -1, moved: null });
      queue.push(day);
    }
    for (let head = 0; head < queue.length; head++) {
      const day = queue[head]!;
      if (load[day]! < capacity[day]!) {
        // Walk back: each step moves one visit from the previous day into this one.
        let target = day;
        let step = prev.get(target)!;
        while (step.moved !== null) {
          const moved = step.moved;
          unplace(moved);
          place(moved, target);
          target = step.from;
          step = prev.get(target)!;
        }
        return target;
      }
      for (const other of jobsOnDay[day]!) {
        if (other.pinned) continue;
        const from = anywhere ? 0 : other.start;
        const to = anywhere ? D - 1 : other.end;
        for (let next = from; next <= to; next++) {
          if (next === day || prev.has(next) || taken[other.client]!.has(next) || blocked[other.client]!.has(next)) continue;
          prev.set(next, { from: day, moved: other });
          queue.push(next);
        }
      }
    }
    return -1;
  }

  const visits: ScheduledVisit[] = jobs
    .filter((job) => job.day >= 0)
    .sort((a, b) => {
      const ca = clients[a.client]!;
      const cb = clients[b.client]!;
      return (
        a.day - b.day ||
        (groupRank.get(groupOf(ca)) ?? 0) - (groupRank.get(groupOf(cb)) ?? 0) ||
        ca.priority - cb.priority ||
        ca.clientId - cb.clientId
      );
    })
    .map((job) => ({ clientId: clients[job.client]!.clientId, date: input.days[job.day]!, source: job.source }));
  return {
    visits,
    perDay: load,
    unscheduled: [...unscheduled].map(([clientId, count]) => ({ clientId, visits: count })).sort((a, b) => a.clientId - b.clientId),
    displaced: [...displaced].sort((a, b) => a - b),
    ignoredEdits,
  };
}
