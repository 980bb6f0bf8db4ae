import { describe, expect, it } from 'vitest';
import { MP_PAGES } from '../deep-links';
import { LANGS } from '../i18n';
import { describeRejection } from './describe-rejection';
import { explainRejection } from './explain-rejection';
import { normaliseRejection } from './normalise-rejection';
import { REJECTION_CORPUS } from './rejection-corpus';
import { REJECTION_CAUSES, REJECTION_RULES, type RejectionCause } from './rejection-rules';

const causesOf = (text: string) => explainRejection(text).causes.map((entry) => entry.cause);

describe('explainRejection over the corpus of real rejection texts', () => {
  it('holds at least 25 texts, and every cause is the top cause of at least one', () => {
    expect(REJECTION_CORPUS.length).toBeGreaterThanOrEqual(25);
    const tops = new Set(REJECTION_CORPUS.map((entry) => entry.expected[0]));
    expect([...REJECTION_CAUSES].filter((cause) => !tops.has(cause))).toEqual([]);
    expect(new Set(REJECTION_CORPUS.map((entry) => entry.id)).size).toBe(REJECTION_CORPUS.length);
  });

  it.each(REJECTION_CORPUS.map((entry) => [entry.id, entry] as const))('%s: the expected causes, the expected one first', (_id, entry) => {
    const explanation = explainRejection(entry.text);
    expect(explanation.known).toBe(true);
    expect(explanation.text).toBe(entry.text);
    expect(explanation.causes[0]?.cause).toBe(entry.expected[0]);
    expect(explanation.causes.map((c) => c.cause)).toEqual(entry.expected);
    for (const cause of explanation.causes) expect(cause.matched.length).toBeGreaterThan(0);
  });
});

describe('explainRejection on other texts', () => {
  it('knows nothing of a text no rule matches, and keeps it whole', () => {
    for (const text of ['你好，小程序名称与简介描述不一致，请修改后再提交。', 'Hello, please resubmit.', '审核不通过。请根据上述原因对小程序进行修改，并重新提交代码审核。']) {
      expect(explainRejection(text)).toEqual({ text, known: false, causes: [] });
    }
  });

  it('matches no rule on an empty or blank text', () => {
    for (const text of ['', ' ', '\n\t　\n']) expect(explainRejection(text)).toEqual({ text, known: false, causes: [] });
    for (const rule of REJECTION_RULES) for (const signal of rule.signals) expect(signal.pattern.test(''), `${rule.cause} ${signal.pattern}`).toBe(false);
  });

  it('lets every rule fail: with the words that matched taken out, its cause is no longer listed', () => {
    for (const cause of REJECTION_CAUSES) {
      const entry = REJECTION_CORPUS.find((e) => e.expected[0] === cause)!;
      let text = normaliseRejection(entry.text);
      for (let round = 0; round < 10; round++) {
        const found = explainRejection(text).causes.find((c) => c.cause === cause);
        if (!found) break;
        for (const phrase of found.matched) text = text.split(phrase).join('');
      }
      expect(causesOf(text), `${cause} after removing its words from ${entry.id}`).not.toContain(cause);
    }
  });

  it('reads full-width and half-width forms and broken lines alike', () => {
    const half = '1:服务类目"工具-信息查询_"与你提交代码审核时设置的功能页面内容不一致: (1):请补充选择:时政信息-时政信息类目。';
    const full = '１：服务类目“工具－信息查询＿”与你提交代码审核时设置的功能页面\n内容不一致：（１）：请补充选择：时政信息－时政信息类目。';
    expect(causesOf(half)).toEqual(['category']);
    expect(causesOf(full)).toEqual(['category']);
    expect(causesOf('请完善【用户隐私\n保护指引】')).toEqual(['privacy-guide']);
    expect(causesOf('小程序帐号需要补充"教育-在线教育"类目')).toEqual(['category']);
  });

  it('reads a rule section only after the rules it belongs to, and 5.1 is not 5.10', () => {
    expect(causesOf('违反《微信小程序平台运营规范》5.1，请修改')).toEqual(['induced-share']);
    expect(causesOf('违反《微信小程序平台运营规范》5.1.1，请修改')).toEqual(['induced-share']);
    expect(causesOf('违反规范：《微信小程序平台运营规范》5.行为规范-5.10互推行为')).toEqual([]);
    expect(causesOf('（测试环境wifi/4G，微信8.0.34，5.1寸屏）页面正常')).toEqual([]);
  });

  it('does not take the test phone in the note for a cause', () => {
    expect(causesOf('（测试环境：iOS 16.1，微信8.0.30，iPhone 12）')).toEqual([]);
    expect(causesOf('（测试环境wifi/4G，Andriod 7.0，微信7.0.0，Honor V9）')).toEqual([]);
  });

  it('ranks the cause that brings another first, and causes a numbered list names in its order', () => {
    expect(causesOf('1:服务类目"X"与你提交代码审核时设置的功能页面内容不一致:(1):涉及UGC内容的发布，请补充选择社交-社区/论坛类目')).toEqual(['ugc', 'category']);
    expect(causesOf('1. 小程序未完成小程序备案。 2. 涉及诱导分享。')).toEqual(['filing', 'induced-share']);
    expect(causesOf('1. 涉及诱导分享。 2. 小程序未完成小程序备案。')).toEqual(['induced-share', 'filing']);
    expect(causesOf('小程序抽奖活动存在诱导分享、诱导关注公众号的行为')).toEqual(['induced-share', 'induced-follow']);
  });
});

describe('the rules as data', () => {
  it('name every cause once, with a page that exists or a rules page on developers.weixin.qq.com', () => {
    expect(REJECTION_RULES.map((rule) => rule.cause).sort()).toEqual([...REJECTION_CAUSES].sort());
    for (const rule of REJECTION_RULES) {
      if (rule.link.kind === 'mp') expect(Object.keys(MP_PAGES)).toContain(rule.link.page);
      else expect(rule.link.url).toMatch(/^https:\/\/developers\.weixin\.qq\.com\//);
      // A global or sticky pattern keeps state between texts.
      for (const signal of rule.signals) expect(signal.pattern.global || signal.pattern.sticky, String(signal.pattern)).toBe(false);
      for (const explained of rule.explains ?? []) expect(REJECTION_CAUSES).toContain(explained);
    }
  });

  it('give every cause and the general advice their words in both languages, the appeal also in Chinese', () => {
    const all = REJECTION_CORPUS.flatMap((entry) => explainRejection(entry.text).causes);
    const seen = new Set<RejectionCause>(all.map((c) => c.cause));
    expect(seen.size).toBe(REJECTION_CAUSES.length);
    for (const lang of LANGS) {
      for (const entry of REJECTION_CORPUS) {
        for (const described of describeRejection(explainRejection(entry.text), lang)) {
          for (const words of [described.title, described.why, described.fix, described.appeal, described.appealZh]) expect(words.trim().length).toBeGreaterThan(3);
          expect(described.appealZh).toMatch(/[\u4e00-\u9fff]/);
        }
      }
      const unknown = describeRejection(explainRejection('Hello'), lang);
      expect(unknown.map((d) => d.id)).toEqual(['unknown']);
      expect(unknown[0]!.link).toEqual({ kind: 'url', url: 'https://developers.weixin.qq.com/miniprogram/product/reject.html' });
    }
    expect(describeRejection(explainRejection(REJECTION_CORPUS[0]!.text), 'en')[0]!.appeal).toMatch(/^Hello, /);
  });
});
