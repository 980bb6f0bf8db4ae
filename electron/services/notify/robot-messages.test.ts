import crypto from 'node:crypto';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { NotifyMessage } from '../../../shared/notify';
import { robotBodies } from './robot-messages';

const upload: NotifyMessage = {
  kind: 'upload',
  projectName: 'nested-shop',
  appid: 'wx1234567890abcdef',
  version: '1.2.3',
  notes: '修复下单页',
  operator: '小王',
  result: { ok: true },
  link: 'https://open.weixin.qq.com/sns/getexpappinfo?appid=wx1234567890abcdef#wechat-redirect',
};

describe('robot messages', () => {
  it('WeCom: a markdown message, then the QR as an image with the md5 of its raw bytes', async () => {
    const png = await QRCode.toBuffer('https://example.test/qr', { type: 'png' });
    const bodies = robotBodies('wecom', { ...upload, qrBase64: png.toString('base64') }, 'zh-CN');
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toEqual({
      msgtype: 'markdown',
      markdown: {
        content: [
          '**✅ 上传成功：nested-shop**',
          'AppID：wx1234567890abcdef',
          '版本：1.2.3',
          '说明：修复下单页',
          '操作人：小王',
          `[体验版链接](${upload.link})`,
          '二维码见下一条消息。',
        ].join('\n'),
      },
    });
    expect(bodies[1]).toEqual({ msgtype: 'image', image: { base64: png.toString('base64'), md5: crypto.createHash('md5').update(png).digest('hex') } });
  });

  it('names the merchant of a 第三方平台 upload under the AppID', () => {
    const bodies = robotBodies('dingtalk', { ...upload, link: undefined, extAppid: 'wxa000000000000002' }, 'zh-CN') as Array<{ markdown: { text: string } }>;
    expect(bodies[0]?.markdown.text).toContain('AppID：wx1234567890abcdef\n\n商家 AppID：wxa000000000000002\n\n版本：1.2.3');
  });

  it('WeCom: bytes that are not an image are left out, not sent for the platform to refuse', () => {
    const bodies = robotBodies('wecom', { ...upload, qrBase64: Buffer.from('<html>').toString('base64') }, 'en');
    expect(bodies).toHaveLength(1);
    expect(JSON.stringify(bodies)).not.toContain('follows');
  });

  it('DingTalk: markdown with a title and the link in the text, lines apart', () => {
    expect(robotBodies('dingtalk', upload, 'en')).toEqual([
      {
        msgtype: 'markdown',
        markdown: {
          title: '✅ Uploaded: nested-shop',
          text: ['### ✅ Uploaded: nested-shop', 'AppID: wx1234567890abcdef', 'Version: 1.2.3', 'Notes: 修复下单页', 'Operator: 小王', `[Trial version link](${upload.link})`].join('\n\n'),
        },
      },
    ]);
  });

  it('Feishu: a post with one row per line and the link as an a tag; a failure says why and what to do', () => {
    const failed: NotifyMessage = { ...upload, result: { ok: false, problem: { code: 'ci.invalid-ip', severity: 'error', params: { ip: '203.0.113.7' } } } };
    const [body] = robotBodies('feishu', failed, 'zh-CN') as Array<{ msg_type: string; content: { post: { zh_cn: { title: string; content: Array<Array<Record<string, string>>> } } } }>;
    expect(body!.msg_type).toBe('post');
    const post = body!.content.post.zh_cn;
    expect(post.title).toBe('❌ 上传失败：nested-shop');
    expect(post.content.slice(0, 4)).toEqual([[{ tag: 'text', text: 'AppID：wx1234567890abcdef' }], [{ tag: 'text', text: '版本：1.2.3' }], [{ tag: 'text', text: '说明：修复下单页' }], [{ tag: 'text', text: '操作人：小王' }]]);
    expect(post.content[4]![0]!.text).toMatch(/^原因：.*203\.0\.113\.7/);
    expect(post.content[5]![0]!.text).toMatch(/^怎么办：/);
    expect(post.content.at(-1)).toEqual([{ tag: 'a', text: '体验版链接', href: upload.link }]);
  });
});
