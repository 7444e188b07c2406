import { isTrustedAppUrl, type OriginOptions } from './appOrigin';

/** The part of Electron's WebFrameMain that the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/**
 * Accepts an IPC message only from the top frame of a page on the app origin.
 * `senderFrame` is null once the frame navigated away or was destroyed; sub-frames and
 * any other origin could be content we do not control.
 */
export function validateSender(frame: SenderFrame | null | undefined, options: OriginOptions = {}): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isTrustedAppUrl(frame.url, options);
}
