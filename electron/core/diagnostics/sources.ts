/**
 * What the host tells the core for diagnostics: the log folder (the core does not own the log
 * files, it only reads them) and the versions only the host knows (Electron, Chromium).
 */
export interface HostVersions {
  electron?: string;
  chromium?: string;
}

export interface DiagnosticsSources {
  /** The folder with main.log, core.log, web.log and their rolled files; null when logs go to stderr only. */
  logsDir?: string | null;
  hostVersions?: HostVersions;
}

/** The host versions out of Electron's process.versions (undefined fields in plain Node). */
export function hostVersionsOf(versions: Readonly<Record<string, string | undefined>>): HostVersions {
  return {
    ...(versions['electron'] ? { electron: versions['electron'] } : {}),
    ...(versions['chrome'] ? { chromium: versions['chrome'] } : {}),
  };
}
