import { isAbsolute, join, resolve } from 'node:path';

export interface StartupOptions {
  dbPath: string;
  /** Create the demo region when the database is new. */
  seedDemo: boolean;
}

export const DB_FILE_NAME = 'territory-grid.sqlite';

function flagValue(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  if (index >= 0) return argv[index + 1];
  const inline = argv.find((arg) => arg.startsWith(`${flag}=`));
  return inline?.slice(flag.length + 1);
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);

/**
 * Where the data lives and whether a new database gets demo data: the --db flag wins,
 * then TERRITORY_GRID_DB, then the app's user-data folder. --empty or
 * TERRITORY_GRID_EMPTY=1 start with an empty database instead of the demo region.
 */
export function resolveStartup(input: {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
  cwd?: string;
}): StartupOptions {
  const given = flagValue(input.argv, '--db') ?? input.env.TERRITORY_GRID_DB;
  const cwd = input.cwd ?? process.cwd();
  const dbPath = given ? (isAbsolute(given) ? given : resolve(cwd, given)) : join(input.userDataDir, DB_FILE_NAME);
  const empty = input.argv.includes('--empty') || TRUE_WORDS.has((input.env.TERRITORY_GRID_EMPTY ?? '').toLowerCase());
  return { dbPath, seedDemo: !empty };
}
