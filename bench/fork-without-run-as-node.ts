// Experiment (not a test): what miniprogram-ci does in the job process when child_process.fork
// cannot start Node, as in a packaged app with the RunAsNode fuse off. There, fork() runs
// process.execPath, the app binary itself; ELECTRON_RUN_AS_NODE is ignored, so the child is a
// second app instance, which finds the single-instance lock taken and quits. This script stands
// that in under Node: a wrapper worker replaces fork() with one that starts a script that exits
// at once, then loads the real job worker. It runs one upload per case against the fake WeChat
// server and prints the outcome and the forks the library asked for.
//   npm run build && npx tsx bench/fork-without-run-as-node.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JobRunner } from '../electron/services/jobs/job-runner';
import { nodeJobLauncher } from '../electron/services/jobs/node-job-launcher';
import { WORKER_FILE, fixtureProject, makeTestKey } from './upload-bench';
import { FIXTURE_APPID } from './upload-bench';
import { startFakeWechat } from '../e2e/fake-wechat/fake-wechat-server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fork-probe-'));
const exitAtOnce = path.join(dir, 'second-instance-quits.cjs');
fs.writeFileSync(exitAtOnce, 'process.exit(0);\n');

function wrapperWorker(name: string, breakFork: boolean, compilerInJobProcess: boolean): string {
  const file = path.join(dir, `${name}.cjs`);
  fs.writeFileSync(
    file,
    `const cp = require('node:child_process');
const fs = require('node:fs');
const realFork = cp.fork;
cp.fork = function (modulePath, args, options) {
  if (!Array.isArray(args)) { options = args; args = []; }
  fs.appendFileSync(${JSON.stringify(path.join(dir, `${name}.forks`))}, modulePath + '\\n');
  return ${breakFork} ? realFork(${JSON.stringify(exitAtOnce)}, [], { ...options, execArgv: [] }) : realFork(modulePath, args, options);
};
// miniprogram-ci's own switch (utils/debug.js shouldRunInMainProcess) for running the compiler
// in the calling process instead of forking it: a devtools localStorage flag.
if (${compilerInJobProcess}) globalThis.localStorage = { getItem: (name) => (name === 'compilerInMainProcess' ? '1' : null) };
require(${JSON.stringify(WORKER_FILE)});
`,
  );
  return file;
}

async function uploadOnce(name: string, breakFork: boolean, extraEnv: NodeJS.ProcessEnv, compilerInJobProcess = false): Promise<void> {
  const key = makeTestKey();
  const fake = await startFakeWechat({ apps: { [FIXTURE_APPID]: key.publicKey } });
  const runner = new JobRunner({
    launcher: nodeJobLauncher(wrapperWorker(name, breakFork, compilerInJobProcess)),
    baseEnv: { ...process.env, ...extraEnv, NODE_EXTRA_CA_CERTS: fake.caCertPath },
  });
  try {
    const outcome = await runner.start({
      kind: 'upload',
      project: fixtureProject(),
      options: { version: '1.0.0', desc: 'fork probe', robot: 1 },
      privateKey: key.privateKey,
      proxy: fake.proxyUrl,
    }).outcome;
    const forksFile = path.join(dir, `${name}.forks`);
    const forks = fs.existsSync(forksFile) ? fs.readFileSync(forksFile, 'utf8').trim().split('\n') : [];
    const result = outcome.ok ? `ok, ${fake.uploads.length} upload(s) received` : `failed: ${outcome.problem.code} ${outcome.problem.detail ?? ''}`.slice(0, 300);
    console.log(`${name}: ${result}\n  forks asked for: ${forks.length}${forks.length ? `\n  ${[...new Set(forks.map((f) => path.relative(process.cwd(), f)))].join('\n  ')}` : ''}`);
  } finally {
    await runner.cancelAll();
    await fake.close();
  }
}

await uploadOnce('control (fork works)', false, {});
await uploadOnce('fork starts a quitting app (RunAsNode off)', true, {});
await uploadOnce('RunAsNode off, BUILD_SERVER=1', true, { BUILD_SERVER: '1' });
await uploadOnce('RunAsNode off, compilerInMainProcess flag', true, {}, true);
fs.rmSync(dir, { recursive: true, force: true });
