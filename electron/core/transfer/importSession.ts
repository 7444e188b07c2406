import { compileDictionary, gradeAll, normaliseKey, type GradeResult } from '../../../shared/grading';
import {
  IMPORTED_GRADE_REASON,
  gradeVocabulary,
  matchKey,
  type ImportedValues,
  type RowIssue,
  type SkipReason,
  type ValidatedRow,
} from '../../../shared/transfer';
import { updateClient } from '../db/repos/clientWritesRepo';
import { clientIdsOfHospitals } from '../db/repos/gradesRepo';
import {
  allHospitals,
  allRepNames,
  countClientsOfHospital,
  enlargeCache,
  importSessionStatements,
  matchableClients,
  maxClientId,
  patchHospital,
  restoreCache,
  type HospitalRow,
  type ImportSessionStatements,
} from '../db/repos/importSessionRepo';
import { searchKeys } from '../clients/searchKeys';
import { ClientMatcher, exactKeyOf } from './clientMatcher';
import { applyFileGrades, type FileGrade } from './fileGrades';
import type { AmbiguousRow, DuplicateRow, HospitalChange, SessionOptions, SessionResult, SessionRow } from './importSessionTypes';
import type { CoreContext } from '../context';
import { regradeAll } from '../services/regrade';

/** What the user decided for a row that matched several clients (or that they want added or skipped anyway). */
export * from './importSessionTypes';

/** A row as stored. */
type RowImage = Record<string, string | number | null>;


interface TouchedClient {
  before: RowImage;
  current: Record<string, string | number | null>;
  changed: boolean;
  /** The first row of the file that named this client. */
  firstRow: number;
  fileGrade: FileGrade | null;
}


const CLIENT_TEXT_FIELDS = ['department', 'title', 'behaviour'] as const;
const CLIENT_NUMBER_FIELDS = [
  ['bedsManaged', 'beds_managed'],
  ['volumeOurs', 'volume_ours'],
  ['volumeCompetitor', 'volume_competitor'],
] as const;

function problemsOf(result: GradeResult): string | null {
  return result.ok ? null : JSON.stringify({ missing: result.missing, unknown: result.unknown });
}

/**
 * One import as one command: rows are matched, added or merged into existing clients inside
 * the caller's transaction, with row images recorded under one change-log entry so
 * 'history.undo' removes the whole import. `add` can be called many times (rows may stream
 * in); `finish` regrades what changed, applies the file's grades as overrides where the
 * formula disagrees (DOMAIN 2.5) and closes the entry.
 */
export class ImportSession {
  private readonly db;
  private readonly model;
  private readonly modelVersion: number;
  private readonly dictionaries;
  private readonly vocabulary;
  private readonly resolveBehaviour;
  private readonly resolveTitle;
  private readonly resolveClass;
  private readonly options: SessionOptions;
  private changeId: number | null = null;
  private firstNewId = 0;
  private nextId = 0;
  private readonly matcher = new ClientMatcher();
  private readonly hospitals = new Map<string, HospitalRow>();
  private readonly hospitalFirstClass = new Map<number, { value: string; row: number }>();
  private readonly changedHospitals = new Set<number>();
  private readonly hospitalChanges: HospitalChange[] = [];
  private readonly reps = new Map<string, number>();
  private readonly fileKeys = new Map<string, { row: number; clientId: number | null; values: ImportedValues }>();
  private readonly touched = new Map<number, TouchedClient>();
  private readonly added = new Map<number, { firstRow: number; fileGrade: FileGrade | null }>();
  private readonly rows: SessionRow[] = [];
  private readonly ambiguous: AmbiguousRow[] = [];
  private readonly duplicates: DuplicateRow[] = [];
  private readonly pendingGrades: { id: number; attrs: Record<string, string | number | null> }[] = [];
  private readonly statements: ImportSessionStatements;
  private cacheSize = -2000;

  constructor(ctx: Pick<CoreContext, 'db' | 'grading'>, options: SessionOptions) {
    this.db = ctx.db;
    const stored = ctx.grading.model();
    this.model = stored.definition;
    this.modelVersion = stored.version;
    this.dictionaries = ctx.grading.dictionaries();
    this.vocabulary = gradeVocabulary(this.model);
    const resolver = (id: string) => {
      const dictionary = this.dictionaries[id];
      return dictionary ? compileDictionary(dictionary) : null;
    };
    this.resolveBehaviour = resolver('behaviour');
    this.resolveTitle = resolver('title');
    this.resolveClass = resolver('hospitalClass');
    this.options = options;
    const db = this.db;
    this.statements = importSessionStatements(db);
  }

  /** Call inside the transaction, before any row. */
  begin(): void {
    const db = this.db;
    this.cacheSize = enlargeCache(db);
    for (const [id, hospital, department, name, region] of matchableClients(db)) {
      this.matcher.add({ clientId: id, hospitalName: hospital, department, name, region });
    }
    for (const row of allHospitals(db)) {
      this.hospitals.set(matchKey(row.name), row);
    }
    for (const [id, name] of allRepNames(db)) this.reps.set(matchKey(name), id);
    this.firstNewId = maxClientId(db) + 1;
    this.nextId = this.firstNewId;
    this.changeId = this.options.changeId;
  }

  private fileGradeOf(values: ImportedValues): FileGrade | null {
    if (values.overrideCell) return { cell: values.overrideCell, reason: values.overrideReason || IMPORTED_GRADE_REASON, explicit: true };
    if (values.fileCell) return { cell: values.fileCell, reason: null, explicit: false };
    return null;
  }

  /** The hospital named by the row, created when new; its class follows the file (the first class the file gives it). */
  private hospitalFor(values: ImportedValues, row: number, issues: RowIssue[]): HospitalRow | null {
    if (!values.hospitalName) return null;
    const key = matchKey(values.hospitalName);
    let hospital = this.hospitals.get(key);
    if (!hospital) {
      const keys = searchKeys(values.hospitalName);
      const id = Number(
        this.statements.insertHospital.run(
          values.hospitalName,
          values.hospitalClass,
          values.hospitalRevenueWan,
          values.hospitalBeds,
          keys.key,
          keys.initials,
          this.options.now,
          this.options.now,
        ).lastInsertRowid,
      );
      hospital = { id, name: values.hospitalName, class: values.hospitalClass, revenue_wan: values.hospitalRevenueWan, beds: values.hospitalBeds };
      this.hospitals.set(key, hospital);
      if (values.hospitalClass) this.hospitalFirstClass.set(id, { value: values.hospitalClass, row });
      return hospital;
    }
    const patch: Partial<HospitalRow> = {};
    if (values.hospitalClass) {
      const first = this.hospitalFirstClass.get(hospital.id);
      if (first) {
        if (!this.sameWord(this.resolveClass, first.value, values.hospitalClass)) {
          issues.push({ code: 'hospitalClassConflict', severity: 'warning', column: null, value: hospital.name, params: { other: `${first.value} / ${values.hospitalClass}` } });
        }
      } else {
        this.hospitalFirstClass.set(hospital.id, { value: values.hospitalClass, row });
        if (!this.sameWord(this.resolveClass, hospital.class, values.hospitalClass)) {
          patch.class = values.hospitalClass;
          issues.push({ code: 'hospitalClassChanged', severity: 'warning', column: null, value: hospital.name, params: { from: hospital.class ?? '—', to: values.hospitalClass } });
          this.hospitalChanges.push({ hospital: hospital.name, from: hospital.class, to: values.hospitalClass, clients: 0 });
        }
      }
    }
    if (values.hospitalRevenueWan !== null && hospital.revenue_wan !== values.hospitalRevenueWan && !this.changedHospitals.has(hospital.id)) patch.revenue_wan = values.hospitalRevenueWan;
    if (values.hospitalBeds !== null && hospital.beds !== values.hospitalBeds && !this.changedHospitals.has(hospital.id)) patch.beds = values.hospitalBeds;
    const columns = Object.keys(patch) as (keyof HospitalRow)[];
    if (columns.length > 0) {
      patchHospital(this.db, hospital.id, patch, this.options.now);
      Object.assign(hospital, patch);
      this.changedHospitals.add(hospital.id);
    }
    return hospital;
  }

  private sameWord(resolver: { resolve(raw: string): string | null } | null, a: string | null, b: string | null): boolean {
    if (a === b) return true;
    if (a === null || b === null) return false;
    if (!resolver) return normaliseKey(a) === normaliseKey(b);
    const ra = resolver.resolve(a);
    const rb = resolver.resolve(b);
    return ra !== null && ra !== '' ? ra === rb : normaliseKey(a) === normaliseKey(b);
  }

  private repFor(name: string | null): number | null {
    if (!name) return null;
    const key = matchKey(name);
    const existing = this.reps.get(key);
    if (existing !== undefined) return existing;
    const id = Number(this.statements.insertRep.run(name, searchKeys(name).key, this.options.now, this.options.now).lastInsertRowid);
    this.reps.set(key, id);
    return id;
  }

  /** Adds rows in file order (call repeatedly while rows stream in). */
  add(rows: readonly ValidatedRow[]): void {
    for (const row of rows) this.addOne(row);
    this.flushGrades();
  }

  private skip(row: ValidatedRow | { row: number; issues: RowIssue[] }, reason: SkipReason, params?: Record<string, string | number>, name: string | null = null): void {
    this.rows.push({ row: row.row, outcome: 'skipped', skip: { reason, ...(params ? { params } : {}) }, clientId: null, name, issues: row.issues });
  }

  private addOne(row: ValidatedRow): void {
    if (row.status === 'skipped' || row.status === 'error' || !row.values) {
      this.rows.push({ row: row.row, outcome: 'skipped', skip: row.skip ?? { reason: 'invalid' }, clientId: null, name: row.values?.name || null, issues: row.issues });
      return;
    }
    const values = row.values;
    const issues = row.issues;
    const rowRef = { row: row.row, issues };
    const fileKey = exactKeyOf(values);
    const seen = this.fileKeys.get(fileKey);
    if (seen) {
      const conflicts = this.conflicts(seen.values, values);
      this.duplicates.push({ row: row.row, firstRow: seen.row, name: values.name, conflict: conflicts.length > 0 });
      if (this.options.duplicates === 'flag' || seen.clientId === null) {
        this.skip(rowRef, 'duplicate', { row: seen.row }, values.name);
        return;
      }
      for (const conflict of conflicts) {
        issues.push({ code: 'duplicateConflict', severity: 'warning', column: conflict.label, value: conflict.values, params: { row: seen.row } });
      }
      this.mergeInto(seen.clientId, values, seen.values, row.row, seen.row, issues);
      return;
    }

    const decision = this.options.decisions.get(row.row);
    let target: number | 'new' | null;
    if (decision?.action === 'skip') {
      this.fileKeys.set(fileKey, { row: row.row, clientId: null, values });
      this.skip(rowRef, 'userSkipped', undefined, values.name);
      return;
    } else if (decision?.action === 'update' && this.matcher.has(decision.clientId)) {
      target = decision.clientId;
    } else if (decision?.action === 'add') {
      target = 'new';
    } else {
      const matches = this.matcher.match(values);
      if (matches.length > 1) {
        this.ambiguous.push({
          row: row.row,
          name: values.name,
          hospitalName: values.hospitalName,
          department: values.department,
          candidates: matches.slice(0, 20).map((id) => this.matcher.candidate(id)),
        });
        this.fileKeys.set(fileKey, { row: row.row, clientId: null, values });
        this.skip(rowRef, this.options.mode === 'add' ? 'exists' : 'ambiguous', undefined, values.name);
        return;
      }
      target = matches.length === 1 ? matches[0]! : 'new';
    }
    if (target === 'new' && this.options.mode === 'update') {
      this.fileKeys.set(fileKey, { row: row.row, clientId: null, values });
      this.skip(rowRef, 'noMatch', undefined, values.name);
      return;
    }
    if (target !== 'new' && this.options.mode === 'add' && decision?.action !== 'update') {
      this.fileKeys.set(fileKey, { row: row.row, clientId: null, values });
      this.skip(rowRef, 'exists', undefined, values.name);
      return;
    }
    if (target === 'new') {
      const id = this.insert(values, row.row, issues);
      this.fileKeys.set(fileKey, { row: row.row, clientId: id, values });
      this.rows.push({ row: row.row, outcome: 'added', clientId: id, name: values.name, issues });
    } else {
      this.fileKeys.set(fileKey, { row: row.row, clientId: target, values });
      this.update(target, values, row.row, issues, false);
      this.rows.push({ row: row.row, outcome: 'updated', clientId: target, name: values.name, issues });
    }
  }

  /** Columns where two rows of the same client say different things, with both values. */
  private conflicts(first: ImportedValues, later: ImportedValues): { label: string; values: string }[] {
    const out: { label: string; values: string }[] = [];
    const words: [keyof ImportedValues, { resolve(raw: string): string | null } | null, string][] = [
      ['title', this.resolveTitle, '职称'],
      ['behaviour', this.resolveBehaviour, '处方行为'],
      ['hospitalClass', this.resolveClass, '医院级别'],
    ];
    for (const [field, resolver, label] of words) {
      const a = first[field] as string | null;
      const b = later[field] as string | null;
      if (a !== null && b !== null && !this.sameWord(resolver, a, b)) out.push({ label, values: `${a} / ${b}` });
    }
    const numbers: [keyof ImportedValues, string][] = [
      ['volumeOurs', '月均处方量'],
      ['volumeCompetitor', '竞品处方量'],
      ['bedsManaged', '管床数'],
    ];
    for (const [field, label] of numbers) {
      const a = first[field];
      const b = later[field];
      if (a !== null && b !== null && a !== b) out.push({ label, values: `${String(a)} / ${String(b)}` });
    }
    if (first.fileCell && later.fileCell && first.fileCell !== later.fileCell) out.push({ label: '客户级别', values: `${first.fileCell} / ${later.fileCell}` });
    return out;
  }

  private mergeInto(clientId: number, values: ImportedValues, firstValues: ImportedValues, row: number, firstRow: number, issues: RowIssue[]): void {
    // The first row's values stand; a later row only fills what the first left blank.
    const fill: ImportedValues = { ...values, attributes: {} };
    for (const key of Object.keys(values) as (keyof ImportedValues)[]) {
      if (key === 'attributes' || key === 'name') continue;
      if (firstValues[key] !== null) (fill as unknown as Record<string, unknown>)[key] = null;
    }
    for (const [key, value] of Object.entries(values.attributes)) if (!(key in firstValues.attributes)) fill.attributes[key] = value;
    const addedClient = this.added.get(clientId);
    if (addedClient) {
      this.update(clientId, fill, row, issues, true);
      if (!addedClient.fileGrade) addedClient.fileGrade = this.fileGradeOf(fill);
    } else {
      this.update(clientId, fill, row, issues, false);
    }
    Object.assign(firstValues, Object.fromEntries(Object.entries(fill).filter(([key, value]) => key !== 'attributes' && value !== null)));
    Object.assign(firstValues.attributes, fill.attributes);
    this.rows.push({ row, outcome: 'merged', clientId, firstRow, name: values.name, issues });
  }

  private insert(values: ImportedValues, row: number, issues: RowIssue[]): number {
    const hospital = this.hospitalFor(values, row, issues);
    const repId = this.repFor(values.repName);
    const id = this.nextId++;
    const nameKeys = searchKeys(values.name);
    this.statements.insertClient.run(
      id,
      hospital?.id ?? null,
      values.department,
      values.name,
      values.title,
      values.bedsManaged,
      values.volumeOurs,
      values.volumeCompetitor,
      values.behaviour,
      repId,
      JSON.stringify(values.attributes),
      this.options.now,
      this.options.now,
      nameKeys.key,
      nameKeys.initials,
      searchKeys(values.department).key,
      values.region,
    );
    this.added.set(id, { firstRow: row, fileGrade: this.fileGradeOf(values) });
    this.pendingGrades.push({
      id,
      attrs: {
        ...values.attributes,
        hospitalClass: hospital?.class ?? null,
        hospitalRevenueWan: hospital?.revenue_wan ?? null,
        hospitalBeds: hospital?.beds ?? null,
        title: values.title,
        bedsManaged: values.bedsManaged,
        volumeOurs: values.volumeOurs,
        volumeCompetitor: values.volumeCompetitor,
        behaviour: values.behaviour,
      },
    });
    return id;
  }

  /** The formula's cells of new clients, computed from what was just written (the regrade of new rows). */
  private flushGrades(): void {
    if (this.pendingGrades.length === 0) return;
    const results = gradeAll(this.model, this.dictionaries, this.pendingGrades.map((pending) => pending.attrs));
    for (let i = 0; i < results.length; i++) {
      const result = results[i]!;
      this.statements.insertGrade.run(this.model.id, this.pendingGrades[i]!.id, result.ok ? result.cell : null, problemsOf(result));
    }
    this.pendingGrades.length = 0;
  }

  private effectiveCell(clientId: number): string | null {
    const row = this.statements.effectiveCell.get({ modelId: this.model.id, id: clientId }) as string | null | undefined;
    return row ?? null;
  }

  /** Writes what the file says into an existing (or just added) client; blanks in the file keep what is stored. */
  private update(clientId: number, values: ImportedValues, row: number, issues: RowIssue[], isNew: boolean): void {
    let touched = this.touched.get(clientId);
    if (!touched && !isNew) {
      const before = this.statements.readClient.get(clientId) as RowImage;
      touched = { before, current: { ...before }, changed: false, firstRow: row, fileGrade: null };
      this.touched.set(clientId, touched);
    }
    const current = touched ? touched.current : (this.statements.readClient.get(clientId) as Record<string, string | number | null>);
    const patch: Record<string, string | number | null> = {};
    const hospital = this.hospitalFor(values, row, issues);
    if (hospital && hospital.id !== current.hospital_id) patch.hospital_id = hospital.id;
    if (values.repName) {
      const repId = this.repFor(values.repName);
      if (repId !== current.rep_id) patch.rep_id = repId;
    }
    const fileGrade = this.fileGradeOf(values);
    // A grading table's 处方行为 digit describes the file's cell; when that cell is already the
    // client's, the entered behaviour ('首选', or volumes) is left as it is.
    const gradeAlreadyAgrees = fileGrade !== null && !isNew && this.effectiveCell(clientId) === fileGrade.cell;
    for (const field of CLIENT_TEXT_FIELDS) {
      const value = values[field];
      if (value === null) continue;
      if (field === 'behaviour' && gradeAlreadyAgrees) continue;
      const resolver = field === 'title' ? this.resolveTitle : field === 'behaviour' ? this.resolveBehaviour : null;
      const stored = current[field] as string | null;
      if (resolver ? this.sameWord(resolver, stored, value) : stored === value) continue;
      patch[field] = value;
      if (field === 'department') patch.department_key = searchKeys(value).key;
    }
    for (const [field, column] of CLIENT_NUMBER_FIELDS) {
      const value = values[field];
      if (value !== null && current[column] !== value) patch[column] = value;
    }
    if (Object.keys(values.attributes).length > 0) {
      const stored = JSON.parse(String(current.attributes ?? '{}')) as Record<string, unknown>;
      let differs = false;
      for (const [key, value] of Object.entries(values.attributes)) {
        if (stored[key] !== value) {
          stored[key] = value;
          differs = true;
        }
      }
      if (differs) patch.attributes = JSON.stringify(stored);
    }
    if (touched && fileGrade && !touched.fileGrade) touched.fileGrade = fileGrade;
    const names = Object.keys(patch);
    if (names.length === 0) return;
    updateClient(this.db, clientId, patch, this.options.now);
    Object.assign(current, patch);
    if (touched) touched.changed = true;
    if (!isNew && !this.touchedGradeInputs.has(clientId)) this.touchedGradeInputs.add(clientId);
    if (isNew) this.regradeNew.add(clientId);
  }

  private readonly touchedGradeInputs = new Set<number>();
  private readonly regradeNew = new Set<number>();

  /** Closes the import: regrade, grades from the file, row images, the log entry's summary. */
  finish(): SessionResult {
    const started = performance.now();
    const db = this.db;
    this.flushGrades();
    const changeId = this.changeId;

    // Regrade existing clients whose inputs changed, every client of a hospital whose class
    // changed, and new clients merged from later rows.
    const regradeStarted = performance.now();
    const regradeIds = new Set<number>([...this.touchedGradeInputs, ...this.regradeNew]);
    if (this.changedHospitals.size > 0) {
      for (const id of clientIdsOfHospitals(db, [...this.changedHospitals])) regradeIds.add(id);
      for (const change of this.hospitalChanges) {
        const hospital = this.hospitals.get(matchKey(change.hospital));
        change.clients = hospital ? countClientsOfHospital(db, hospital.id) : 0;
      }
    }
    if (regradeIds.size > 0) regradeAll(db, this.model, this.dictionaries, { changeId, clientIds: [...regradeIds] });
    const regradeMs = performance.now() - regradeStarted;

    const overrides = this.applyFileGrades();

    // Outcomes of matched rows: updated when the client or its grade changed.
    const changedClients = new Set<number>();
    for (const [id, touched] of this.touched) if (touched.changed) changedClients.add(id);
    for (const id of overrides.clients) if (!this.added.has(id)) changedClients.add(id);
    const counted = new Set<number>();
    let updated = 0;
    let unchanged = 0;
    for (const row of this.rows) {
      if (row.outcome !== 'updated' || row.clientId === null) continue;
      if (!changedClients.has(row.clientId)) row.outcome = 'unchanged';
      if (counted.has(row.clientId)) continue;
      counted.add(row.clientId);
      if (row.outcome === 'updated') updated++;
      else unchanged++;
    }
    // Merged rows into an existing client count that client once, as the first row did.
    for (const id of changedClients) {
      if (counted.has(id)) continue;
      counted.add(id);
      updated++;
    }
    const added = this.nextId - this.firstNewId;
    const counts = {
      rows: this.rows.length,
      added,
      updated,
      unchanged,
      merged: this.rows.filter((row) => row.outcome === 'merged').length,
      skipped: this.rows.filter((row) => row.outcome === 'skipped').length,
      warnings: this.rows.filter((row) => row.outcome !== 'skipped' && row.issues.some((issue) => issue.severity === 'warning')).length,
      overrides: overrides.count,
    };
    const anyChange = added > 0 || changedClients.size > 0 || this.changedHospitals.size > 0;
    restoreCache(db, this.cacheSize);
    return {
      changeId: anyChange ? changeId : null,
      summary: { fileName: this.options.fileName, sheet: this.options.sheet, region: this.options.region, mode: this.options.mode, ...counts },
      counts,
      rows: this.rows,
      ambiguous: this.ambiguous,
      duplicates: this.duplicates,
      hospitalChanges: this.hospitalChanges,
      clientIds: [...counted, ...Array.from({ length: added }, (_, i) => this.firstNewId + i)],
      timings: { regradeMs, finishMs: performance.now() - started },
    };
  }

  private applyFileGrades(): { count: number; clients: Set<number> } {
    const wanted = new Map<number, FileGrade>();
    for (const [id, info] of this.added) if (info.fileGrade) wanted.set(id, info.fileGrade);
    for (const [id, touched] of this.touched) if (touched.fileGrade) wanted.set(id, touched.fileGrade);
    return applyFileGrades(this.db, this.statements, { id: this.model.id, version: this.modelVersion }, { wanted, added: this.added, changeId: this.changeId, now: this.options.now });
  }
}
