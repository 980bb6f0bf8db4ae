import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCiInChild, type CiJob, type CiOutcome } from './ci-child';
import { startFakeWechat } from './fake-wechat-server';
import { writeFixtureMiniProgram } from './mini-program-fixture';
import type { FakeWechat, FakeWechatOptions } from './types';

// One isolated run: temp dir with the fixture project, a fresh fake, and a cleanup that kills and removes it all.

export const TEST_APPID = 'wx0123456789abcdef';

export interface TestKey {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function generateTestKey(): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    // PKCS#1 PEM, the same form as the private.<appid>.key WeChat hands out.
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export interface TestRun {
  fake: FakeWechat;
  dir: string;
  projectPath: string;
  qrcodePath: string;
  /** Runs miniprogram-ci in a child against this fake, signing with `key`. */
  runCi(action: CiJob['action'], key: TestKey, extra?: Partial<CiJob>): Promise<CiOutcome>;
  cleanup(): Promise<void>;
}

export async function prepareTestRun(registeredKey: TestKey, fakeOptions: FakeWechatOptions = {}): Promise<TestRun> {
  const dir = mkdtempSync(join(tmpdir(), 'fake-wechat-run-'));
  const projectPath = join(dir, 'project');
  writeFixtureMiniProgram(projectPath, TEST_APPID);
  const fake = await startFakeWechat(fakeOptions);
  fake.registerApp(TEST_APPID, registeredKey.publicKeyPem);
  const running = new Set<AbortController>();

  return {
    fake,
    dir,
    projectPath,
    qrcodePath: join(dir, 'qrcode-base64.txt'),
    async runCi(action, key, extra = {}) {
      const controller = new AbortController();
      running.add(controller);
      const forward = (): void => controller.abort();
      extra.signal?.addEventListener('abort', forward, { once: true });
      try {
        return await runCiInChild({
          action,
          appid: TEST_APPID,
          projectPath,
          privateKey: key.privateKeyPem,
          proxyUrl: fake.proxyUrl,
          caCertPath: fake.caCertPath,
          cwd: dir,
          deadlineMs: 25_000,
          version: '1.2.3',
          desc: 'fake-wechat e2e',
          robot: 7,
          qrcodeOutputDest: join(dir, 'qrcode-base64.txt'),
          pagePath: 'pages/index/index',
          searchQuery: 'a=1&b=2',
          ...extra,
          signal: controller.signal,
        });
      } finally {
        extra.signal?.removeEventListener('abort', forward);
        running.delete(controller);
      }
    },
    async cleanup() {
      for (const controller of running) controller.abort();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
