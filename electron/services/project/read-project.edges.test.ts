import { realpath } from 'node:fs/promises';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { WHITELIST_TYPES, type DomainScanResult } from '../../../shared/domains';
import { checkProject } from '../release/check-project';
import { readProject } from './read-project';
import { codes, errors, expectProblem } from './test-support/expect-problem';
import { useTempDir, writeMiniProgram } from './test-support/project-builder';
import { CAN_MAKE_FIFOS, makeSparseFile, useFifos } from './test-support/special-files';

/** Every host the domain scan found, whatever its list. */
function hostsIn(domains: DomainScanResult | null): string[] {
  if (!domains) return [];
  return [...WHITELIST_TYPES.flatMap((type) => domains.byType[type]), ...domains.images, ...domains.mentioned].map((entry) => entry.host);
}

describe('what the upload would carry: links out of the project', () => {
  const tmp = useTempDir();

  it('a link to a file outside the project blocks, naming the link and its target', async () => {
    await writeMiniProgram(tmp(), { dir: 'shop' });
    const secret = await tmp().write('elsewhere/secret.png', new Uint8Array(5000));
    await tmp().symlink('../../elsewhere/secret.png', 'shop/images/logo.png');
    const report = await readProject(tmp().path('shop'));
    const target = await realpath(secret);
    expectProblem(report, 'project.link-outside', {
      zh: `images/logo.png 是一个链接，指向项目之外的 ${target}`,
      file: 'images/logo.png',
      params: { target },
    });
    // Shown with the summary, but not counted: the upload must not carry it.
    expect(report.summary?.sizes.total.bytes).toBeLessThan(5000);
  });

  it('a link to a folder outside the project blocks, and the domain scan does not read through it', async () => {
    await writeMiniProgram(tmp(), { dir: 'shop' });
    await tmp().write('outside/lib/api.js', "wx.request({ url: 'https://secret-folder.example.com/v1' });\n");
    await tmp().write('outside/api.js', "wx.request({ url: 'https://secret-file.example.com/v1' });\n");
    await tmp().symlink('../../outside/lib', 'shop/utils/lib');
    await tmp().symlink('../../outside/api.js', 'shop/utils/api.js');
    const check = await checkProject(tmp().path('shop'));
    expect(check.problems.filter((p) => p.code === 'project.link-outside').map((p) => p.file)).toEqual(['utils/api.js', 'utils/lib']);
    expect(check.domains).not.toBeNull();
    expect(hostsIn(check.domains)).toEqual([]);
  });

  it('a code folder reached through a link out of the project blocks', async () => {
    await writeMiniProgram(tmp(), { dir: 'build', miniprogramRoot: 'dist' });
    await tmp().write('shop/project.config.json', { appid: 'wx0123456789abcdef', miniprogramRoot: 'dist' });
    await tmp().symlink('../build/dist', 'shop/dist');
    const report = await readProject(tmp().path('shop'));
    expectProblem(report, 'project.link-outside', { zh: 'dist 是一个链接', file: 'dist', params: { target: await realpath(tmp().path('build/dist')) } });
  });

  it('links that stay inside the project are fine, and an ignored link out is not uploaded', async () => {
    await writeMiniProgram(tmp(), { miniprogramRoot: 'miniprogram', config: { packOptions: { ignore: [{ type: 'folder', value: 'vendor' }] } } });
    await tmp().write('shared/theme.wxss', 'page {}\n');
    await tmp().write('outside/big.js', 'x');
    await tmp().symlink('../../shared/theme.wxss', 'miniprogram/styles/theme.wxss');
    await tmp().symlink('../pages', 'miniprogram/alias');
    await tmp().symlink('../../outside', 'miniprogram/vendor');
    const report = await readProject(tmp().path('.'));
    expect(report.problems).toEqual([]);
  });
});

describe.skipIf(!CAN_MAKE_FIFOS)('what the upload would carry: FIFOs and sockets', () => {
  const tmp = useTempDir();
  // Each test also fails when anything opened one of its FIFOs and waited (see useFifos).
  const mkfifo = useFifos();

  it('a FIFO named project.config.json is an error, and the check does not wait on it', async () => {
    await tmp().write('app.json', { pages: ['pages/index/index'] });
    mkfifo(tmp().path('project.config.json'));
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.special-file', { zh: 'project.config.json 不是普通文件（是命名管道），无法读取', file: 'project.config.json', params: { type: 'fifo' } });
    expect(report.summary).toBeNull();
  });

  it('a FIFO as app.json or as a page .json is an error', async () => {
    await writeMiniProgram(tmp(), { dir: 'a' });
    await tmp().delete('a/app.json');
    mkfifo(tmp().path('a/app.json'));
    expectProblem(await readProject(tmp().path('a')), 'project.special-file', { zh: 'app.json 不是普通文件', file: 'app.json' });

    await writeMiniProgram(tmp(), { dir: 'b' });
    await tmp().delete('b/pages/index/index.json');
    mkfifo(tmp().path('b/pages/index/index.json'));
    const report = await readProject(tmp().path('b'));
    expectProblem(report, 'project.special-file', { zh: 'pages/index/index.json 不是普通文件', file: 'pages/index/index.json' });
  });

  it('a FIFO in the code is skipped with a note, and neither the check nor the domain scan waits on it', async () => {
    await writeMiniProgram(tmp());
    await tmp().mkdir('assets');
    await tmp().mkdir('utils');
    mkfifo(tmp().path('assets/stream'));
    mkfifo(tmp().path('utils/api.js'));
    await tmp().symlink('../assets/stream', 'utils/linked.js');
    const check = await checkProject(tmp().root);
    expect(errors(check)).toEqual([]);
    const skipped = check.problems.filter((p) => p.code === 'project.special-file-skipped');
    expect(skipped.map((p) => [p.file, p.severity, p.params?.type]).sort()).toEqual([
      ['assets/stream', 'warning', 'fifo'],
      ['utils/api.js', 'warning', 'fifo'],
      ['utils/linked.js', 'warning', 'fifo'],
    ]);
    const stream = { ...check, problems: skipped.filter((p) => p.file === 'assets/stream') };
    expectProblem(stream, 'project.special-file-skipped', { severity: 'warning', zh: 'assets/stream 不是普通文件（是命名管道），已跳过' });
  });

  it('a socket in the code is skipped with a note', async () => {
    await writeMiniProgram(tmp());
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(tmp().path('debug.sock'), resolve));
    try {
      const report = await readProject(tmp().root);
      expectProblem(report, 'project.special-file-skipped', { severity: 'warning', zh: '是套接字', file: 'debug.sock', params: { type: 'socket' } });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('what the upload would carry: oversized configuration files', () => {
  const tmp = useTempDir();

  it('a 300 MB project.config.json is refused unread, with its size', async () => {
    await tmp().write('project.config.json', '{"appid": "wx0123456789abcdef"');
    await makeSparseFile(tmp().path('project.config.json'), 300 * 1024 * 1024);
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.file-too-big', {
      zh: 'project.config.json 有 300.0 MB，超过了配置文件 2.0 MB 的上限',
      file: 'project.config.json',
      params: { size: '300.0 MB', limit: '2.0 MB' },
    });
    expect(codes(report)).toEqual(['project.file-too-big']);
  });

  it('app.json just over 2 MB is refused; a private config that big only warns', async () => {
    await writeMiniProgram(tmp());
    const padded = JSON.stringify({ pages: ['pages/index/index'], padding: 'x'.repeat(2 * 1024 * 1024) });
    await tmp().write('app.json', padded);
    expectProblem(await readProject(tmp().root), 'project.file-too-big', { zh: 'app.json 有 2.0 MB', file: 'app.json' });

    await tmp().write('app.json', { pages: ['pages/index/index'] });
    await tmp().write('project.private.config.json', JSON.stringify({ padding: 'x'.repeat(3 * 1024 * 1024) }));
    const report = await readProject(tmp().root);
    expectProblem(report, 'project.file-too-big', { severity: 'warning', zh: 'project.private.config.json 有 3.0 MB', file: 'project.private.config.json' });
    expect(report.summary).not.toBeNull();
  });

  it('a page script over the cap is left to the size check, not refused', async () => {
    await writeMiniProgram(tmp());
    await tmp().write('pages/index/index.js', `Page({});\n//${'x'.repeat(2 * 1024 * 1024)}\n`);
    const report = await readProject(tmp().root);
    expect(errors(report)).toEqual([]);
    expect(codes(report)).toEqual(['project.size-main-over']);
  });
});
