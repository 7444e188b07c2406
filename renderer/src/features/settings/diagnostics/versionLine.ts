import type { Versions } from '../../../../../shared/contract/diagnosticsMethods';

/**
 * The versions as one line for the settings page ("0.1.0 · Electron 45.4.1 · Chromium …"):
 * what the browser preview does not know (Electron, Chromium) is left out, not shown as blank.
 */
export function versionLine(versions: Versions): string {
  const parts: Array<[string, string | null]> = [
    ['', versions.app],
    ['Electron', versions.electron],
    ['Chromium', versions.chromium],
    ['Node.js', versions.node],
    ['V8', versions.v8],
    ['SQLite', versions.sqlite],
    ['', versions.os],
  ];
  return parts
    .filter((part): part is [string, string] => part[1] !== null && part[1] !== '')
    .map(([label, value]) => (label ? `${label} ${value}` : value))
    .join(' · ');
}
