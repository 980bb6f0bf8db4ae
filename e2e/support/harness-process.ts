import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface HarnessProcess {
  url: string;
  dataDir: string;
  pid: number;
  /** Everything the harness printed so far (its console log). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real `npm run web` entry (dist/harness/main.mjs, built beforehand) on a free
 * port with its own data folder, the way a developer would run it.
 */
export async function startHarnessProcess(options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<HarnessProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mp-desk-harness-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/harness/main.mjs', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Harness ready: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`harness exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
