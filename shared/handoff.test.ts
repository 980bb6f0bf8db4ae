import { describe, expect, it } from 'vitest';
import { handoffContent, handoffText, type HandoffFacts } from './handoff';
import { translator } from './i18n';

const facts: HandoffFacts = {
  stage: 'submit',
  appid: 'wx0123456789abcdef',
  version: '1.4.0',
  notes: '新增订单详情页',
  account: { username: 'review01', password: 's3cret!', note: '验证码填 1234' },
  trialLink: 'https://open.weixin.qq.com/sns/getexpappinfo?appid=wx0123456789abcdef#wechat-redirect',
};

describe('the hand-off card', () => {
  it('carries the version, notes, test account and 体验版 link, with login links that need no session of ours', () => {
    const text = handoffText(handoffContent(facts, translator('zh-CN')), translator('zh-CN'));
    expect(text.split('\n')[0]).toBe('请帮忙提交审核：版本 1.4.0');
    expect(text).toContain('版本描述：新增订单详情页');
    expect(text).toContain('测试账号：review01');
    expect(text).toContain('测试密码：s3cret!');
    expect(text).toContain('给审核员的说明：验证码填 1234');
    expect(text).toContain(`体验版：${facts.trialLink}`);
    expect(text).toContain('提交审核页面：https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Fwadevelopcode%2Fget_class%3Flang%3Dzh_CN');
    expect(text).not.toContain('token=');
    expect(text).toMatch(/^1\. .+\n2\. .+\n3\. .+\n4\. /m);
  });

  it('leaves the account out when there is none, and says so when there are no notes', () => {
    const content = handoffContent({ ...facts, account: null, notes: '  ' }, translator('en'));
    expect(content.fields.map((field) => field.label)).toEqual(['AppID', 'Version', 'Version description', 'Trial version']);
    expect(content.fields[2]?.value).toBe('(no description)');
  });

  it('asks for the release at the 发布 stage, with 版本管理 as its one link', () => {
    const content = handoffContent({ ...facts, stage: 'release' }, translator('en'));
    expect(content.title).toBe('Please release version 1.4.0');
    expect(content.links).toEqual([{ label: 'Version management', url: 'https://mp.weixin.qq.com/cgi-bin/loginpage?url=%2Fwxamp%2Fwacodepage%2Fgetcodepage%3Flang%3Dzh_CN' }]);
    expect(content.steps).toHaveLength(3);
  });
});
