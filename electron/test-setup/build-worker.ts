import { execFileSync } from 'node:child_process';

// Job-runner tests fork the real, bundled job worker; build it once before any test runs.
export default function buildWorker(): void {
  execFileSync(process.execPath, ['scripts/build-node.mjs', '--worker-only'], { stdio: 'inherit' });
}
