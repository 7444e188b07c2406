import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { mimeTypeFor } from './mimeTypes';

export type AssetResolution =
  | { kind: 'file'; path: string; mime: string }
  | { kind: 'notFound' }
  | { kind: 'forbidden' };

const FORBIDDEN = { kind: 'forbidden' } as const;
const NOT_FOUND = { kind: 'notFound' } as const;

/** Encoded dot, slash, backslash and NUL: legitimate asset names never need them. */
export const ENCODED_DANGER = /%(2e|2f|5c|00)/i;
/** A "." or ".." path segment, before the URL parser resolves it away. */
export const DOT_SEGMENT = /\/\.{1,2}(\/|$)/;

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * The scheme-free half, also usable by an HTTP server with its request-target
 * ("/assets/x.js?v=1"): decodes once, refuses traversal in any spelling (encoded dots,
 * backslashes, drive letters, NUL), and follows symlinks before the final containment check.
 */
export async function resolveAssetPath(rootDir: string, requestTarget: string): Promise<AssetResolution> {
  if (!requestTarget.startsWith('/') || requestTarget.startsWith('//')) return FORBIDDEN;
  const rawPath = requestTarget.split(/[?#]/, 1)[0] ?? '';
  if (ENCODED_DANGER.test(rawPath)) return FORBIDDEN;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return FORBIDDEN;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return FORBIDDEN;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return FORBIDDEN;
  if (segments.length === 0) segments.push('index.html');

  const root = resolve(rootDir);
  const candidate = resolve(root, ...segments);
  if (!isInside(root, candidate)) return FORBIDDEN;

  let realRoot: string;
  let realCandidate: string;
  try {
    realRoot = await realpath(root);
    realCandidate = await realpath(candidate);
  } catch {
    return NOT_FOUND;
  }
  // A symlink inside the bundle must not lead out of it.
  if (!isInside(realRoot, realCandidate)) return FORBIDDEN;
  try {
    const info = await stat(realCandidate);
    if (!info.isFile()) return NOT_FOUND;
  } catch {
    return NOT_FOUND;
  }
  return { kind: 'file', path: realCandidate, mime: mimeTypeFor(realCandidate) };
}
