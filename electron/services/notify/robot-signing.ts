import crypto from 'node:crypto';

// The two platforms that sign, as their documentation gives it:
// - DingTalk custom robot 加签: string-to-sign `${timestamp}\n${secret}` (timestamp in ms), HMAC-SHA256
//   keyed with the secret, base64, then URL-encoded into `&timestamp=…&sign=…` on the webhook URL
//   (DingTalk's documented recipe, as given in this task's platform facts; not re-checked here).
// - Feishu custom bot 签名校验: string-to-sign `${timestamp}\n${secret}` (timestamp in seconds) is the
//   HMAC-SHA256 KEY and the message is empty; base64; sent as `timestamp` and `sign` in the JSON body.
//   Checked against Feishu's Python sample as quoted on public pages, and gitea's fix (go-gitea/gitea#34788).
// Both refuse a timestamp more than an hour from their clock.

export function dingtalkSign(secret: string, timestampMs: number): string {
  return crypto.createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** The webhook URL with DingTalk's timestamp and sign appended. */
export function dingtalkSignedUrl(url: string, secret: string, timestampMs: number): string {
  const signed = new URL(url);
  signed.searchParams.set('timestamp', String(timestampMs));
  signed.searchParams.set('sign', dingtalkSign(secret, timestampMs));
  return signed.toString();
}

export function feishuSign(secret: string, timestampSeconds: number): string {
  return crypto.createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}
