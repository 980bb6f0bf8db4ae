import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeWechat, type FakeWechat } from '../e2e/fake-wechat/fake-wechat-server';
import { FIXTURE_APPID, makeTestKey } from './upload-bench';

// Runs the built `mp-release` (bin/mp-release.js → dist/cli/mp-release.mjs) as a real child
// process, the way an operator or a CI pipeline would, against the fake servicewechat.com.

export const REPO_ROOT = path.resolve('.');
export const NESTED_SHOP = 'e2e/fixtures/projects/nested-shop';
export const BROKEN_JSON = 'e2e/fixtures/projects/broken-json';
const BIN = path.join(REPO_ROOT, 'bin/mp-release.js');
const BUNDLE = path.join(REPO_ROOT, 'dist/cli/mp-release.mjs');

/** Fails loudly when the bundle is older than the CLI sources: the tests would test old code. */
export function assertBundleIsFresh(): void {
  if (!fs.existsSync(BUNDLE)) throw new Error('dist/cli/mp-release.mjs is missing: run `node scripts/build-node.mjs` first.');
  const built = fs.statSync(BUNDLE).mtimeMs;
  const sources = fs.readdirSync('electron/cli', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('test-support'));
  const stale = sources.filter((f) => fs.statSync(path.join('electron/cli', f)).mtimeMs > built);
  if (stale.length) throw new Error(`dist/cli/mp-release.mjs is older than ${stale.join(', ')}: run \`node scripts/build-node.mjs\` first.`);
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Called with the child and the stderr seen so far, on every stderr chunk. */
  onStderr?: (child: ChildProcess, stderrSoFar: string) => void;
}

/**
 * The test process's environment without anything that would change the CLI's choices, in the
 * default language (Chinese) whatever the machine's locale; tests of the language set it themselves.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(https?_proxy|all_proxy|no_proxy|npm_config_.*proxy|MP_PRIVATE_KEY.*|NODE_OPTIONS|LANG|LC_ALL|LC_MESSAGES)$/i.test(name)) env[name] = value;
  }
  return env;
}

export interface CliBench {
  fake: FakeWechat;
  key: { privateKey: string; publicKey: string };
  keyFile: string;
  tempDir: string;
  /** The default environment of runs: no proxy, no key, and the fake's CA trusted. */
  env: NodeJS.ProcessEnv;
  run(args: string[], options?: RunOptions): Promise<CliRun>;
  /** Runs with stderr on a pseudo-terminal (util-linux `script`); stdout still goes to a pipe-like file. */
  runInTerminal(args: string[]): Promise<{ terminal: string; stdout: string }>;
  /** Stops runs still going (Ctrl-C, so each cancels its job), for after a test that failed or timed out. */
  stopRuns(): Promise<void>;
  close(): Promise<void>;
}

/** Every body line of the PEM: none of them may ever show up in the CLI's output. */
function keyFragments(privateKey: string): string[] {
  return privateKey.split('\n').filter((line) => line && !line.startsWith('-----'));
}

export async function startCliBench(): Promise<CliBench> {
  assertBundleIsFresh();
  const key = makeTestKey();
  const fake = await startFakeWechat({ apps: { [FIXTURE_APPID]: key.publicKey } });
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-cli-test-'));
  const keyFile = path.join(tempDir, `private.${FIXTURE_APPID}.key`);
  fs.writeFileSync(keyFile, key.privateKey, { mode: 0o600 });
  const env = { ...cleanEnv(), NODE_EXTRA_CA_CERTS: fake.caCertPath };
  const fragments = keyFragments(key.privateKey);
  const live = new Set<ChildProcess>();

  const run = (args: string[], options: RunOptions = {}): Promise<CliRun> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: options.env ?? env, stdio: ['ignore', 'pipe', 'pipe'] });
      live.add(child);
      let stdout = '';
      let stderr = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        options.onStderr?.(child, stderr);
      });
      child.once('error', reject);
      child.once('close', (code, signal) => {
        live.delete(child);
        clearTimeout(timer);
        const leaked = fragments.find((fragment) => stdout.includes(fragment) || stderr.includes(fragment));
        if (leaked) reject(new Error(`the private key appeared in the output of mp-release ${args.join(' ')}`));
        else resolve({ code, signal, stdout, stderr });
      });
    });

  const runInTerminal = async (args: string[]) => {
    const stdoutFile = path.join(tempDir, 'terminal-stdout.txt');
    const logFile = path.join(tempDir, 'terminal.log');
    const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
    const command = `${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')} > ${quote(stdoutFile)}`;
    // Asynchronous on purpose: the fake WeChat lives in this process and must keep answering.
    await new Promise((resolve, reject) => spawn('script', ['-qec', command, logFile], { cwd: REPO_ROOT, env, stdio: 'ignore' }).once('exit', resolve).once('error', reject));
    const result = { terminal: fs.readFileSync(logFile, 'utf8'), stdout: fs.readFileSync(stdoutFile, 'utf8') };
    if (fragments.some((fragment) => result.terminal.includes(fragment) || result.stdout.includes(fragment))) throw new Error('the private key appeared on the terminal');
    return result;
  };

  return {
    fake,
    key,
    keyFile,
    tempDir,
    env,
    run,
    runInTerminal,
    async stopRuns() {
      const running = [...live];
      await Promise.all(running.map((child) => new Promise((resolve) => child.once('close', resolve).kill('SIGINT'))));
    },
    async close() {
      await fake.close();
      fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

export const hasScriptCommand = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;

/** argv and environment of the processes the CLI started (Linux /proc), to prove the key is not there. */
export function childProcessTexts(parentPid: number): string[] {
  let children: string[];
  try {
    children = fs.readFileSync(`/proc/${parentPid}/task/${parentPid}/children`, 'utf8').split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
  return children.flatMap((pid) => {
    try {
      return [fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8') + fs.readFileSync(`/proc/${pid}/environ`, 'utf8')];
    } catch {
      return [];
    }
  });
}

/** Argument list for an upload of the nested-shop fixture through the fake. */
export function uploadArgs(bench: CliBench, extra: string[] = []): string[] {
  return ['upload', NESTED_SHOP, '--key', bench.keyFile, '--version', '1.2.3', '--desc', '命令行上传', '--robot', '7', '--proxy', bench.fake.proxyUrl, '--json', ...extra];
}
