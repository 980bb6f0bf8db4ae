import { describe, expect, it } from 'vitest';
import { createPackFilter, globToRegExp, parsePackRules, type PackRule } from './pack-ignore';

const ignoring = (...rules: PackRule[]) => createPackFilter(rules);

describe('globToRegExp', () => {
  it('keeps * inside one folder and lets ** span folders', () => {
    expect(globToRegExp('*.md').test('readme.md')).toBe(true);
    expect(globToRegExp('*.md').test('docs/readme.md')).toBe(false);
    expect(globToRegExp('**/*.md').test('docs/a/readme.md')).toBe(true);
    expect(globToRegExp('**/*.md').test('readme.md')).toBe(true);
    expect(globToRegExp('docs/**').test('docs/a/b.png')).toBe(true);
    expect(globToRegExp('a/**/b.js').test('a/b.js')).toBe(true);
    expect(globToRegExp('a/**/b.js').test('a/x/y/b.js')).toBe(true);
    expect(globToRegExp('img?.png').test('img1.png')).toBe(true);
    expect(globToRegExp('img?.png').test('img/.png')).toBe(false);
  });

  it('treats regex characters literally', () => {
    expect(globToRegExp('a+b(1).js').test('a+b(1).js')).toBe(true);
    expect(globToRegExp('a.js').test('abjs')).toBe(false);
  });
});

describe('pack filter', () => {
  it('matches prefix and suffix against the file name only', () => {
    expect(ignoring({ type: 'suffix', value: '.md' }).ignoresFile('docs/README.md')).toBe(true);
    expect(ignoring({ type: 'prefix', value: 'test-' }).ignoresFile('pages/test-a.js')).toBe(true);
    expect(ignoring({ type: 'prefix', value: 'pages' }).ignoresFile('pages/a.js')).toBe(false);
  });

  it('matches folder and file against the whole path, with or without "./" and slashes', () => {
    const folder = ignoring({ type: 'folder', value: './docs/' });
    expect(folder.ignoresFile('docs/a/b.png')).toBe(true);
    expect(folder.ignoresFile('docsx/b.png')).toBe(false);
    expect(folder.ignoresFolder('docs')).toBe(true);
    expect(ignoring({ type: 'folder', value: 'docs' }).ignoresFolder('docs')).toBe(true);
    const file = ignoring({ type: 'file', value: '/config/dev.js' });
    expect(file.ignoresFile('config/dev.js')).toBe(true);
    expect(file.ignoresFile('config/dev.json')).toBe(false);
  });

  it('compares in lower case, as WeChat does', () => {
    expect(ignoring({ type: 'file', value: 'Docs/A.PNG' }).ignoresFile('docs/a.png')).toBe(true);
    expect(ignoring({ type: 'suffix', value: '.md' }).ignoresFile('NOTES.MD')).toBe(true);
  });

  it('supports regexp and glob, and survives a broken regexp', () => {
    expect(ignoring({ type: 'regexp', value: '\\.test\\.js$' }).ignoresFile('utils/a.test.js')).toBe(true);
    expect(ignoring({ type: 'regexp', value: '^/mock/' }).ignoresFile('mock/a.js')).toBe(true);
    expect(ignoring({ type: 'regexp', value: '([' }).ignoresFile('a.js')).toBe(false);
    expect(ignoring({ type: 'glob', value: 'static/**/*.psd' }).ignoresFile('static/a/b.psd')).toBe(true);
  });

  it('lets include bring a file back', () => {
    const filter = createPackFilter([{ type: 'folder', value: 'static' }], [{ type: 'file', value: 'static/keep.png' }]);
    expect(filter.ignoresFile('static/keep.png')).toBe(false);
    expect(filter.ignoresFile('static/drop.png')).toBe(true);
    expect(filter.ignoresFolder('static')).toBe(false);
  });
});

describe('parsePackRules', () => {
  it('keeps only well-formed rules', () => {
    expect(
      parsePackRules([{ type: 'file', value: 'a' }, { type: 'nope', value: 'b' }, { type: 'suffix' }, 'x', null, { type: 'glob', value: '' }]),
    ).toEqual([{ type: 'file', value: 'a' }]);
    expect(parsePackRules({ type: 'file', value: 'a' })).toEqual([]);
  });
});
