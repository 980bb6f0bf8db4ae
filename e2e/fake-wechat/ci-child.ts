import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Runs ci-driver.cjs (the real miniprogram-ci) in its own process group, so a deadline can kill it together with
// the compiler subprocess it leaves behind.

const DRIVER_PATH = fileURLToPath(new URL('./ci-driver.cjs', import.meta.url));
const PROXY_ENV = /^(https?_proxy|all_proxy|no_proxy|npm_config_(https?_)?proxy)$/i;
const OUTPUT_TAIL_CHARS = 20_000;

export interface CiJob {
  action: 'upload' | 'preview';
  appid: string;
  projectPath: string;
  privateKey: string;
  proxyUrl: string;
  caCertPath: string;
  /** Working directory of the child; miniprogram-ci leaves a hex-named folder there. */
  cwd: string;
  /** The child (and its process group) is killed after this long; the outcome then has timedOut. */
  deadlineMs: number;
  /** Aborting kills the child the same way; the outcome then has aborted. */
  signal?: AbortSignal;
  version?: string;
  desc?: string;
  robot?: number;
  qrcodeOutputDest?: string;
  pagePath?: string;
  searchQuery?: string;
}

export interface CiErrorInfo {
  name?: string;
  message: string;
  code?: number | string;
  /** String(error), i.e. what a log line would show. */
  text: string;
}

export interface CiOutcome {
  ok: boolean;
  result?: Record<string, unknown>;
  error?: CiErrorInfo;
  timedOut: boolean;
  aborted: boolean;
  pid?: number;
  progress: Array<{ message: string; status: string }>;
  unhandledRejections: CiErrorInfo[];
  elapsedMs: number;
  output: string;
}

type DriverMessage =
  | { type: 'progress'; message: string; status: string }
  | { type: 'unhandled-rejection'; error: CiErrorInfo }
  | { type: 'result'; ok: boolean; result?: Record<string, unknown>; error?: CiErrorInfo };

function childEnv(caCertPath: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!PROXY_ENV.test(name)) env[name] = value;
  // Must be present at process start; setting it later inside the child has no effect.
  env.NODE_EXTRA_CA_CERTS = caCertPath;
  return env;
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

export function runCiInChild(job: CiJob): Promise<CiOutcome> {
  const startedAt = Date.now();
  const child = fork(DRIVER_PATH, [], {
    cwd: job.cwd,
    env: childEnv(job.caCertPath),
    execArgv: [],
    detached: true,
    silent: true,
  });
  let output = '';
  const keepOutput = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keepOutput);
  child.stderr?.on('data', keepOutput);

  const outcome: CiOutcome = {
    ok: false, timedOut: false, aborted: false, pid: child.pid,
    progress: [], unhandledRejections: [], elapsedMs: 0, output: '',
  };
  return new Promise<CiOutcome>((resolve) => {
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      job.signal?.removeEventListener('abort', onAbort);
      killGroup(child.pid);
      outcome.elapsedMs = Date.now() - startedAt;
      // Resolve only once the child is reaped, so callers never see a half-dead process.
      const done = (): void => {
        outcome.output = output;
        resolve(outcome);
      };
      const gone = child.pid === undefined || child.exitCode !== null || child.signalCode !== null;
      if (gone) done();
      else child.once('exit', done);
    };
    const deadline = setTimeout(() => {
      outcome.timedOut = true;
      finish();
    }, job.deadlineMs);
    const onAbort = (): void => {
      outcome.aborted = true;
      finish();
    };
    if (job.signal?.aborted) onAbort();
    job.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('message', (message: DriverMessage) => {
      if (message.type === 'progress') outcome.progress.push({ message: message.message, status: message.status });
      if (message.type === 'unhandled-rejection') outcome.unhandledRejections.push(message.error);
      if (message.type === 'result') {
        outcome.ok = message.ok;
        outcome.result = message.result;
        outcome.error = message.error;
        finish();
      }
    });
    // 'disconnect' comes after the last IPC message has been read, so both together mean nothing more will arrive.
    let exited = false;
    let disconnected = false;
    child.on('exit', (code, signal) => {
      exited = true;
      if (!settled && !outcome.error && outcome.result === undefined) {
        const message = `ci-driver exited (code ${code}, signal ${signal}) without a result`;
        outcome.error = { name: 'Error', message, text: `Error: ${message}` };
      }
      if (disconnected) finish();
    });
    child.on('disconnect', () => { disconnected = true; if (exited) finish(); });
    child.on('error', (error) => {
      outcome.error = { name: error.name, message: error.message, text: String(error) };
      finish();
    });

    const { deadlineMs: _deadline, caCertPath: _ca, cwd: _cwd, signal: _signal, ...request } = job;
    if (!settled) child.send({ type: 'run', ...request });
  });
}
