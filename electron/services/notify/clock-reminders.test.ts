import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeWebhook, type FakeWebhook } from '../../../e2e/fake-webhook/fake-webhook-server';
import type { NotifyMessage } from '../../../shared/notify';
import type { ReviewBook } from '../../../shared/review';
import { memoryVault } from '../keys/memory-vault';
import { silentLogger } from '../logging/logger';
import type { StoreBackend } from '../settings/store-backend';
import { createClockReminders, dueReminders } from './clock-reminders';
import { recordingNotifier } from './desktop-notifier';
import { createNotifyService } from './notify-service';
import { RobotStore, type NotifyFile } from './robot-store';

const APPID = 'wx1234567890abcdef';
const at = (day: string) => `${day}T09:00:00.000Z`;

/** 1.0.0 released 分阶段 on 2026-03-01 (day 15 is 03-15); 1.1.0 submitted on 03-02 and still in review. */
const book: ReviewBook = {
  appid: APPID,
  urgentQuota: 3,
  releasedBefore: true,
  versions: [
    { appid: APPID, version: '1.0.0', events: [{ state: 'submitted', at: '2026-02-20', recordedAt: at('2026-02-20') }, { state: 'approved', at: '2026-02-22', recordedAt: at('2026-02-22') }, { state: 'released', at: '2026-03-01', mode: 'phased', recordedAt: at('2026-03-01') }] },
    { appid: APPID, version: '1.1.0', events: [{ state: 'submitted', at: '2026-03-02', recordedAt: at('2026-03-02') }] },
  ],
};

function memoryStore(): StoreBackend<NotifyFile> {
  const data: Partial<NotifyFile> = {};
  return { get: (key) => data[key], set: (key, value) => void (data[key] = value) };
}

describe('clock reminders', () => {
  it('are due from phase day 13 to 15, and once a version has been in review more than 7 days', () => {
    expect(dueReminders([book], '2026-03-09').map((r) => r.message.kind)).toEqual([]);
    expect(dueReminders([book], '2026-03-10').map((r) => [r.message.kind, r.message.version, r.message.clock])).toEqual([['review-long', '1.1.0', { day: 8, date: '2026-03-02' }]]);
    expect(dueReminders([book], '2026-03-12').map((r) => r.message.kind)).toEqual(['review-long']);
    expect(dueReminders([book], '2026-03-13').map((r) => [r.message.kind, r.message.clock])).toEqual([['phase-ending', { day: 13, date: '2026-03-15' }], ['review-long', { day: 11, date: '2026-03-02' }]]);
    expect(dueReminders([book], '2026-03-16').map((r) => r.message.kind)).toEqual(['review-long']);
  });

  it('go out once a day', async () => {
    const sent: NotifyMessage[] = [];
    let today = new Date(2026, 2, 13, 10);
    const reminders = createClockReminders({ books: () => [book], notify: async (m) => void sent.push(m), store: memoryStore(), logger: silentLogger, now: () => today });
    expect(await reminders.run()).toBe(2);
    expect(await reminders.run()).toBe(0);
    today = new Date(2026, 2, 14, 10);
    expect(await reminders.run()).toBe(2);
    expect(sent.map((m) => m.kind)).toEqual(['phase-ending', 'review-long', 'phase-ending', 'review-long']);
  });
});

describe('a clock reminder on the wire', () => {
  let fake: FakeWebhook;
  beforeEach(async () => {
    fake = await startFakeWebhook();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('reaches a WeCom robot scoped to the appid and the desktop, with the day and the date of the automatic 全量', async () => {
    fake.registerRobot('wecom', 'wecom-key-for-reminders');
    const store = memoryStore();
    const robots = new RobotStore(memoryVault(), store, silentLogger);
    robots.add({ kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=wecom-key-for-reminders', appid: APPID });
    robots.add({ kind: 'wecom', url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=another-appids-robot', appid: 'wx0000000000000000' });
    const desktop = recordingNotifier();
    const service = createNotifyService({ robots, desktop, lang: () => 'zh-CN', proxy: () => null, logger: silentLogger, robotBaseUrl: fake.baseUrl });
    const reminders = createClockReminders({ books: () => [book], notify: service.notify, store, logger: silentLogger, now: () => new Date(2026, 2, 14, 10) });
    await reminders.run();
    expect(fake.received.map((m) => m.token)).toEqual(['wecom-key-for-reminders', 'wecom-key-for-reminders']);
    expect(JSON.stringify(fake.received[0]!.body)).toContain('已到第 14 天，2026-03-15 会自动全量发布');
    // The other appid's robot was not asked: the fake does not know its key and would have refused it.
    expect(fake.refusals).toEqual([]);
    expect(desktop.shown.map((note) => note.title)).toEqual([expect.stringContaining('分阶段发布快满 15 天'), expect.stringContaining('审核时间超过通常')]);
  });
});
