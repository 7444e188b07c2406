import { z } from 'zod';
import { query } from './defineMethod';
import { DATA_SCOPES } from './readScopes';

const NoInput = z.strictObject({});

/** What the app runs on: for the About box, the settings page and the diagnostics zip. */
export const VersionsSchema = z.object({
  app: z.string(),
  /** Known only inside the desktop app; null in the browser preview and the CLI. */
  electron: z.string().nullable(),
  chromium: z.string().nullable(),
  node: z.string(),
  v8: z.string(),
  sqlite: z.string(),
  schemaVersion: z.number().int(),
  latestSchemaVersion: z.number().int(),
  /** "Windows_NT 10.0.22631 (x64)": kind, release and architecture, never the machine's name. */
  os: z.string(),
});
export type Versions = z.infer<typeof VersionsSchema>;

/** Size bound of the diagnostics zip as base64 (logs are bounded by rotation; this is the hard stop). */
export const MAX_DIAGNOSTICS_BASE64_CHARS = 80_000_000;

export const diagnosticsMethods = {
  /** Where the data lives (the folder of the data file, and the log folder) and the versions. */
  'diagnostics.info': query(
    NoInput,
    z.object({
      dataDir: z.string(),
      logsDir: z.string().nullable(),
      versions: VersionsSchema,
    }),
    ['settings'],
  ),
  /**
   * A zip for a support request: the log files, the versions and a database check (counts
   * only, no rows). Written without personal data; the home folder appears as "~".
   */
  'diagnostics.export': query(
    NoInput,
    z.object({
      fileName: z.string(),
      base64: z.string().max(MAX_DIAGNOSTICS_BASE64_CHARS),
      bytes: z.number().int().nonnegative(),
      entries: z.array(z.string()),
    }),
    DATA_SCOPES,
  ),
} as const;
