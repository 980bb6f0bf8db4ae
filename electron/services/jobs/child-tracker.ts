import childProcess, { type ChildProcess } from 'node:child_process';

/**
 * miniprogram-ci forks helper processes of its own (a 130–320 MB compiler per upload) and never
 * stops them. Recording every child this process starts lets the job kill them before it exits,
 * on success, failure or cancel. Must run before miniprogram-ci is loaded.
 */
export function trackChildProcesses(): { killAll(): Promise<void> } {
  const children = new Set<ChildProcess>();
  const record = (child: ChildProcess) => {
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };
  const { fork, spawn, execFile } = childProcess;
  childProcess.fork = ((...args: Parameters<typeof fork>) => record(fork(...args))) as typeof fork;
  childProcess.spawn = ((...args: Parameters<typeof spawn>) => record(spawn(...args))) as typeof spawn;
  childProcess.execFile = ((...args: Parameters<typeof execFile>) => record(execFile(...args))) as typeof execFile;
  return {
    /** Kills every child still running and waits for each to be reaped, so none is left a zombie. */
    async killAll() {
      const running = [...children].filter((child) => child.exitCode === null && child.signalCode === null);
      const reaped = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
      for (const child of running) child.kill('SIGKILL');
      await Promise.race([Promise.all(reaped), new Promise((resolve) => setTimeout(resolve, 1_000))]);
      children.clear();
    },
  };
}
