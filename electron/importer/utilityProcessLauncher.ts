import { utilityProcess } from 'electron';
import type { LaunchOptions, ParserLauncher, ParserProcess } from './protocol';

/**
 * The parser process in the packaged app: Electron's utilityProcess (child_process.fork needs
 * the RunAsNode fuse, which the app turns off). Call from the main process with the built
 * child entry (out/main/importerChild.js) and hand the launcher to the core with
 * setParserLauncher(); the child speaks the same protocol through process.parentPort.
 * Not covered by CI (no Electron binary there); the fork launcher runs the same child in tests.
 */
export function utilityProcessLauncher(script: string): ParserLauncher {
  return ({ tempDir, maxOldSpaceMb }: LaunchOptions): ParserProcess => {
    const child = utilityProcess.fork(script, [], {
      serviceName: 'Territory Grid spreadsheet parser',
      execArgv: [`--max-old-space-size=${maxOldSpaceMb}`],
      stdio: 'ignore',
      env: { TMPDIR: tempDir, TMP: tempDir, TEMP: tempDir },
    });
    return {
      post: (job) => child.postMessage(job),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', (code) => listener({ code, signal: null })),
      kill: () => {
        child.kill();
      },
    };
  };
}
