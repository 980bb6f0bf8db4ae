import { describe, expect, it } from 'vitest';
import { NPM_DEFAULT_REGISTRY, parseNpmrc, registryConfigFrom, registryFor } from './npmrc';

describe('.npmrc', () => {
  it('reads the registry, scoped registries and per-registry credentials, as npm does', () => {
    const text = [
      '; a comment',
      '# another',
      'registry = https://registry.npmmirror.com',
      '@vant:registry=https://npm.corp.example/repository/npm/',
      '//npm.corp.example/repository/npm/:_authToken=${CORP_TOKEN}',
      'strict-ssl=false',
      'save-exact=true',
      'not a setting',
    ].join('\r\n');
    const config = registryConfigFrom(parseNpmrc(text, { CORP_TOKEN: 's3cret' }), 'https://ignored.example/');
    expect(config.registry).toBe('https://registry.npmmirror.com/');
    expect(config.scopes).toEqual({ '@vant': 'https://npm.corp.example/repository/npm/' });
    expect(config.options).toEqual({
      registry: 'https://registry.npmmirror.com/',
      '@vant:registry': 'https://npm.corp.example/repository/npm/',
      '//npm.corp.example/repository/npm/:_authToken': 's3cret',
      strictSSL: false,
    });
    expect(registryFor(config, '@vant/weapp')).toBe('https://npm.corp.example/repository/npm/');
    expect(registryFor(config, 'dayjs')).toBe('https://registry.npmmirror.com/');
  });

  it('falls back to the app setting, then to npm\'s own registry', () => {
    expect(registryConfigFrom(parseNpmrc(''), 'http://127.0.0.1:4873').registry).toBe('http://127.0.0.1:4873/');
    expect(registryConfigFrom(parseNpmrc('@a:registry=https://a.example/'), null).registry).toBe(NPM_DEFAULT_REGISTRY);
  });

  it('keeps an unset ${VAR} as written and quoted values without their quotes', () => {
    const entries = parseNpmrc('//r.example/:_authToken=${NOT_SET}\nregistry="https://r.example/"', {});
    expect(entries.get('//r.example/:_authToken')).toBe('${NOT_SET}');
    expect(entries.get('registry')).toBe('https://r.example/');
  });
});
