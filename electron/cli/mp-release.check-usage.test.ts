import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN_JSON, NESTED_SHOP, startCliBench, type CliBench } from '../../bench/cli-bench';

// The parts of `mp-release` that stop before any job: check, usage errors and key problems.
let bench: CliBench;
beforeAll(async () => {
  bench = await startCliBench();
});
afterAll(async () => bench?.close());
// A run left going by a failed or timed-out test is stopped, so its job cannot disturb the next test.
afterEach(() => bench.stopRuns());

function writeTemp(name: string, text: string): string {
  const file = path.join(bench.tempDir, name);
  fs.writeFileSync(file, text);
  return file;
}

const DOMAINS_SHOP = path.resolve('e2e/fixtures/projects/domains-shop');
const TWO_PROJECTS = path.resolve('e2e/fixtures/projects/two-projects');
const CANDIDATE_LINES = `\n    ${path.join(TWO_PROJECTS, 'admin')}\n    ${path.join(TWO_PROJECTS, 'shop')}\n`;
const REAL_PATTERNS = path.resolve('e2e/fixtures/projects/real-patterns');

describe('mp-release check', () => {
  it('summarises the nested project and exits 0', async () => {
    const { code, stdout, stderr } = await bench.run(['check', NESTED_SHOP, '--json']);
    expect(code, stderr).toBe(0);
    const output = JSON.parse(stdout) as { ok: boolean; summary: { appid: string; pageCount: number; projectRoot: string }; problems: unknown[] };
    expect(output.ok).toBe(true);
    expect(output.summary).toMatchObject({ appid: 'wx0123456789abcdef', pageCount: 5 });
    expect(output.summary.projectRoot.endsWith(path.join('nested-shop', 'frontend'))).toBe(true);
    expect(output.problems).toEqual([]);

    const human = await bench.run(['check', NESTED_SHOP]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('小店（wx0123456789abcdef）');
    expect(human.stdout).toMatch(/主包大小\s+3\.8 KB \/ 2\.0 MB/);
    expect(human.stdout).toContain('检查通过');
  });

  it('reports the domains, their problems as warnings and the copy-ready lists, and passes', async () => {
    const { code, stdout, stderr } = await bench.run(['check', DOMAINS_SHOP, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.summary.appid).toBe('wx1111111111111111');
    expect(json.domains.copyLists).toEqual({
      request: 'https://api.shopdemo.cn;https://pay.shopdemo.cn:8443',
      socket: 'wss://ws.shopdemo.cn',
      uploadFile: 'https://upload.shopdemo.cn',
      downloadFile: 'https://files.shopdemo.cn',
      webview: 'https://h5.shopdemo.cn',
    });
    expect(json.domains.imageCopyList).toBe('https://img.shopdemo.cn');
    expect(json.domains.images[0].evidence[0]).toMatchObject({ file: 'miniprogram/pages/index/index.wxml', line: 2 });
    expect(json.domains.mentioned).toEqual([]);
    expect(json.domains.byType.webview[0].evidence[0]).toMatchObject({ file: 'miniprogram/pages/web/web.wxml', line: 1 });
    expect(json.domains.problems.map((p: { code: string }) => p.code).sort()).toEqual([
      'domain.api-weixin',
      'domain.http-not-allowed',
      'domain.ip-address',
      'domain.port',
    ]);
    expect(stderr).toContain('提醒 [domain.ip-address]');
    const human = await bench.run(['check', DOMAINS_SHOP]);
    expect(human.stdout).toContain('request合法域名：https://api.shopdemo.cn;https://pay.shopdemo.cn:8443');
    expect(human.stdout).toContain('  downloadFile合法域名：https://files.shopdemo.cn\n');
    expect(human.stdout).toContain('\n\n图片和媒体的域名（是否必须加进白名单，各方说法不一；真机上图片加载不出来时再加）：\n  downloadFile合法域名：https://img.shopdemo.cn\n');
    expect(human.stdout).not.toContain('只在代码里提到');
  });

  it('lists only the hosts the code calls; images and mere mentions apart, with no problem for a mention', async () => {
    const { code, stdout, stderr } = await bench.run(['check', REAL_PATTERNS, '--json', '--lang', 'en']);
    expect(code, stderr).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.domains.copyLists.uploadFile).toBe('https://log.multi-sdk.cn;https://upload.realshop.cn');
    expect(json.domains.imageCopyList).toBe('https://cdn.realshop.cn;https://cdn2.realshop.cn;https://img.realshop.cn');
    const mentioned = json.domains.mentioned.map((entry: { origin: string }) => entry.origin);
    expect(mentioned).toContain('https://tt-h5.multi-sdk.cn');
    expect(mentioned).toContain('http://stat.vendor-min.cn');
    expect(json.problems.map((p: { code: string; severity: string }) => [p.code, p.severity])).toEqual([['domain.http-not-allowed', 'warning']]);
    const human = await bench.run(['check', REAL_PATTERNS, '--lang', 'en']);
    expect(human.stdout).toContain('Only mentioned in the code, not shown to be called: 8 hosts, nothing to add (--json says where): ');
    expect(human.stdout).toContain('docs.multi-sdk.cn, ');
    expect(human.stdout).not.toMatch(/request合法域名: [^\n]*multi-sdk/);
  });

  it('reports broken JSON with its place and exits 1', async () => {
    const { code, stdout, stderr } = await bench.run(['check', BROKEN_JSON, '--json']);
    expect(code).toBe(1);
    expect(stderr).toContain('错误 [project.json-broken] app.json 的格式有错，第 8 行附近。');
    expect(stderr).toContain('app.json:8:3');
    expect(stderr).toContain('怎么办：');
    const output = JSON.parse(stdout) as { ok: boolean; summary: null; problems: Array<{ code: string; location: string; message: string; next: string }> };
    expect(output).toMatchObject({ ok: false, summary: null });
    expect(output.problems[0]).toMatchObject({ code: 'project.json-broken', location: 'app.json:8:3', message: 'app.json 的格式有错，第 8 行附近。' });
    expect(output.problems[0]!.next).toBeTruthy();
  });
});

describe('usage errors exit 2', () => {
  it.each([
    ['no folder', ['upload', '--version', '1.0.0'], 'cli.missing-dir', 'mp-release upload ./my-miniprogram'],
    ['unknown command', ['publish', NESTED_SHOP], 'cli.unknown-command', 'mp-release --help'],
    ['unknown option', ['check', NESTED_SHOP, '--key', 'x'], 'cli.unknown-option', 'check --help'],
    ['two folders', ['check', NESTED_SHOP, BROKEN_JSON], 'cli.extra-args', 'check --help'],
    ['preview without --qr', ['preview', NESTED_SHOP], 'cli.missing-qr', '--qr preview.png'],
    ['bad --timeout', ['upload', NESTED_SHOP, '--timeout', 'soon'], 'cli.bad-timeout', '--timeout 900'],
    ['a --timeout no timer can hold', ['upload', NESTED_SHOP, '--timeout', '3000000'], 'cli.bad-timeout', '--timeout 900'],
    ['bad --robot', ['upload', NESTED_SHOP, '--robot', 'two'], 'cli.bad-robot', '--robot 2'],
    ['bad --lang', ['check', NESTED_SHOP, '--lang', 'fr'], 'cli.bad-lang', '--lang en'],
  ])('%s', async (_name, args, problemCode, hint) => {
    const { code, stdout, stderr } = await bench.run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(`错误 [${problemCode}]`);
    expect(stderr).toContain(hint);
    expect(stdout).toBe('');
  });

  it('with --json the usage problem is JSON on stdout', async () => {
    const { code, stdout } = await bench.run(['doctor', '--json']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'cli.missing-dir', message: '缺少项目文件夹 <dir>。' } });
  });

  it('--help prints usage in the chosen language', async () => {
    for (const args of [['--help'], ['upload', '--help'], ['help', 'preview']]) {
      const zh = await bench.run(args);
      expect(zh.code).toBe(0);
      expect(zh.stdout).toMatch(/[\u4e00-\u9fff]{4}/);
      const en = await bench.run([...args, '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]{2}(?![^(]*\))/);
      expect(en.stdout).toMatch(/^(mp-release| {2}--)/m);
    }
  });
});

describe('the language of the command line', () => {
  it('follows --lang, then LC_ALL / LC_MESSAGES / LANG, and is Chinese by default', async () => {
    const english = await bench.run(['check', BROKEN_JSON, '--lang', 'en']);
    expect(english.stderr).toContain('Error [project.json-broken] app.json is not valid JSON, near line 8.');
    expect(english.stderr).toContain('  What to do: ');
    expect(english.stderr).toContain('1 problem must be fixed first.');
    const fromLocale = await bench.run(['check', BROKEN_JSON], { env: { ...bench.env, LANG: 'en_US.UTF-8' } });
    expect(fromLocale.stderr).toContain('Error [project.json-broken]');
    const chineseLocale = await bench.run(['check', BROKEN_JSON], { env: { ...bench.env, LANG: 'zh_CN.UTF-8' } });
    expect(chineseLocale.stderr).toContain('错误 [project.json-broken]');
    const unset = await bench.run(['check', BROKEN_JSON], { env: { ...bench.env, LANG: '', LC_ALL: '', LC_MESSAGES: '' } });
    expect(unset.stderr).toContain('错误 [project.json-broken]');
    const flagWins = await bench.run(['check', BROKEN_JSON, '--lang=zh-CN'], { env: { ...bench.env, LANG: 'en_US.UTF-8' } });
    expect(flagWins.stderr).toContain('怎么办：');
  });

  it('refuses a folder of two projects, lists both and says to give one of them', async () => {
    const human = await bench.run(['check', TWO_PROJECTS]);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain(`错误 [project.choose-root] 这个文件夹里有 2 个小程序项目：${CANDIDATE_LINES}`);
    expect(human.stderr).toContain('怎么办：请改为指定上面其中一个项目文件夹，再运行一次命令。');
    expect(human.stderr).not.toMatch(/拖入|点下面/);

    const json = await bench.run(['check', TWO_PROJECTS, '--json', '--lang', 'en']);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain(`Error [project.choose-root] This folder holds 2 Mini Program projects:${CANDIDATE_LINES}`);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      summary: null,
      problems: [{ code: 'project.choose-root', severity: 'error', params: { count: 2 } }],
      candidates: [
        { projectRoot: path.join(TWO_PROJECTS, 'admin'), folder: 'admin', appid: 'wx2222222222222222', projectName: '店长后台' },
        { projectRoot: path.join(TWO_PROJECTS, 'shop'), folder: 'shop', appid: 'wx0123456789abcdef', projectName: '小店' },
      ],
    });
  });

  it('tells a terminal user what to do in a terminal', async () => {
    const missing = await bench.run(['check', path.join(bench.tempDir, 'no-such-folder')]);
    expect(missing.stderr).toContain('[project.path-missing]');
    expect(missing.stderr).not.toContain('拖入');
    expect(missing.stderr).toContain('检查命令里项目文件夹的路径是否写对');
  });
});

describe('upload refuses before any job', () => {
  const upload = (...extra: string[]) => ['upload', NESTED_SHOP, '--proxy', bench.fake.proxyUrl, ...extra];

  it('without --version, with the catalogue message', async () => {
    const { code, stdout, stderr } = await bench.run(upload('--key', bench.keyFile, '--json'));
    expect(code).toBe(1);
    expect(stderr).toContain('错误 [ci.version-empty] 还没有填写版本号。');
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'ci.version-empty' } });
  });

  it('with a malformed version or robot', async () => {
    const version = await bench.run(upload('--key', bench.keyFile, '--version', 'v1.0'));
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('版本号「v1.0」格式不对');
    const robot = await bench.run(upload('--key', bench.keyFile, '--version', '1.0.0', '--robot', '31'));
    expect(robot.code).toBe(1);
    expect(robot.stderr).toContain('[ci.robot-invalid] 机器人编号 31 不在 1–30 之间');
  });

  it('with notes over the 2,048-character cap of the app, saying so instead of failing as a dropped connection', async () => {
    const { code, stdout, stderr } = await bench.run(upload('--key', bench.keyFile, '--version', '1.0.0', '--desc', 'x'.repeat(100_000), '--json'));
    expect(code).toBe(1);
    expect(stderr).toContain('[ci.notes-too-long] 项目备注有 100000 个字，超过了 2048 字的上限。');
    expect(stderr).toContain('--desc');
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'ci.notes-too-long', params: { length: 100_000, max: 2048 } } });
    expect(bench.fake.uploads).toHaveLength(0);
  });

  it('a project with errors, listing them', async () => {
    const { code, stdout, stderr } = await bench.run(['upload', BROKEN_JSON, '--key', bench.keyFile, '--version', '1.0.0', '--json']);
    expect(code).toBe(1);
    expect(stderr).toContain('app.json:8:3');
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'project.json-broken' } });
  });

  it('a folder of two projects, listing them', async () => {
    const { code, stdout, stderr } = await bench.run(['upload', TWO_PROJECTS, '--key', bench.keyFile, '--version', '1.0.0', '--json']);
    expect(code).toBe(1);
    expect(stderr).toContain(`[project.choose-root] 这个文件夹里有 2 个小程序项目：${CANDIDATE_LINES}`);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'project.choose-root' } });
    expect(bench.fake.uploads).toHaveLength(0);
  });

  it('without any key', async () => {
    const { code, stderr } = await bench.run(upload('--version', '1.0.0'));
    expect(code).toBe(1);
    expect(stderr).toContain('[cli.key-missing] 没有提供小程序代码上传密钥');
    expect(stderr).toContain('MP_PRIVATE_KEY_PATH');
  });

  it('with a key file that does not exist, also through MP_PRIVATE_KEY_PATH', async () => {
    const missing = path.join(bench.tempDir, 'nope.key');
    const viaFlag = await bench.run(upload('--key', missing, '--version', '1.0.0'));
    expect(viaFlag.code).toBe(1);
    expect(viaFlag.stderr).toContain(`[key.file-missing] 找不到密钥文件：${missing}`);
    const viaEnv = await bench.run(upload('--version', '1.0.0'), { env: { ...bench.env, MP_PRIVATE_KEY_PATH: missing } });
    expect(viaEnv.stderr).toContain('[key.file-missing]');
  });

  it.each([
    ['empty', '\n\n', 'key.empty'],
    ['not PEM', 'hello, this is my key\n', 'key.not-pem'],
    ['the AppSecret', '0123456789abcdef0123456789abcdef\n', 'key.appsecret'],
    ['damaged PEM', '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n', 'key.truncated'],
  ])('with a key file that is %s', async (_name, text, problemCode) => {
    const file = writeTemp(`${problemCode}.key`, text);
    const { code, stdout, stderr } = await bench.run(upload('--key', file, '--version', '1.0.0', '--json'));
    expect(code).toBe(1);
    expect(stderr).toContain(`错误 [${problemCode}]`);
    expect(stderr).toContain(file);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: problemCode } });
  });

  it('with the key text where a path belongs, without echoing it', async () => {
    // bench.run itself fails the test if any line of the key shows up in the output.
    const asFlag = await bench.run(upload(`--key=${bench.key.privateKey}`, '--version', '1.0.0'));
    expect(asFlag.code).toBe(1);
    expect(asFlag.stderr).toContain('[cli.key-text-as-path] --key 要填密钥文件的路径');
    const asEnv = await bench.run(upload('--version', '1.0.0'), { env: { ...bench.env, MP_PRIVATE_KEY_PATH: bench.key.privateKey } });
    expect(asEnv.stderr).toContain('[cli.key-text-as-path] MP_PRIVATE_KEY_PATH');
    const unquoted = await bench.run(['check', NESTED_SHOP, ...bench.key.privateKey.split(/\s+/).filter((word) => !word.startsWith('-'))]);
    expect(unquoted.code).toBe(2);
    expect(unquoted.stderr).toMatch(/多出了 \d+ 个参数（像是密钥内容，不显示）/);
  });

  it('with a key file named for another appid, saying what to rename', async () => {
    const file = writeTemp('private.wx1111111111111111.key', bench.key.privateKey);
    const { code, stdout, stderr } = await bench.run(upload('--key', file, '--version', '1.0.0', '--json'));
    expect(code).toBe(1);
    expect(stderr).toContain('错误 [key.appid-mismatch] 文件名说这是 wx1111111111111111 的密钥，但当前项目是 wx0123456789abcdef');
    expect(stderr).toContain('private.wx0123456789abcdef.key');
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, problem: { code: 'key.appid-mismatch' } });
  });

  it('with the public key instead of the private one', async () => {
    const file = writeTemp('public.pem', bench.key.publicKey);
    const { code, stderr } = await bench.run(upload('--key', file, '--version', '1.0.0'));
    expect(code).toBe(1);
    expect(stderr).toContain('[key.public-key]');
  });
});
