import { describe, expect, it } from 'vitest';
import { dingtalkSign, dingtalkSignedUrl, feishuSign } from './robot-signing';

// Fixed vectors computed apart from this code (Python's hmac module, from the platforms' documented
// recipes): a swapped key and message, seconds for milliseconds or a missing URL-encoding all change them.
describe('robot signing', () => {
  it('signs DingTalk as base64(HmacSHA256(secret, "timestamp\\nsecret")), URL-encoded in the query', () => {
    expect(dingtalkSign('SECb1f2c3d4e5', 1700000000000)).toBe('dbG82+GBosM3ahX4bhov4d1NnLpMznOC8omZTMwN1Os=');
    const url = dingtalkSignedUrl('https://oapi.dingtalk.com/robot/send?access_token=abc12345', 'SECb1f2c3d4e5', 1700000000000);
    expect(url).toBe('https://oapi.dingtalk.com/robot/send?access_token=abc12345&timestamp=1700000000000&sign=dbG82%2BGBosM3ahX4bhov4d1NnLpMznOC8omZTMwN1Os%3D');
  });

  it('signs Feishu with "timestamp\\nsecret" as the HMAC key and an empty message', () => {
    expect(feishuSign('fs-secret-42', 1700000000)).toBe('yGS8AbL11Qk/yWSGNuNvFC8MM8tTLiU1FS1LO5qNJ68=');
  });
});
