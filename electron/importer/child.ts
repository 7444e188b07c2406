/**
 * The isolated spreadsheet parser: a separate OS process with a V8 heap cap and a
 * wall-clock limit set by its parent, so a hostile file can at worst kill this process.
 * It receives one ParseJob, streams what it reads back, and exits. It never touches the
 * database and never evaluates formulas.
 *
 * Started by electron/core/transfer/parserHost.ts: child_process.fork in Node (CLI, tests,
 * the loopback server), Electron's utilityProcess in the desktop app. Both give it
 * `process.send` / `process.on('message')`-style messaging through `port()` below.
 */
import { detectFormat } from './detectFormat';
import { ParseFailure, type ChildMessage, type ParseJob } from './protocol';
import { readText } from './readText';
import { loadWorkbookReader, readXlsx } from './readXlsx';

const IN_FLIGHT = 8;

interface Port {
  post(message: ChildMessage): Promise<void>;
  onJob(listener: (job: ParseJob) => void): void;
}

/** Node's IPC channel (fork) or Electron's parentPort (utilityProcess). */
function port(): Port {
  const electronPort = (process as unknown as { parentPort?: { postMessage(m: unknown): void; on(e: 'message', l: (event: { data: unknown }) => void): void } }).parentPort;
  if (electronPort) {
    return {
      post: async (message) => electronPort.postMessage(message),
      onJob: (listener) => electronPort.on('message', (event) => listener(event.data as ParseJob)),
    };
  }
  if (!process.send) throw new Error('the parser must be started as a child process');
  return {
    // Waiting for each send keeps the parent's queue (and this process's memory) small.
    post: (message) =>
      new Promise((resolve, reject) => {
        process.send!(message, undefined, undefined, (error) => (error ? reject(error) : resolve()));
      }),
    onJob: (listener) => process.on('message', (message) => listener(message as ParseJob)),
  };
}

async function run(job: ParseJob, out: Port): Promise<void> {
  const started = performance.now();
  // Up to IN_FLIGHT batches may wait in the channel: the parent writes each batch to the
  // database synchronously, and the parser should keep reading meanwhile, not wait for it.
  const inFlight: Promise<void>[] = [];
  const send = {
    meta: (meta: Omit<Extract<ChildMessage, { type: 'meta' }>, 'type'>) => void out.post({ type: 'meta', ...meta }),
    merges: (ranges: Extract<ChildMessage, { type: 'merges' }>['ranges']) => void out.post({ type: 'merges', ranges }),
    rows: async (rows: Extract<ChildMessage, { type: 'rows' }>['rows']) => {
      inFlight.push(out.post({ type: 'rows', rows }));
      if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    },
  };
  try {
    const detected = detectFormat(job.path, job.fileName, job.limits, job.format);
    const result = detected.kind === 'zip' ? await readXlsx(job, send) : { formulaCells: 0, mergesDropped: 0, ...(await readText(job, send)) };
    await Promise.all(inFlight);
    await out.post({
      type: 'done',
      stats: { ...result, ms: Math.round(performance.now() - started), maxRssBytes: process.resourceUsage().maxRSS * 1024 },
    });
  } catch (error) {
    const failure =
      error instanceof ParseFailure
        ? error
        : new ParseFailure('corrupt', error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : String(error).slice(0, 500));
    await out.post({ type: 'error', kind: failure.kind, detail: failure.message.slice(0, 500) });
  }
}

const out = port();
// A spare process whose parent went away has nothing left to do.
process.on('disconnect', () => process.exit(0));
let busy = false;
out.onJob((job) => {
  if (busy || job?.type !== 'parse') return;
  busy = true;
  void run(job, out).finally(() => {
    // One job per process: a fresh process for every file.
    process.exit(0);
  });
});
// Load the reader while the parent is still sending the job (the module graph takes a while).
if (process.env.TG_PARSER_PRELOAD !== '0') loadWorkbookReader();
process.on('uncaughtException', (error) => {
  void out.post({ type: 'error', kind: 'corrupt', detail: `uncaught: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500) }).finally(() => process.exit(0));
});
