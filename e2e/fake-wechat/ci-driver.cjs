'use strict';
// Child process that runs the real miniprogram-ci once. The private key arrives over IPC only (never argv/env).
// Parent sends { type: 'run', action: 'upload' | 'preview', ... }; the child answers with 'progress',
// 'unhandled-rejection' and finally one 'result' message, then exits.

const send = (message) => new Promise((resolve) => {
  if (!process.connected) return resolve();
  process.send(message, () => resolve());
});

const describeError = (error) => ({
  name: error && error.name,
  message: error && error.message !== undefined ? String(error.message) : String(error),
  code: error && error.code,
  text: String(error),
});

// miniprogram-ci raises one stray rejection when getrandstr fails during compile; report it instead of dying.
process.on('unhandledRejection', (reason) => {
  void send({ type: 'unhandled-rejection', error: describeError(reason) });
});

async function run(job) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS driver loading a CommonJS library
  const ci = require('miniprogram-ci');
  ci.proxy(job.proxyUrl);
  const project = new ci.Project({
    appid: job.appid,
    type: 'miniProgram',
    projectPath: job.projectPath,
    privateKey: job.privateKey,
    ignores: ['node_modules/**/*'],
  });
  const common = {
    project,
    desc: job.desc,
    robot: job.robot,
    setting: { es6: true },
    onProgressUpdate: (task) => {
      if (task && typeof task === 'object') void send({ type: 'progress', message: task.message, status: task.status });
    },
  };
  if (job.action === 'preview') {
    return ci.preview({
      ...common,
      qrcodeFormat: 'base64',
      qrcodeOutputDest: job.qrcodeOutputDest,
      pagePath: job.pagePath,
      searchQuery: job.searchQuery,
    });
  }
  return ci.upload({ ...common, version: job.version });
}

process.once('message', async (job) => {
  if (!job || job.type !== 'run') return;
  const startedAt = Date.now();
  let outcome;
  try {
    outcome = { type: 'result', ok: true, result: await run(job) };
  } catch (error) {
    outcome = { type: 'result', ok: false, error: describeError(error) };
  }
  await send({ ...outcome, elapsedMs: Date.now() - startedAt });
  process.exit(0);
});
