import { describe, expect, it } from 'vitest';
import { decodeQrDataUrl } from '../../../e2e/support/decode-qr';
import { makeTrialQr } from './trial-qr';

describe('the 体验版 QR code', () => {
  it('is a PNG that reads, as a phone would read it, as the getexpappinfo link', async () => {
    const qr = await makeTrialQr('wx0123456789abcdef', 'pages/cart/cart', 'from=desk&id=7');
    expect(qr.link).toBe('https://open.weixin.qq.com/sns/getexpappinfo?appid=wx0123456789abcdef&path=pages%2Fcart%2Fcart.html%3Ffrom%3Ddesk%26id%3D7#wechat-redirect');
    expect(qr.image).toMatch(/^data:image\/png;base64,/);
    expect(decodeQrDataUrl(qr.image)).toBe(qr.link);
  });

  it('opens the home page when no page is named', async () => {
    const qr = await makeTrialQr('wx0123456789abcdef');
    expect(decodeQrDataUrl(qr.image)).toBe('https://open.weixin.qq.com/sns/getexpappinfo?appid=wx0123456789abcdef#wechat-redirect');
  });
});
