import { mpPageUrl, type MpPage } from './deep-links';
import type { MessageKey, Translate } from './i18n';

// 交接卡片: everything an admin needs to do the step only an admin can (the QR scan at 发布, often the
// 提审 login), in one card the operator sends in a chat, as text or as an image. The admin opens the
// links in their own browser, so they carry no session token: the login page forwards to the page.

export type HandoffStage = 'submit' | 'release';

export interface HandoffAccount {
  username: string;
  password: string;
  note?: string;
}

export interface HandoffFacts {
  stage: HandoffStage;
  appid: string;
  version: string;
  notes: string;
  account: HandoffAccount | null;
  /** The 体验版 link its QR encodes. */
  trialLink: string;
}

export interface HandoffCardContent {
  title: string;
  fields: { label: string; value: string }[];
  steps: string[];
  links: { label: string; url: string }[];
}

const STEPS: Record<HandoffStage, MessageKey[]> = {
  submit: ['handoff.submit.step1', 'handoff.submit.step2', 'handoff.submit.step3', 'handoff.submit.step4'],
  release: ['handoff.release.step1', 'handoff.release.step2', 'handoff.release.step3'],
};

const LINKS: Record<HandoffStage, { label: MessageKey; page: MpPage }[]> = {
  submit: [
    { label: 'handoff.link.submitAudit', page: 'submitAudit' },
    { label: 'handoff.link.versions', page: 'versions' },
  ],
  release: [{ label: 'handoff.link.versions', page: 'versions' }],
};

export function handoffContent(facts: HandoffFacts, t: Translate): HandoffCardContent {
  const fields = [
    { label: t('handoff.field.appid'), value: facts.appid },
    { label: t('handoff.field.version'), value: facts.version },
    { label: t('handoff.field.notes'), value: facts.notes.trim() || t('handoff.field.noNotes') },
  ];
  if (facts.account) {
    fields.push({ label: t('handoff.field.username'), value: facts.account.username });
    fields.push({ label: t('handoff.field.password'), value: facts.account.password });
    if (facts.account.note?.trim()) fields.push({ label: t('handoff.field.accountNote'), value: facts.account.note.trim() });
  }
  fields.push({ label: t('handoff.field.trial'), value: facts.trialLink });
  return {
    title: t(facts.stage === 'submit' ? 'handoff.title.submit' : 'handoff.title.release', { version: facts.version }),
    fields,
    steps: STEPS[facts.stage].map((key) => t(key)),
    links: LINKS[facts.stage].map(({ label, page }) => ({ label: t(label), url: mpPageUrl(page) })),
  };
}

/** The card as plain text for a chat: short lines, no markup. */
export function handoffText(content: HandoffCardContent, t: Translate): string {
  return [
    content.title,
    '',
    ...content.fields.map(({ label, value }) => t('handoff.line', { label, value })),
    '',
    t('handoff.whatToClick'),
    ...content.steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    ...content.links.map(({ label, url }) => t('handoff.line', { label, value: url })),
  ].join('\n');
}
