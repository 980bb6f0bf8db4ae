import { describe, expect, it } from 'vitest';
import { findParam } from './params';

const find = (params: string, name: string) => findParam(params, 0, params.length, name);

describe('findParam', () => {
  it('finds a parameter by position, past defaults, types and rest', () => {
    expect(find('url, data', 'url')).toEqual({ index: 0, prop: '' });
    expect(find('url, data', 'data')).toEqual({ index: 1, prop: '' });
    expect(find("path, method = 'GET', data = {}", 'data')).toEqual({ index: 2, prop: '' });
    expect(find('url: string, data?: Record<string, unknown>', 'data')).toEqual({ index: 1, prop: '' });
    expect(find('first, ...rest', 'rest')).toEqual({ index: 1, prop: '' });
  });

  it('finds a destructured parameter as a property of the argument', () => {
    expect(find("{ url, method = 'GET', data } = {}", 'url')).toEqual({ index: 0, prop: 'url' });
    expect(find('path, { baseURL: base, timeout }', 'base')).toEqual({ index: 1, prop: 'baseURL' });
    expect(find("{ header = { 'a,b': 1 }, url }", 'url')).toEqual({ index: 0, prop: 'url' });
  });

  it('does not take a name inside a default value, a longer name or a string', () => {
    expect(find("a = url, b = 'url'", 'url')).toBeNull();
    expect(find('urls, baseUrl', 'url')).toBeNull();
    expect(find('', 'url')).toBeNull();
  });
});
