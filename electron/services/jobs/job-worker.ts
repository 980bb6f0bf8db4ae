import { trackChildProcesses } from './child-tracker';
import type { JobProgress } from '../../../shared/jobs';
import type { ParentMessage, WorkerMessage } from './job-messages';
import { JobFailure, toRawError } from './job-messages';

// Entry of a job process (child_process.fork under Node, utilityProcess.fork in Electron).
// It takes one job, runs it, reports, kills whatever miniprogram-ci left running and exits.

const children = trackChildProcesses();

// Electron's utility process talks through process.parentPort; a forked Node child through process.send.
const parentPort = (process as unknown as { parentPort?: { on(e: 'message', cb: (m: { data: ParentMessage }) => void): void; postMessage(m: unknown): void } }).parentPort;

function send(message: WorkerMessage): Promise<void> {
  if (parentPort) {
    parentPort.postMessage(message);
    return new Promise((resolve) => setImmediate(resolve));
  }
  return new Promise((resolve) => {
    if (!process.send?.(message, undefined, undefined, () => resolve())) resolve();
  });
}

async function exit(code: number): Promise<never> {
  await children.killAll();
  process.exit(code);
}

// A failed getrandstr during compile raises one extra unhandled rejection besides the real
// error; left alone it would kill the process before the real error is reported.
process.on('unhandledRejection', () => undefined);
process.on('disconnect', () => void exit(2));

/**
 * A spare process loads what any job may need ahead of its job: the library (through the job modules
 * that import it) and nothing that depends on a project, an appid, a key or a proxy. A job message
 * sent meanwhile waits in the queue behind it.
 */
async function warm(): Promise<void> {
  await import('./run-ci-job');
  await import('./run-offline-checks');
  (await import('./check-connection')).loadSigningModules();
  await send({ type: 'ready' });
}

let started = false;
async function onMessage(message: ParentMessage): Promise<void> {
  if (message.type === 'cancel') return exit(3);
  if (started) return;
  if (message.type === 'warm') return warm();
  started = true;
  try {
    // Loaded only now, after the child tracker is in place, and only in the job process. The
    // connection check needs two small modules of the library, not its compilers; an npm install
    // never loads miniprogram-ci.
    const report = (progress: JobProgress) => void send({ type: 'progress', progress });
    const run =
      message.kind === 'connection-check'
        ? (await import('./run-connection-check')).runConnectionCheck
        : message.kind === 'npm-install'
          ? (await import('./npm-install-job')).runNpmInstallJob
          : message.kind === 'offline-checks'
            ? (await import('./run-offline-checks')).runOfflineChecks
            : (await import('./run-ci-job')).runCiJob;
    const value = await run(message, report);
    await send({ type: 'result', value });
    await exit(0);
  } catch (error) {
    await send(error instanceof JobFailure ? { type: 'problem', problem: error.problem } : { type: 'error', error: toRawError(error) });
    await exit(1);
  }
}

if (parentPort) parentPort.on('message', (event) => void onMessage(event.data));
else process.on('message', (message) => void onMessage(message as ParentMessage));
