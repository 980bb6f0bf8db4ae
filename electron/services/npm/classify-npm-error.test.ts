import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/errors';
import { classifyNpmError, packageInUrl, type NpmErrorContext } from './classify-npm-error';

// Error shapes as npm's libraries throw them (seen from arborist 9 against the fake registry).
const context: NpmErrorContext = {
  registryFor: (name) => (name.startsWith('@corp/') ? 'https://npm.corp.example/repo/npm/' : 'https://registry.npmmirror.com/'),
  proxy: null,
  folder: '/home/op/shop/miniprogram',
};

const httpError = (status: number, uri: string, pkgid?: string) =>
  Object.assign(new Error(`${status} Not Found - GET ${uri} - Not found`), { code: `E${status}`, statusCode: status, uri, pkgid });

describe('classifyNpmError', () => {
  it('a 404 names the package and the registry', () => {
    const problem = classifyNpmError(httpError(404, 'https://registry.npmmirror.com/no-such-pkg', 'no-such-pkg@^1.0.0'), context);
    expect(problem).toMatchObject({ code: 'npm.not-found', params: { package: 'no-such-pkg', registry: 'https://registry.npmmirror.com/' } });
    expect(problem.detail).toContain('E404: 404 Not Found - GET https://registry.npmmirror.com/no-such-pkg');
    expect(describeProblem(problem, 'zh-CN').message).toBe('npm 仓库 https://registry.npmmirror.com/ 上没有 no-such-pkg 这个包（404）。');
  });

  it('a 403 on a scoped tarball names the scope\'s registry and the status', () => {
    const problem = classifyNpmError(httpError(403, 'https://npm.corp.example/repo/npm/@corp/ui/-/ui-1.0.0.tgz'), context);
    expect(problem).toMatchObject({ code: 'npm.refused', params: { package: '@corp/ui', registry: 'https://npm.corp.example/repo/npm/', status: 403 } });
  });

  it('no matching version (ETARGET) names what was wanted', () => {
    const error = Object.assign(new Error('No matching version found for dayjs@^9.0.0.'), { code: 'ETARGET', name: 'dayjs', wanted: '^9.0.0' });
    expect(classifyNpmError(error, context)).toMatchObject({ code: 'npm.no-version', params: { package: 'dayjs', wanted: '^9.0.0' } });
  });

  it('a refused connection is offline, naming the URL\'s package, and the proxy when there is one', () => {
    const error = Object.assign(new Error('request to https://registry.npmmirror.com/@vant%2fweapp failed, reason: connect ECONNREFUSED 10.0.0.1:8080'), { code: 'ECONNREFUSED' });
    const problem = classifyNpmError(error, { ...context, proxy: 'http://10.0.0.1:8080' });
    expect(problem).toMatchObject({ code: 'npm.offline', params: { package: '@vant/weapp', proxy: 'http://10.0.0.1:8080' } });
    expect(describeProblem(problem, 'en').message).toBe('Cannot reach the npm registry https://registry.npmmirror.com/ (through the proxy http://10.0.0.1:8080), so @vant/weapp was not downloaded.');
    expect(describeProblem({ ...problem, params: { ...problem.params, proxy: 'none' } }, 'en').message).toBe('Cannot reach the npm registry https://registry.npmmirror.com/, so @vant/weapp was not downloaded.');
  });

  it('names the host a lockfile sent it to when that is not the configured registry', () => {
    const error = Object.assign(new Error('request to https://registry.yarnpkg.com/dayjs/-/dayjs-1.11.10.tgz failed, reason: getaddrinfo ENOTFOUND registry.yarnpkg.com'), { code: 'ENOTFOUND' });
    expect(classifyNpmError(error, context).params).toMatchObject({ package: 'dayjs', registry: 'https://registry.yarnpkg.com/' });
  });

  it('a disk that refuses the write names the folder; anything else is a plain failure with the raw text', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/home/op/shop/miniprogram/node_modules'"), { code: 'EACCES', syscall: 'mkdir' });
    expect(classifyNpmError(denied, context)).toMatchObject({ code: 'npm.write-failed', params: { folder: '/home/op/shop/miniprogram', reason: 'EACCES' } });
    expect(classifyNpmError(new Error('Unsupported URL Type "workspace:"'), context)).toMatchObject({ code: 'npm.install-failed', detail: 'Unsupported URL Type "workspace:"' });
  });
});

describe('packageInUrl', () => {
  it('reads packument and tarball URLs below a registry path', () => {
    expect(packageInUrl('https://npm.corp.example/repo/npm/@corp%2fui')).toBe('@corp/ui');
    expect(packageInUrl('https://npm.corp.example/repo/npm/@corp/ui/-/ui-1.0.0.tgz')).toBe('@corp/ui');
    expect(packageInUrl('https://npm.corp.example/repo/npm/dayjs')).toBe('dayjs');
    expect(packageInUrl('https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz')).toBe('dayjs');
    expect(packageInUrl('not a url')).toBe('');
  });
});
