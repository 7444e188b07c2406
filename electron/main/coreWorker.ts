import { parentPort, workerData } from 'node:worker_threads';
import { openCore } from '../core/openCore';
import { setParserLauncher } from '../core/transfer/transferStore';
import type { CoreWorkerData } from './coreProtocol';
import { runCoreWorker } from './coreWorkerLoop';
import { createParserRelayClient } from './parserRelay';

// Entry of the core worker thread (no Electron here): the database and engine run off the
// main thread so a slow query never freezes a window.
if (!parentPort) throw new Error('coreWorker must run in a worker thread');
const port = parentPort;
// Spreadsheet parsers are started by the main thread (utilityProcess) on this worker's behalf.
setParserLauncher(createParserRelayClient(port));
void runCoreWorker(
  {
    postMessage: (message) => port.postMessage(message),
    on: (event, listener) => port.on(event, listener),
  },
  workerData as CoreWorkerData,
  openCore,
  // Closing the port lets the thread end once the core has released the database.
  () => port.close(),
);
