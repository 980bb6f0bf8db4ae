import { utilityProcess } from 'electron';
import type { JobLauncher, JobProcess } from '../../services/jobs/job-launcher';
import type { WorkerMessage } from '../../services/jobs/job-messages';

/**
 * Job processes in Electron: a utility process per job, so miniprogram-ci never runs in the
 * main process. The worker kills its own compiler children when asked to cancel; kill() is
 * the backstop.
 */
export function utilityJobLauncher(workerFile: string): JobLauncher {
  return {
    launch({ cwd, env }): JobProcess {
      const child = utilityProcess.fork(workerFile, [], { cwd, env, serviceName: 'mp-release-job', stdio: 'ignore' });
      let exitCode: number | null | undefined;
      const exited = new Promise<void>((resolve) =>
        child.once('exit', (code) => {
          exitCode = code;
          resolve();
        }),
      );
      return {
        get pid() {
          return child.pid;
        },
        send: (message) => {
          if (exitCode === undefined) child.postMessage(message);
        },
        onMessage: (listener) => child.on('message', (message: WorkerMessage) => listener(message)),
        onExit: (listener) => child.once('exit', (code) => listener(code)),
        waitForExit: (ms) =>
          exitCode !== undefined
            ? Promise.resolve(true)
            : Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]),
        kill: async () => {
          if (exitCode === undefined) child.kill();
          await exited;
        },
      };
    },
  };
}
