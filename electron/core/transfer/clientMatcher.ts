import { clientKey, matchKey, type ImportedValues } from '../../../shared/transfer';
import type { Candidate } from './importSessionTypes';

/** The key of a row's exact match: region, hospital, department and name, each normalised. */
export function exactKeyOf(values: Pick<ImportedValues, 'region' | 'hospitalName' | 'department' | 'name'>): string {
  return `${matchKey(values.region)}\u001e${clientKey(values.hospitalName, values.department, values.name)}`;
}

const looseKeyOf = (values: Pick<ImportedValues, 'region' | 'hospitalName' | 'name'>) => `${matchKey(values.region)}\u001e${clientKey(values.hospitalName, null, values.name)}`;

/**
 * Which existing clients a row of a file may be (within its region): the same hospital,
 * department and name; else, when one side has no department, the same hospital and name.
 */
export class ClientMatcher {
  private readonly exact = new Map<string, number[]>();
  private readonly loose = new Map<string, number[]>();
  private readonly candidates = new Map<number, Candidate>();

  add(candidate: Candidate): void {
    this.candidates.set(candidate.clientId, candidate);
    const values = { region: candidate.region, hospitalName: candidate.hospitalName, department: candidate.department, name: candidate.name };
    push(this.exact, exactKeyOf(values), candidate.clientId);
    push(this.loose, looseKeyOf(values), candidate.clientId);
  }

  has(clientId: number): boolean {
    return this.candidates.has(clientId);
  }

  candidate(clientId: number): Candidate {
    return this.candidates.get(clientId)!;
  }

  match(values: ImportedValues): number[] {
    const exact = this.exact.get(exactKeyOf(values)) ?? [];
    if (exact.length > 0) return exact;
    const departmentKey = matchKey(values.department);
    return (this.loose.get(looseKeyOf(values)) ?? []).filter((id) => departmentKey === '' || matchKey(this.candidates.get(id)?.department) === '');
  }
}

function push(index: Map<string, number[]>, key: string, id: number): void {
  const list = index.get(key);
  if (list) list.push(id);
  else index.set(key, [id]);
}
