import { fork } from 'node:child_process';
import type { JobLauncher, JobProcess } from './job-launcher';
import type { WorkerMessage } from './job-messages';

function signalGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: nothing left in the group.
  }
}

/**
 * Job processes under plain Node (tests, the harness, the CLI). Each one leads its own process
 * group, so a kill reaches the compiler processes miniprogram-ci starts below it too.
 */
export function nodeJobLauncher(workerFile: string): JobLauncher {
  return {
    launch({ cwd, env }): JobProcess {
      const isWindows = process.platform === 'win32';
      // execArgv is cleared so the job does not inherit the parent's loaders or inspector flags.
      const child = fork(workerFile, [], {
        cwd,
        env,
        execArgv: [],
        detached: !isWindows,
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        serialization: 'advanced',
      });
      child.stderr?.resume();
      const hasExited = () => child.exitCode !== null || child.signalCode !== null;
      return {
        pid: child.pid,
        send: (message) => {
          if (child.connected) child.send(message);
        },
        onMessage: (listener) => child.on('message', (message) => listener(message as WorkerMessage)),
        onExit: (listener) => {
          child.once('exit', (code, signal) => listener(code, signal));
          // A process that could not be started emits 'error' instead; unheard, it would crash the parent.
          child.once('error', () => listener(null));
        },
        waitForExit: (ms) => {
          if (hasExited()) return Promise.resolve(true);
          return new Promise((resolve) => {
            const timer = setTimeout(() => resolve(false), ms);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve(true);
            });
          });
        },
        kill: async () => {
          const exited = hasExited()
            ? Promise.resolve()
            : Promise.race([
                new Promise((resolve) => child.once('exit', resolve)),
                new Promise((resolve) => child.once('error', resolve)),
                new Promise((resolve) => setTimeout(resolve, 3_000)),
              ]);
          // The group outlives its leader while any compiler process in it is alive, so the
          // group kill is sent even after the job process itself has exited.
          if (isWindows || child.pid === undefined) child.kill('SIGKILL');
          else signalGroup(child.pid);
          await exited;
        },
      };
    },
  };
}
