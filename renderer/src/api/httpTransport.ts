import {
  ResultEnvelopeSchema,
  fail,
  isEventName,
  type EventName,
  type MethodName,
  type Result,
  type Transport,
} from '../../../shared/contract';
import { API_PREFIX, EVENTS_PATH } from '../../../shared/transport/httpTransportProtocol';

export interface HttpTransportOptions {
  origin: string;
  token: string;
  /** Delay before reconnecting the event stream after it drops. */
  reconnectMs?: number;
}

/** Splits a server-sent-events stream into (event, data) pairs. */
export function parseSseFrames(buffer: string): { frames: { event: string; data: string }[]; rest: string } {
  const frames: { event: string; data: string }[] = [];
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length > 0) frames.push({ event, data: data.join('\n') });
  }
  return { frames, rest };
}

/** The loopback transport's client: used by the browser preview and by the contract tests in Node (which has fetch). */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const headers = { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let stream: AbortController | null = null;

  const connect = () => {
    const controller = new AbortController();
    stream = controller;
    void (async () => {
      try {
        const response = await fetch(`${options.origin}${EVENTS_PATH}`, { method: 'GET', headers, signal: controller.signal });
        const reader = response.body?.getReader();
        if (!reader) return;
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const parsed = parseSseFrames(buffer);
          buffer = parsed.rest;
          for (const frame of parsed.frames) {
            if (!isEventName(frame.event)) continue;
            const payload = JSON.parse(frame.data) as unknown;
            for (const listener of listeners.get(frame.event) ?? []) listener(payload);
          }
        }
      } catch {
        // The stream ends on abort or when the server goes away; reconnect below unless unsubscribed.
      }
      if (stream === controller && listeners.size > 0) setTimeout(connect, options.reconnectMs ?? 1000);
    })();
  };

  return {
    async invoke(method: MethodName, input: unknown): Promise<Result<unknown>> {
      let response: Response;
      try {
        response = await fetch(`${options.origin}${API_PREFIX}${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
      } catch (error) {
        return fail('transport.unavailable', undefined, error instanceof Error ? error.message : String(error));
      }
      const parsed = ResultEnvelopeSchema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) return fail('transport.unavailable', undefined, `unexpected response (HTTP ${response.status})`);
      return parsed.data as Result<unknown>;
    },
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      if (!stream) connect();
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(event);
        if (listeners.size === 0 && stream) {
          const current = stream;
          stream = null;
          current.abort();
        }
      };
    },
  };
}
