import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Versions } from '../../../shared/contract/diagnosticsMethods';
import { fileStamp } from '../db/backup';
import { redactHome } from '../log/privacy';
import type { DiagnosticDbCheck } from './dbCheck';
import type { LogCollection } from './logFiles';

export interface DiagnosticsParts {
  createdAt: Date;
  versions: Versions;
  dbCheck: DiagnosticDbCheck;
  logs: LogCollection;
  /** Already redacted (redactPath): where the data file is, home as "~". */
  dataFile: string;
  logsDir: string | null;
}

export interface DiagnosticsZip {
  /** A time stamp only: nothing about the user, the region or the data file. */
  fileName: string;
  bytes: Uint8Array;
  entries: string[];
}

const README = `Territory Grid · 九宫格客户分级 — diagnostics / 诊断信息

versions.json   app, Electron, Chromium, Node, V8, SQLite and OS versions / 版本
db-check.json   integrity check, foreign keys, row counts per table (no rows) / 数据库检查（仅计数）
logs/           the app's log files / 日志文件
manifest.json   what is in this file / 内容清单

No client, doctor or hospital names, phone numbers or file names are included; the home folder is written as "~".
不含客户、医生或医院名称、电话号码和文件名；用户主目录写作“~”。
`;

export const diagnosticsFileName = (createdAt: Date) => `territory-grid-diagnostics-${fileStamp(createdAt)}.zip`;

/** The zip for a support request, built in memory (a few MB at most: logs are bounded by rotation). */
export function buildDiagnosticsZip(parts: DiagnosticsParts, home?: string): DiagnosticsZip {
  const json = (value: unknown) => strToU8(`${redactHome(JSON.stringify(value, null, 2), home)}\n`);
  const mtime = parts.createdAt;
  const manifest = {
    createdAt: parts.createdAt.toISOString(),
    dataFile: parts.dataFile,
    logsDir: parts.logsDir,
    logs: parts.logs.files.map((file) => ({ name: file.name, bytes: Buffer.byteLength(file.text, 'utf8'), truncated: file.truncated })),
    skipped: parts.logs.skipped,
  };
  const files: Zippable = {
    'README.txt': [strToU8(README), { mtime }],
    'manifest.json': [json(manifest), { mtime }],
    'versions.json': [json(parts.versions), { mtime }],
    'db-check.json': [json(parts.dbCheck), { mtime }],
  };
  for (const file of parts.logs.files) files[`logs/${file.name}`] = [strToU8(file.text), { mtime }];
  return {
    fileName: diagnosticsFileName(parts.createdAt),
    bytes: zipSync(files, { level: 6 }),
    entries: Object.keys(files),
  };
}
