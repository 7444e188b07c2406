import type { ParserLauncher, ParserProcess } from '../core/transfer/parserHost';
import type { Logger } from '../core/log/logger';
import type { ParserFromWorker, ParserToWorker } from './coreProtocol';

/** The worker end of the channel to the main thread (parentPort), narrowed for tests. */
export interface RelayPort {
  postMessage(message: ParserFromWorker): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

function isParserToWorker(value: unknown): value is ParserToWorker {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; op?: unknown; pid?: unknown };
  return message.type === 'parser' && (message.op === 'message' || message.op === 'exit') && typeof message.pid === 'number';
}

/**
 * Worker side: a ParserLauncher whose processes live in the main thread. Electron's
 * utilityProcess cannot be started from a worker thread, and child_process.fork of the app
 * binary needs the RunAsNode fuse, which the app turns off; so the core asks main to start
 * the parser and both ends pass the parser's messages through unchanged.
 */
export function createParserRelayClient(port: RelayPort): ParserLauncher {
  let nextPid = 1;
  const processes = new Map<number, { message: Set<(message: unknown) => void>; exit: Set<(info: { code: number | null; signal: string | null }) => void> }>();

  port.on('message', (raw) => {
    if (!isParserToWorker(raw)) return;
    const listeners = processes.get(raw.pid);
    if (!listeners) return;
    if (raw.op === 'message') {
      for (const listener of listeners.message) listener(raw.message);
      return;
    }
    processes.delete(raw.pid);
    for (const listener of listeners.exit) listener({ code: raw.code, signal: raw.signal });
  });

  return (options): ParserProcess => {
    const pid = nextPid++;
    const listeners = { message: new Set<(message: unknown) => void>(), exit: new Set<(info: { code: number | null; signal: string | null }) => void>() };
    processes.set(pid, listeners);
    port.postMessage({ type: 'parser', op: 'start', pid, options });
    return {
      post: (job) => port.postMessage({ type: 'parser', op: 'post', pid, job }),
      onMessage: (listener) => listeners.message.add(listener),
      onExit: (listener) => listeners.exit.add(listener),
      kill: () => port.postMessage({ type: 'parser', op: 'kill', pid }),
    };
  };
}

export interface ParserRelayHost {
  /** Handles one 'parser' message from the worker. */
  handle(message: ParserFromWorker): void;
  /** Kills every parser of a worker that has gone (crash, restart, close). */
  killAll(): void;
}

/**
 * Main side: starts parsers with the real launcher (utilityProcess) on the worker's behalf
 * and sends their messages and exits back. A launch that throws is reported as an exit, so
 * the core's parse fails with a typed error instead of waiting for its time limit.
 */
export function createParserRelayHost(launcher: ParserLauncher, send: (message: ParserToWorker) => void, log: Logger): ParserRelayHost {
  const running = new Map<number, ParserProcess>();
  return {
    handle(message) {
      switch (message.op) {
        case 'start': {
          let child: ParserProcess;
          try {
            child = launcher(message.options);
          } catch (error) {
            log.error('parser process could not start', { error });
            send({ type: 'parser', op: 'exit', pid: message.pid, code: null, signal: 'launch failed' });
            return;
          }
          running.set(message.pid, child);
          child.onMessage((payload) => send({ type: 'parser', op: 'message', pid: message.pid, message: payload }));
          child.onExit(({ code, signal }) => {
            running.delete(message.pid);
            send({ type: 'parser', op: 'exit', pid: message.pid, code, signal });
          });
          return;
        }
        case 'post':
          running.get(message.pid)?.post(message.job);
          return;
        case 'kill':
          running.get(message.pid)?.kill();
          return;
      }
    },
    killAll() {
      for (const child of running.values()) child.kill();
      running.clear();
    },
  };
}
