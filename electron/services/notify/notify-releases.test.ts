import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_APPID, FIXTURE_ROOT, startUploadBench, type UploadBench } from '../../../bench/upload-bench';
import { startFakeWebhook, type FakeWebhook } from '../../../e2e/fake-webhook/fake-webhook-server';
import { decodeQrDataUrl } from '../../../e2e/support/decode-qr';
import { memoryVault } from '../keys/memory-vault';
import { silentLogger } from '../logging/logger';
import { checkProject } from '../release/check-project';
import { createReleaseService } from '../release/release-service';
import { readProject } from '../project/read-project';
import { readProjectIdentity } from '../project/read-project-identity';
import type { StoreBackend } from '../settings/store-backend';
import { recordingNotifier } from './desktop-notifier';
import { notifyReleases } from './notify-releases';
import { createNotifyService } from './notify-service';
import { RobotStore, type NotifyFile } from './robot-store';

// A real preview (miniprogram-ci against the fake WeChat) through the release service wrapped by
// notifyReleases: the WeCom robot gets the message, then the preview QR as an image message whose md5
// the fake checked and whose code reads as what WeChat encoded; Feishu, which cannot take an image
// from a bot, gets the post alone.

let bench: UploadBench;
let webhook: FakeWebhook;
beforeAll(async () => {
  bench = await startUploadBench();
  webhook = await startFakeWebhook();
});
afterAll(async () => {
  await bench.close();
  await webhook.close();
});
afterEach(() => bench.runner.cancelAll());

function memoryStore(): StoreBackend<NotifyFile> {
  const data: Partial<NotifyFile> = {};
  return { get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}

describe('a preview, notified', () => {
  it('sends the QR to WeCom as an image and to Feishu as a post, and the outcome is the job\'s own', async () => {
    webhook.registerRobot('wecom', 'wecom-preview-key');
    webhook.registerRobot('feishu', 'feishu-preview-token', 'fs-secret');
    const robots = new RobotStore(memoryVault(), memoryStore(), silentLogger);
    robots.add({ kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=wecom-preview-key', appid: FIXTURE_APPID });
    robots.add({ kind: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/feishu-preview-token', secret: 'fs-secret', appid: null });
    const desktop = recordingNotifier();
    const notifier = createNotifyService({ robots, desktop, lang: () => 'en', proxy: () => null, logger: silentLogger, robotBaseUrl: webhook.baseUrl });
    let sent: Promise<void> = Promise.resolve();
    const release = notifyReleases(
      createReleaseService({ checkProject, readProject, readProjectIdentity, keys: { useKey: () => ({ ok: true, pem: bench.key.privateKey }) }, runner: bench.runner, proxy: () => bench.fake.proxyUrl, logger: silentLogger }),
      { notify: (message) => (sent = notifier.notify(message)), operator: () => 'Li', trialRobot: () => null, logger: silentLogger },
    );
    const outcome = await release.preview({ projectRoot: FIXTURE_ROOT, robot: 3 });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    await expect.poll(() => webhook.received.length, { timeout: 20_000 }).toBe(3);
    await sent;

    const [markdown, image] = webhook.received.filter((m) => m.platform === 'wecom');
    expect(markdown!.body).toMatchObject({ msgtype: 'markdown' });
    expect(String((markdown!.body.markdown as { content: string }).content)).toContain('Preview QR code ready');
    expect(image!.body).toMatchObject({ msgtype: 'image' });
    const qr = (image!.body.image as { base64: string }).base64;
    expect(decodeQrDataUrl(`data:image/png;base64,${qr}`)).toBe(bench.fake.uploads.at(-1)!.qrContent);
    expect(webhook.received.find((m) => m.platform === 'feishu')!.body).toMatchObject({ msg_type: 'post' });
    expect(desktop.shown).toEqual([expect.objectContaining({ ok: true, title: expect.stringContaining('Preview QR code ready') })]);
  });
});
