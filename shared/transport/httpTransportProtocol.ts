/** The loopback transport's wire format, shared by the server and the browser client. */
export const API_PREFIX = '/api/call/';
export const EVENTS_PATH = '/api/events';
export const MAX_BODY_BYTES = 1024 * 1024;
