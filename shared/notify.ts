import type { Problem } from './model';

// Notifications when a job ends: the desktop one, and group-chat robots (WeCom, DingTalk, Feishu).
// A robot's webhook URL and signing secret are secrets: the renderer only ever sees the view below.

export const ROBOT_KINDS = ['wecom', 'dingtalk', 'feishu'] as const;
export type RobotKind = (typeof ROBOT_KINDS)[number];

/** Where a robot is used: for every project, or only for one appid. */
export type RobotScope = { scope: 'app' } | { scope: 'appid'; appid: string };

/** A robot as the renderer sees it: never the full URL, never the secret. */
export type RobotView = RobotScope & {
  id: string;
  kind: RobotKind;
  /** The webhook with its key or token cut to its first 4 and last 3 characters. */
  maskedUrl: string;
  /** A signing secret is stored (DingTalk 加签, Feishu 签名校验). */
  hasSecret: boolean;
  /** Kept for this session only: the vault cannot persist (Linux basic_text). */
  sessionOnly: boolean;
};

export interface NotifyConfig {
  desktop: boolean;
  robots: RobotView[];
}

export type RobotSaved = { ok: true; robot: RobotView } | { ok: false; problem: Problem };
export type RobotTestResult = { ok: true } | { ok: false; problem: Problem };

/**
 * What ended (an upload, a preview, a connection check), the settings' 「发送测试消息」, or a clock's
 * reminder: a phased release nearing day 15, a version in review longer than usual.
 */
export type NotifyEventKind = 'upload' | 'preview' | 'check' | 'test' | 'phase-ending' | 'review-long';

/** One notification, before any platform's format. */
export interface NotifyMessage {
  kind: NotifyEventKind;
  projectName: string;
  appid: string | null;
  /** The merchant a 第三方平台 template was uploaded for, when it was. */
  extAppid?: string;
  version: string | null;
  notes: string | null;
  operator: string;
  result: { ok: true } | { ok: false; problem: Problem };
  /** The preview or 体验版 QR as PNG/JPEG bytes, base64: an image message where the platform takes one (WeCom). */
  qrBase64?: string;
  /** A link to give where no image can go: the 体验版 link. */
  link?: string;
  /** Reminders: the day of the clock (phase day N of 15, days in review) and the date it names (the automatic 全量). */
  clock?: { day: number; date: string };
}
