import type { Locale } from '../../../../shared/i18n/locales';
import type { Band, ModelDefinition, Zone } from '../../../../shared/grading';

/** A location inside a model definition, as zod paths write it: ['axes', 0, 'rule', 'bands', 1]. */
export type Path = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** The value at `path`, or undefined when some step is missing. */
export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A copy of `root` with the value at `path` replaced by `fn(old)`. Only the containers on the
 * path are copied; everything else is shared, and `root` itself is never changed.
 */
export function updateAt<T>(root: T, path: Path, fn: (old: unknown) => unknown): T {
  if (path.length === 0) return fn(root) as T;
  const [key, ...rest] = path;
  if (!isContainer(root)) throw new Error(`Cannot follow "${String(key)}" into ${String(root)}`);
  const child = (root as Record<string | number, unknown>)[key as string | number];
  const next = updateAt(child, rest, fn);
  if (Object.is(next, child)) return root;
  if (Array.isArray(root)) {
    if (typeof key !== 'number' || key < 0 || key >= root.length) throw new Error(`No index ${String(key)} in an array of ${root.length}`);
    const copy = root.slice();
    copy[key] = next;
    return copy as T;
  }
  return { ...root, [key as string]: next } as T;
}

export function setAt<T>(root: T, path: Path, value: unknown): T {
  return updateAt(root, path, () => value);
}

/** Where the rule of an axis lives. */
export function axisRulePath(axisIndex: number, sub: Path = []): Path {
  return ['axes', axisIndex, 'rule', ...sub];
}

export type BandSide = 'min' | 'max';

/** One end of a band: a number, or null for "unbounded". */
export function setBandBound(bands: readonly Band[], index: number, side: BandSide, value: number | null): Band[] {
  return updateAt(bands as Band[], [index, side], () => value);
}

export function setBandInclusive(bands: readonly Band[], index: number, side: BandSide, inclusive: boolean): Band[] {
  return updateAt(bands as Band[], [index, side === 'min' ? 'minInclusive' : 'maxInclusive'], () => inclusive);
}

export function setScore(
  scores: Readonly<Record<string, Readonly<Record<string, number>>>>,
  row: string,
  column: string,
  value: number,
): Record<string, Record<string, number>> {
  return { ...scores, [row]: { ...scores[row], [column]: value } };
}

export function setLocalized<T extends Record<Locale, string>>(text: T, locale: Locale, value: string): T {
  return { ...text, [locale]: value };
}

function zoneIndexOrThrow(def: ModelDefinition, zoneIndex: number): Zone {
  const zone = def.zones[zoneIndex];
  if (!zone) throw new Error(`No zone ${zoneIndex}`);
  return zone;
}

function withoutCellVisits(zone: Zone, code: string): Zone {
  if (!zone.cellVisitsPerMonth || !(code in zone.cellVisitsPerMonth)) return zone;
  const { [code]: _dropped, ...rest } = zone.cellVisitsPerMonth;
  if (Object.keys(rest).length === 0) {
    const { cellVisitsPerMonth: _none, ...plain } = zone;
    return plain;
  }
  return { ...zone, cellVisitsPerMonth: rest };
}

/**
 * Puts a cell in a zone (taking it out of any other zone, since a cell belongs to exactly one)
 * or takes it out. A cell leaving a zone also loses that zone's visits figure for it.
 */
export function setZoneCell(def: ModelDefinition, zoneIndex: number, code: string, inZone: boolean): ModelDefinition {
  zoneIndexOrThrow(def, zoneIndex);
  const order = def.cells.map((cell) => cell.code);
  const byBoardOrder = (a: string, b: string) => order.indexOf(a) - order.indexOf(b);
  const zones = def.zones.map((zone, i) => {
    if (i === zoneIndex) {
      if (inZone === zone.cells.includes(code)) return zone;
      return inZone
        ? { ...zone, cells: [...zone.cells, code].sort(byBoardOrder) }
        : withoutCellVisits({ ...zone, cells: zone.cells.filter((c) => c !== code) }, code);
    }
    if (inZone && zone.cells.includes(code)) return withoutCellVisits({ ...zone, cells: zone.cells.filter((c) => c !== code) }, code);
    return zone;
  });
  return { ...def, zones };
}

export function setZoneVisits(def: ModelDefinition, zoneIndex: number, value: number | null): ModelDefinition {
  zoneIndexOrThrow(def, zoneIndex);
  return setAt(def, ['zones', zoneIndex, 'visitsPerMonth'], value);
}

/** A per-cell visits figure; null removes the exception so the zone's figure applies. */
export function setCellVisits(def: ModelDefinition, zoneIndex: number, code: string, value: number | null): ModelDefinition {
  const zone = zoneIndexOrThrow(def, zoneIndex);
  const next = value === null ? withoutCellVisits(zone, code) : { ...zone, cellVisitsPerMonth: { ...zone.cellVisitsPerMonth, [code]: value } };
  return setAt(def, ['zones', zoneIndex], next);
}

/** Strategy reminders are edited one per line; blank lines are dropped. */
export function linesFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function textFromLines(lines: readonly string[]): string {
  return lines.join('\n');
}

/** An empty description (both languages blank) is left out of the definition. */
export function setDescription(def: ModelDefinition, locale: Locale, value: string): ModelDefinition {
  const description = { 'zh-CN': '', en: '', ...def.description, [locale]: value };
  if (description['zh-CN'].trim() === '' && description.en.trim() === '') {
    const { description: _dropped, ...rest } = def;
    return rest;
  }
  return { ...def, description };
}

/** JSON with object keys sorted, so two definitions compare equal whatever order their keys came in. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isContainer(v) && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Same content, ignoring the version number (saving bumps it). */
export function sameDefinition(a: ModelDefinition, b: ModelDefinition): boolean {
  return stableStringify({ ...a, version: 0 }) === stableStringify({ ...b, version: 0 });
}

/** A free id for a copy: 'pharma-nine-grid-copy', then '-copy-2', '-copy-3' … within the slug limit. */
export const MODEL_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function copyId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${id.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** <input type="color"> only takes lower-case #rrggbb; zones may say #rgb. */
export function colorForInput(color: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return (short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : color).toLowerCase();
}
