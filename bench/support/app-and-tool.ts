import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { JobOutcome } from '../../shared/jobs';
import { createHarnessServices, type HarnessServices } from '../../electron/harness/node-adapters';
import { startFakeWechat, type FakeWechat } from '../../e2e/fake-wechat/fake-wechat-server';
import { makeTestKey } from '../upload-bench';

// The two sides of the upload, preview and connection-check figures, against one fake WeChat:
// - the app: the services composed exactly as the harness (`npm run web`) composes them, called through the
//   contract's front (`serve('release:upload', …)`, the handler the window's call reaches: input parsed,
//   the verdict, the key from the vault, the proxy from settings, a job process, the outcome);
// - the tools it replaces: the raw `miniprogram-ci` CLI as a process, and a one-off signed getattr script.
// The key is made at run time; the raw CLI reads it from a file (mode 600) in the bench's temp folder.

export const CI_BIN = path.resolve('node_modules/miniprogram-ci/bin/miniprogram-ci.js');
const WORKER_FILE = path.resolve('dist/jobs/job-worker.cjs');

export interface AppAndTool {
  fake: FakeWechat;
  services: HarnessServices;
  keyFile: string;
  /** The environment of the tools' processes: no inherited proxy, the fake's CA trusted. */
  toolEnv: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export async function startAppAndTool(appid: string, workDir: string): Promise<AppAndTool> {
  const key = makeTestKey();
  const fake = await startFakeWechat({ apps: { [appid]: key.publicKey } });
  const keyFile = path.join(workDir, `private.${appid}.key`);
  fs.writeFileSync(keyFile, key.privateKey, { mode: 0o600 });
  // The harness's runner starts job processes from this process's environment, as the harness process
  // started with NODE_EXTRA_CA_CERTS does in the e2e suite.
  process.env.NODE_EXTRA_CA_CERTS = fake.caCertPath;
  // As the harness and the app compose it: one job process kept warm ahead of need.
  const services = createHarnessServices({ dataDir: path.join(workDir, 'app-data'), version: 'bench', workerFile: WORKER_FILE, warmJobs: true });
  await services.serve('settings:update', { proxy: fake.proxyUrl });
  const imported = (await services.serve('keys:import', { path: keyFile, appid })) as { ok: boolean };
  if (!imported.ok) throw new Error(`the app refused the bench key: ${JSON.stringify(imported)}`);
  const toolEnv: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^(https?_proxy|all_proxy|no_proxy|NODE_OPTIONS)$/i.test(name)) toolEnv[name] = value;
  toolEnv.NODE_EXTRA_CA_CERTS = fake.caCertPath;
  return {
    fake,
    services,
    keyFile,
    toolEnv,
    async close() {
      await services.runner.dispose();
      await fake.close();
    },
  };
}

/** One job through the app's front, as the window calls it; throws unless the outcome is ok. */
export async function appJob(bench: AppAndTool, channel: 'release:upload' | 'release:preview' | 'release:checkConnection', input: Record<string, unknown>): Promise<void> {
  const outcome = (await bench.services.serve(channel, { jobId: crypto.randomUUID(), ...input })) as JobOutcome<'upload'>;
  if (!outcome.ok) throw new Error(`${channel} failed: ${outcome.problem.code} ${outcome.problem.detail ?? ''}`.slice(0, 400));
}

/** Runs a tool as a process to its exit; throws on a non-zero exit, with the end of its output. */
export function runTool(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? '')} ${args[1] ?? ''} exited with ${code ?? signal}:\n${output}`));
    });
  });
}
