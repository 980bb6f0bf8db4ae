import crypto from 'node:crypto';
import { describeProblem } from '../../../shared/errors';
import { translator, type MessageKey } from '../../../shared/i18n';
import type { Lang } from '../../../shared/model';
import type { NotifyMessage, RobotKind } from '../../../shared/notify';

// A notification in each platform's exact body (pure). What each takes (the platforms' robot docs, as given in
// this task's platform facts):
// - WeCom: {"msgtype":"markdown","markdown":{"content"}}; an image is a second message,
//   {"msgtype":"image","image":{"base64","md5"}} (md5 of the raw bytes; PNG or JPG up to 2 MB).
// - DingTalk: {"msgtype":"markdown","markdown":{"title","text"}}; images only by URL, so the link goes in the text.
// - Feishu: {"msg_type":"post","content":{"post":{"zh_cn"|"en_us":{"title","content":[[…tags]]}}}};
//   an image needs an image_key from an upload API a custom bot cannot call, so the link goes as an `a` tag.

/** WeCom refuses images over 2 MB before encoding; such a QR is left out (the link is there). */
export const WECOM_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

const TITLES: Record<NotifyMessage['kind'], { ok: MessageKey; failed: MessageKey }> = {
  upload: { ok: 'notify.msg.upload.ok', failed: 'notify.msg.upload.failed' },
  preview: { ok: 'notify.msg.preview.ok', failed: 'notify.msg.preview.failed' },
  check: { ok: 'notify.msg.check.ok', failed: 'notify.msg.check.failed' },
  test: { ok: 'notify.msg.test.ok', failed: 'notify.msg.test.failed' },
  'phase-ending': { ok: 'notify.msg.phase-ending', failed: 'notify.msg.phase-ending' },
  'review-long': { ok: 'notify.msg.review-long', failed: 'notify.msg.review-long' },
};

/** Who pressed the button matters for a job; a clock's reminder has nobody behind it. */
const HAS_OPERATOR: ReadonlySet<NotifyMessage['kind']> = new Set(['upload', 'preview', 'check']);

/** The message as a title and lines of plain text, in the operator's language. */
export function messageLines(message: NotifyMessage, lang: Lang): { title: string; lines: string[] } {
  const t = translator(lang);
  const title = t(TITLES[message.kind][message.result.ok ? 'ok' : 'failed'], { project: message.projectName, version: message.version ?? '', day: message.clock?.day ?? 0, date: message.clock?.date ?? '' });
  const lines: string[] = [];
  if (message.appid) lines.push(t('notify.msg.appid', { appid: message.appid }));
  if (message.extAppid) lines.push(t('notify.msg.extAppid', { extAppid: message.extAppid }));
  if (message.version) lines.push(t('notify.msg.version', { version: message.version }));
  if (message.notes) lines.push(t('notify.msg.notes', { notes: message.notes }));
  if (HAS_OPERATOR.has(message.kind)) lines.push(message.operator ? t('notify.msg.operator', { operator: message.operator }) : t('notify.msg.noOperator'));
  if (!message.result.ok) {
    const described = describeProblem(message.result.problem, lang);
    lines.push(t('notify.msg.problem', { message: described.message }), t('notify.msg.next', { next: described.next }));
  }
  return { title, lines };
}

/** The QR as raw bytes when it is a PNG or a JPEG small enough for WeCom. */
function wecomImage(qrBase64: string | undefined): { base64: string; md5: string } | null {
  if (!qrBase64) return null;
  const bytes = Buffer.from(qrBase64, 'base64');
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if ((!png && !jpeg) || bytes.length > WECOM_IMAGE_MAX_BYTES) return null;
  return { base64: bytes.toString('base64'), md5: crypto.createHash('md5').update(bytes).digest('hex') };
}

/** Markdown link text is cut at `]`, and a URL at `)`: neither belongs in what we write there. */
const mdLink = (text: string, url: string) => `[${text.replace(/[[\]]/g, '')}](${url.replace(/\)/g, '%29')})`;

/** The JSON bodies to POST, in order (WeCom sends the QR as a second message). Signing is added by the sender. */
export function robotBodies(kind: RobotKind, message: NotifyMessage, lang: Lang): object[] {
  const t = translator(lang);
  const { title, lines } = messageLines(message, lang);
  const linkText = t('notify.msg.link');
  switch (kind) {
    case 'wecom': {
      const image = wecomImage(message.qrBase64);
      const extra = [message.link ? mdLink(linkText, message.link) : null, image ? t('notify.msg.qrFollows') : null].filter((line): line is string => line !== null);
      const content = [`**${title}**`, ...lines, ...extra].join('\n');
      const markdown = { msgtype: 'markdown', markdown: { content } };
      return image ? [markdown, { msgtype: 'image', image }] : [markdown];
    }
    case 'dingtalk': {
      const extra = message.link ? [mdLink(linkText, message.link)] : [];
      // DingTalk markdown needs a blank line (or two trailing spaces) between lines.
      return [{ msgtype: 'markdown', markdown: { title, text: [`### ${title}`, ...lines, ...extra].join('\n\n') } }];
    }
    case 'feishu': {
      const rows: object[][] = lines.map((line) => [{ tag: 'text', text: line }]);
      if (message.link) rows.push([{ tag: 'a', text: linkText, href: message.link }]);
      return [{ msg_type: 'post', content: { post: { [lang === 'en' ? 'en_us' : 'zh_cn']: { title, content: rows } } } }];
    }
  }
}
