import { createRequire } from 'node:module';

// miniprogram-ci compiles in a process it forks (corecompiler/summerEntryProcess.js) with
// child_process.fork, which starts process.execPath. In a packaged app that is the app binary, and
// with the RunAsNode fuse off it starts a second app, which quits: the upload then fails after 20 s
// with "fork process timeout" (bench/fork-without-run-as-node.ts). The job already runs in a process
// of its own, so the compiler runs there instead, through the library's own switch: utils/debug.js
// `shouldRunInMainProcess`, which the library reads at each call (`(0, debug_1.shouldRunInMainProcess)()`).
// Tests take the same path as the packaged app. MP_RELEASE_COMPILER_FORK=1 keeps the library's own
// fork (only where Node can be forked: under Node, or Electron without the fuses), for comparing, and
// for the usage-report test: the library sends that report without waiting for it, and with nothing
// forked to stop the job process exits before the report leaves.
const require = createRequire(__filename);

interface DebugModule {
  shouldRunInMainProcess: () => Promise<boolean>;
}

export function runCompilerInJobProcess(): void {
  if (process.env.MP_RELEASE_COMPILER_FORK === '1') return;
  const debug = require('miniprogram-ci/dist/utils/debug') as DebugModule;
  debug.shouldRunInMainProcess = () => Promise.resolve(true);
}
