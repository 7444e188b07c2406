import { protocol } from 'electron';
import { respondToAppRequest } from './appResponse';
import { APP_SCHEME } from './security/appOrigin';

/**
 * Must run before app 'ready'. `standard` gives app:// real origins and relative URL
 * resolution, `secure` makes it a secure context, `supportFetchAPI` lets the renderer
 * fetch its own assets. No bypassCSP, no CORS or service-worker privileges.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After 'ready': serve app://bundle/<path> from the built renderer directory only. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, rendererDir));
}
