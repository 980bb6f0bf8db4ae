import { describe, expect, it } from 'vitest';
import { classifyCiError } from './classify-ci-error';
import { describeProblem } from './index';

// Messages as miniprogram-ci 2.1.42 raised them against the fake server, verbatim, plus the
// shapes WECHAT-FACTS.md reports from real users.
const appid = 'wx0123456789abcdef';
const classify = (code: number | string | undefined, message: string, name?: string) => classifyCiError({ code, message, name }, { appid });

describe('classifyCiError', () => {
  it('-10008 names the IP and sends the operator to 开发设置', () => {
    const problem = classify(20003, 'Error: {"errCode":-10008,"errMsg":"invalid ip: 198.51.100.23, reference: https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html"}');
    expect(problem).toMatchObject({ code: 'ci.invalid-ip', params: { ip: '198.51.100.23' } });
    const described = describeProblem(problem, 'zh-CN');
    expect(described.message).toContain('198.51.100.23');
    expect(described.message).toContain('白名单');
    expect(described.linkUrl).toContain(encodeURIComponent('/wxamp/devprofile/get_profile'));
  });

  it('-1 get new ticket fail is a key that does not fit the appid', () => {
    expect(classify(20003, 'Error: {"errCode":-1,"errMsg":"get new ticket fail"}')).toMatchObject({ code: 'ci.key-mismatch', params: { appid } });
  });

  it('20002 is a key that cannot sign', () => {
    expect(classify(20002, 'generate local signature fail, please check the privateKey. Detail: Error: error:1E08010C:DECODER routines::unsupported').code).toBe('ci.key-invalid');
  });

  it('20001 network and proxy failures are told apart', () => {
    expect(classify(20001, 'Error: getaddrinfo ENOTFOUND servicewechat.com').code).toBe('ci.network');
    expect(classify(20001, 'Error: tunneling socket could not be established, cause=connect ECONNREFUSED 127.0.0.1:8080').code).toBe('ci.proxy-failed');
  });

  it('HTML and other garbage from the server are server errors', () => {
    expect(classify(20003, `SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON`).code).toBe('ci.server-error');
    expect(classify(20003, `SyntaxError: Unexpected token 'I', "Internal S"... is not valid JSON`).code).toBe('ci.server-error');
    expect(classify(undefined, 'Unexpected end of JSON input', 'SyntaxError').code).toBe('ci.server-error');
  });

  it('a dropped connection is its own case', () => {
    expect(classify(20003, 'Error: socket hang up').code).toBe('ci.connection-dropped');
    expect(classify('ECONNRESET', 'read ECONNRESET').code).toBe('ci.connection-dropped');
  });

  it('size, plugin, npm, app.json, project type and ext appid map to their entries', () => {
    expect(classify(20003, 'Error: {"errCode":80051,"errMsg":"source size 2345k exceed max limit 2MB"}').code).toBe('ci.package-too-large');
    expect(classify(20003, 'Error: {"errCode":80082,"errMsg":"plugin permission deny"}').code).toBe('ci.plugin-denied');
    expect(classify(10009, '["usingComponents"]["van-button"]: "@vant/weapp/button/index", component not found in the path: /p/miniprogram/pages/index/@vant/weapp/button/index').code).toBe('ci.npm-not-built');
    expect(classify(20000, 'app.json not found').code).toBe('ci.app-json-missing');
    expect(classify(undefined, '__NO_NODE_MODULES__ NPM packages not found. Please confirm npm packages which need to build are belong to `miniprogramRoot`').code).toBe('ci.npm-not-installed');
    expect(classify(30000, 'project.type mismatch').code).toBe('ci.project-type-mismatch');
    expect(classify(20003, 'Error: {"errCode":-1,"errMsg":"3rd upload or preview error, dev platform ext appid not auth"}').code).toBe('ci.ext-appid-not-auth');
  });

  it('10009 is told apart by its message: npm, a missing component, a dev plugin, any other JSON content', () => {
    expect(classify(10009, '["usingComponents"]["card"]: "/components/card/card", component not found in the path: /p/components/card/card').code).toBe('ci.component-missing');
    expect(classify(10009, '["usingComponents"]["t-button"]: "tdesign-miniprogram/button/button"，在 /p/pages/index/tdesign-miniprogram/button/button 路径下未找到组件').code).toBe('ci.npm-not-built');
    expect(classify(10009, '["plugins"]["hello-plugin"]["version"] cannot be dev\nIf you are developing a plugin, choose the plugin mode').code).toBe('ci.plugin-dev-version');
    expect(classify(10009, '["plugins"]["hello-plugin"]["version"] 不能为 dev\n如果正在开发插件，请选择插件模式').code).toBe('ci.plugin-dev-version');
    expect(classify(10009, 'app.json: ["window"]["navigationBarBackgroundColor"]: "white" is not hexColor')).toMatchObject({ code: 'ci.json-content', file: 'app.json' });
  });

  it('20001 with an HTML page or a 500 is the server answering with an error, not the network (as the library raised them)', () => {
    expect(classify(20001, `SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON`).code).toBe('ci.server-error');
    expect(classify(20001, `SyntaxError: Unexpected token 'I', "Internal S"... is not valid JSON`).code).toBe('ci.server-error');
    expect(classify(20001, 'Error: getaddrinfo ENOTFOUND servicewechat.com').code).toBe('ci.network');
  });

  it('a compile error keeps the file and line', () => {
    const problem = classify(10032, 'pages/cart/cart.js: Unexpected token (12:7)');
    expect(problem).toMatchObject({ code: 'ci.compile-failed', file: 'pages/cart/cart.js', line: 12, column: 7 });
  });

  it('an unknown server errCode keeps the code and text', () => {
    const problem = classify(20003, 'Error: {"errCode":40013,"errMsg":"invalid appid"}');
    expect(problem).toMatchObject({ code: 'ci.server-rejected', params: { errCode: 40013, errMsg: 'invalid appid' } });
  });

  it('anything else falls back to the unknown entry with the raw text folded away', () => {
    const problem = classify(99999, 'something new');
    const described = describeProblem(problem, 'zh-CN');
    expect(described.message).toBe('出现了一个未知问题。');
    expect(described.detail).toContain('something new');
  });
});
