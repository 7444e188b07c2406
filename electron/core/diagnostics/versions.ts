import * as os from 'node:os';
import type { Versions } from '../../../shared/contract/diagnosticsMethods';
import type { Db } from '../db/connection';
import { userVersion } from '../db/connection';
import { LATEST_VERSION } from '../db/migrations';
import { sqliteVersion } from '../db/repos/diagnosticsRepo';
import type { HostVersions } from './sources';

export interface OsFacts {
  type: string;
  release: string;
  arch: string;
}

export const currentOs = (): OsFacts => ({ type: os.type(), release: os.release(), arch: os.arch() });

/** "Windows_NT 10.0.22631 (x64)": enough to reproduce a problem, nothing that names the machine or its user. */
export function describeOs(facts: OsFacts): string {
  return `${facts.type} ${facts.release} (${facts.arch})`;
}

export function collectVersions(input: {
  appVersion: string;
  db: Db;
  host?: HostVersions | undefined;
  runtime?: Readonly<Record<string, string | undefined>>;
  os?: OsFacts;
}): Versions {
  const runtime = input.runtime ?? process.versions;
  return {
    app: input.appVersion,
    electron: input.host?.electron ?? null,
    chromium: input.host?.chromium ?? null,
    node: runtime['node'] ?? 'unknown',
    v8: runtime['v8'] ?? 'unknown',
    sqlite: sqliteVersion(input.db),
    schemaVersion: userVersion(input.db),
    latestSchemaVersion: LATEST_VERSION,
    os: describeOs(input.os ?? currentOs()),
  };
}
