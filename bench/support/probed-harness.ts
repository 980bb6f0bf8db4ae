import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The real `npm run web` entry (dist/harness/main.mjs), started as e2e/support/harness-process.ts starts
// it, plus `--expose-gc --import bench/support/loop-probe.mjs` so the bench can read the harness
// process's own event-loop delay and RSS (the job processes it forks do not get these flags).

export interface ProbeReading {
  p50: number;
  p99: number;
  max: number;
  samples: number;
  rssMb: number;
  gc: boolean;
}

export interface ProbedHarness {
  url: string;
  pid: number;
  /** Ends the probe's current window (asked on the harness's stdin): its loop delay since the last reading, and the RSS after a GC. */
  read(): Promise<ProbeReading>;
  stop(): Promise<void>;
}

export async function startProbedHarness(dataDir: string, env: NodeJS.ProcessEnv): Promise<ProbedHarness> {
  const probe = path.resolve('bench/support/loop-probe.mjs');
  const child = spawn(process.execPath, ['--expose-gc', '--import', probe, 'dist/harness/main.mjs', '--port', '0', '--data-dir', dataDir], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let waiting: ((reading: ProbeReading) => void) | null = null;
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    let match: RegExpExecArray | null;
    while (waiting && (match = /BENCH-PROBE (\{.*\})\n/.exec(output))) {
      output = output.slice(match.index + match[0].length);
      const resolve = waiting;
      waiting = null;
      resolve(JSON.parse(match[1]!) as ProbeReading);
    }
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 30_000);
    const look = () => {
      const match = /Harness ready: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout.off('data', look);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', look);
    child.once('exit', (code) => reject(new Error(`harness exited with ${code}:\n${output}`)));
  });
  return {
    url,
    pid: child.pid!,
    read: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the harness probe did not answer')), 30_000);
        waiting = (reading) => {
          clearTimeout(timer);
          resolve(reading);
        };
        child.stdin.write('read\n');
      }),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
