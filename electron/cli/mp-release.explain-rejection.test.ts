import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBundleIsFresh, hasScriptCommand, REPO_ROOT } from '../../bench/cli-bench';
import { REJECTION_CORPUS } from '../../shared/rejection/rejection-corpus';

// The built `mp-release explain-rejection`, run as a child process over every corpus text, from a
// file and from stdin, plus its usage errors. No job and no network: the fake WeChat is not needed.

const BIN = path.join(REPO_ROOT, 'bin/mp-release.js');
let tempDir: string;

beforeAll(() => {
  assertBundleIsFresh();
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-explain-test-'));
});
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

/** The machine's language must not change the words: Chinese unless a test asks. */
function env(): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'NODE_OPTIONS']) delete clean[name];
  return clean;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with `stdin` piped in (or /dev/null when undefined). */
function run(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: env(), stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}

/** Runs `jobs` with at most `width` at a time: enough to be quick, few enough for a busy 2-core machine. */
async function inBatches<T>(jobs: (() => Promise<T>)[], width = 3): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

interface Output {
  text: string;
  known: boolean;
  causes: { id: string; title: string; why: string; fix: string; link: string; appeal: string }[];
  advice: null | { id: string; link: string };
}

function writeTemp(name: string, text: string): string {
  const file = path.join(tempDir, name);
  fs.writeFileSync(file, text);
  return file;
}

function expectCorpusAnswer(entry: (typeof REJECTION_CORPUS)[number], result: Run) {
  expect(result.code, `${entry.id}: ${result.stderr}`).toBe(0);
  const output = JSON.parse(result.stdout) as Output;
  expect(output.text).toBe(entry.text);
  expect(output.known).toBe(true);
  expect(output.causes.map((cause) => cause.id), entry.id).toEqual(entry.expected);
  for (const cause of output.causes) {
    expect(cause.link).toMatch(/^https:\/\/(mp|developers)\.weixin\.qq\.com\//);
    for (const words of [cause.title, cause.why, cause.fix, cause.appeal]) expect(words.length).toBeGreaterThan(3);
  }
  expect(output.advice).toBeNull();
}

describe('mp-release explain-rejection over the corpus', () => {
  it('names the expected causes of every text read from a file', { timeout: 240_000 }, async () => {
    const results = await inBatches(REJECTION_CORPUS.map((entry) => () => run(['explain-rejection', writeTemp(`${entry.id}.txt`, entry.text), '--json'])));
    REJECTION_CORPUS.forEach((entry, i) => expectCorpusAnswer(entry, results[i]!));
  });

  it('names the expected causes of every text piped into stdin', { timeout: 240_000 }, async () => {
    const results = await inBatches(REJECTION_CORPUS.map((entry) => () => run(['explain-rejection', '--json'], entry.text)));
    REJECTION_CORPUS.forEach((entry, i) => expectCorpusAnswer(entry, results[i]!));
  });
});

describe('mp-release explain-rejection', () => {
  it('reads stdin for `-`, drops a BOM, and links admin pages through the login page', async () => {
    const privacy = REJECTION_CORPUS.find((entry) => entry.id === 'privacy-complete-guide')!;
    const piped = await run(['explain-rejection', '-', '--json'], privacy.text);
    expect(piped.code, piped.stderr).toBe(0);
    const output = JSON.parse(piped.stdout) as Output;
    expect(output.causes.map((c) => c.id)).toEqual(['privacy-guide']);
    expect(output.causes[0]!.link).toMatch(/^https:\/\/mp\.weixin\.qq\.com\/cgi-bin\/loginpage\?url=%2Fwxamp%2Fwadevelopcode%2Fprivacy/);

    const bom = await run(['explain-rejection', writeTemp('bom.txt', `\uFEFF${privacy.text}`), '--json']);
    expect((JSON.parse(bom.stdout) as Output).text).toBe(privacy.text);
  });

  it('exits 0 with known: false and the general advice for a text it does not know', async () => {
    const result = await run(['explain-rejection', '--json', '--lang', 'en'], '你好，小程序名称与简介描述不一致，请修改后再提交。');
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as Output;
    expect(output).toMatchObject({ known: false, causes: [], advice: { id: 'unknown', link: 'https://developers.weixin.qq.com/miniprogram/product/reject.html' } });
    const human = await run(['explain-rejection'], 'Hello');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('没有认出这段文字说的是哪种原因');
  });

  it('prints causes, fixes, links and the appeal in the asked-for language, with the Chinese appeal for English readers', async () => {
    const ugc = REJECTION_CORPUS.find((entry) => entry.id === 'ugc-forum-section')!;
    const zh = await run(['explain-rejection'], ugc.text);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^可能的原因（最可能的在前）：\n\n1\. 用户可以发布内容/);
    expect(zh.stdout).toContain('\n2. 服务类目不符');
    expect(zh.stdout).toContain('打开：https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Fcategory%2Fget');
    expect(zh.stdout).toContain('您好，我们已补充【社交类目名称】类目');
    expect(zh.stdout).not.toContain('Hello');

    const en = await run(['explain-rejection', '--lang', 'en'], ugc.text);
    expect(en.stdout).toMatch(/^Likely causes \(most likely first\):\n\n1\. Users can post content/);
    expect(en.stdout).toContain('Hello, we have added the [social category] category');
    expect(en.stdout).toContain("WeChat reads appeals in Chinese; paste this one:\n     您好，我们已补充【社交类目名称】类目");
  });

  it('refuses an empty text, a file it cannot read and extra arguments with exit code 2', async () => {
    const cases: [string[], string | undefined, string][] = [
      [['explain-rejection', '--json'], '  \n\t ', 'cli.rejection-empty'],
      [['explain-rejection', '--json'], undefined, 'cli.rejection-empty'],
      [['explain-rejection', writeTemp('empty.txt', ''), '--json'], undefined, 'cli.rejection-empty'],
      [['explain-rejection', path.join(tempDir, 'missing.txt'), '--json'], undefined, 'cli.rejection-unreadable'],
      [['explain-rejection', tempDir, '--json'], undefined, 'cli.rejection-unreadable'],
      [['explain-rejection', 'a.txt', 'b.txt', '--json'], undefined, 'cli.extra-args'],
      [['explain-rejection', '--key', 'k', '--json'], undefined, 'cli.unknown-option'],
    ];
    for (const [args, stdin, code] of cases) {
      const result = await run(args, stdin);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(2);
      expect((JSON.parse(result.stdout) as { ok: boolean; problem: { code: string } }).problem.code).toBe(code);
      expect(result.stderr).toContain(`[${code}]`);
    }
    const unreadable = await run(['explain-rejection', path.join(tempDir, 'missing.txt'), '--lang', 'en']);
    expect(unreadable.stderr).toContain(`Cannot read the file ${path.join(tempDir, 'missing.txt')}.`);
  });

  it.runIf(hasScriptCommand)('asks for a file instead of waiting when stdin is a terminal', () => {
    const log = path.join(tempDir, 'terminal.log');
    const command = `'${process.execPath}' '${BIN}' explain-rejection`;
    const result = spawnSync('script', ['-qec', command, log], { cwd: REPO_ROOT, env: env(), stdio: 'ignore', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(fs.readFileSync(log, 'utf8')).toContain('[cli.rejection-no-input]');
  });

  it('has its help, and a place in the overview', async () => {
    const help = await run(['explain-rejection', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^mp-release explain-rejection \[文件\] \[--json\]/);
    const overview = await run(['--help', '--lang', 'en']);
    expect(overview.stdout).toContain('  mp-release explain-rejection [file] [--json]\n');
  });
});
