import { describe, expect, it } from 'vitest';
import { indexJsonLines, jsonErrorIndex, locateJsonPath, positionAt } from './json-text';
import { lineOfKey, parseJsonObject, readJsonFile, readTextFile } from './read-json-file';
import { useTempDir } from './test-support/project-builder';

// "你好" in GBK: valid bytes there, invalid as UTF-8.
const GBK_NIHAO = Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]);

function brokenAt(text: string) {
  const result = parseJsonObject(text, 'x.json');
  if (result.kind !== 'failed') throw new Error('expected a syntax error');
  return result.problem;
}

describe('positionAt', () => {
  it('gives 1-based line and column', () => {
    expect(positionAt('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseJsonObject syntax errors', () => {
  it('points at a trailing comma', () => {
    const problem = brokenAt('{\n  "a": 1,\n  "b": 2,\n}\n');
    expect(problem).toMatchObject({ code: 'project.json-broken', severity: 'error', file: 'x.json', line: 4, column: 1 });
    expect(problem.detail).toMatch(/JSON/);
  });

  it('points at a missing comma between members', () => {
    expect(brokenAt('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ line: 3, column: 3 });
  });

  it('points at a bad literal, where V8 names no position', () => {
    const problem = brokenAt('{\n  "ok": true,\n  "a": tru\n}');
    expect(problem.detail).not.toMatch(/position/);
    expect(problem).toMatchObject({ line: 3, column: 11 });
  });

  it('points at the last line for a truncated file', () => {
    expect(brokenAt('{\n  "pages": [\n    "pages/index/index"\n')).toMatchObject({ line: 3, column: 24 }); // V8 says "position 39", past the end;
  });

  it('points at line 1 for an empty file', () => {
    expect(brokenAt('')).toMatchObject({ line: 1, column: 1 });
  });

  it('rejects single quotes and comments like WeChat does', () => {
    expect(brokenAt("{\n  'a': 1\n}")).toMatchObject({ line: 2, column: 3 });
    expect(brokenAt('{\n  // note\n  "a": 1\n}')).toMatchObject({ line: 2, column: 3 });
  });

  it('reports valid JSON that is not an object', () => {
    expect(parseJsonObject('[1, 2]', 'x.json')).toEqual({
      kind: 'failed',
      problem: { code: 'project.json-not-object', severity: 'error', file: 'x.json' },
    });
  });
});

describe('jsonErrorIndex agrees with V8 where V8 names a position', () => {
  const samples = ['[1.]', '[1e]', '[1e+]', '[1.e5]', '{"a":1,}', '{"a":1 "b":2}', '[1,2', '{"a":"x\ny"}', '{"a":1}x', '{"a":01}', '{"a":-}', '{"a" 1}', '[1,]'];
  for (const text of samples) {
    it(JSON.stringify(text), () => {
      let v8Position: number | undefined;
      try {
        JSON.parse(text);
      } catch (error) {
        const match = /at position (\d+)/.exec((error as Error).message);
        if (match) v8Position = Number(match[1]);
      }
      expect(jsonErrorIndex(text)).toBeGreaterThanOrEqual(0);
      if (v8Position !== undefined) expect(jsonErrorIndex(text)).toBe(v8Position);
    });
  }

  it('accepts valid JSON', () => {
    expect(jsonErrorIndex('{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"],"b":{}}')).toBe(-1);
  });
});

describe('locateJsonPath', () => {
  const text = ['{', '  "pages": [', '    "pages/a/a",', '    "pages/b/b"', '  ],', '  "subpackages": [{ "root": "pkg/",', '    "pages": ["pages/a/a"] }]', '}'].join('\n');

  it('finds top-level keys, array items and nested values', () => {
    expect(lineOfKey(text, 'pages')).toBe(2);
    expect(locateJsonPath(text, ['pages', 1])).toEqual({ line: 4, column: 5 });
    expect(locateJsonPath(text, ['subpackages', 0, 'root'])).toEqual({ line: 6, column: 21 });
    expect(locateJsonPath(text, ['subpackages', 0, 'pages', 0])?.line).toBe(7);
  });

  it('returns undefined for a path that is not there', () => {
    expect(lineOfKey(text, 'miniprogramRoot')).toBeUndefined();
    expect(locateJsonPath(text, ['pages', 5])).toBeUndefined();
  });

  it('does not confuse a nested key with a top-level one', () => {
    expect(lineOfKey('{\n "setting": {\n  "appid": 1 },\n "appid": "x"\n}', 'appid')).toBe(4);
  });
});

describe('indexJsonLines', () => {
  const text = ['{', '  "pages": [', '    "pages/a/a",', '    "pages/b/b"', '  ],', '  "subpackages": [{ "root": "pkg/",', '    "pages": ["pages/a/a"] }],', '  "0": "key, not index"', '}'].join('\n');
  const paths = [['pages'], ['pages', 0], ['pages', 1], ['subpackages', 0, 'root'], ['subpackages', 0, 'pages', 0], ['0'], ['pages', 2], ['window']];

  it('gives the same line as locateJsonPath for every path, and nothing for absent ones', () => {
    const index = indexJsonLines(text, 4);
    for (const path of paths) expect(index.lineOf(path), JSON.stringify(path)).toBe(locateJsonPath(text, path)?.line);
    expect(index.lineOf(['subpackages', 0, 'pages', 0])).toBe(7);
    expect(index.lineOf(['0'])).toBe(8);
    expect(index.lineOf(['pages', 2])).toBeUndefined();
  });

  it('keeps nothing deeper than asked, and what came before a syntax error', () => {
    expect(indexJsonLines(text, 2).lineOf(['subpackages', 0, 'root'])).toBeUndefined();
    const broken = indexJsonLines('{\n "pages": [\n  "a",\n  "b"\n ]\n "window": {}\n}', 2);
    expect(broken.lineOf(['pages', 1])).toBe(4);
    expect(broken.lineOf(['window'])).toBeUndefined();
  });
});

describe('reading files', () => {
  const tmp = useTempDir();

  it('strips a UTF-8 BOM', async () => {
    const abs = await tmp().write('a.json', '\uFEFF{"a": 1}');
    expect(await readJsonFile(abs, 'a.json')).toMatchObject({ kind: 'ok', value: { a: 1 } });
  });

  it('rejects GBK bytes as not UTF-8', async () => {
    const abs = await tmp().write('a.json', Buffer.concat([Buffer.from('{"t": "'), GBK_NIHAO, Buffer.from('"}')]));
    const result = await readJsonFile(abs, 'a.json');
    expect(result).toMatchObject({ kind: 'failed', problem: { code: 'project.not-utf8', file: 'a.json' } });
  });

  it('says missing for a file that is not there', async () => {
    expect(await readTextFile(tmp().path('nope.json'), 'nope.json')).toEqual({ kind: 'missing' });
  });

  it('reports a folder in place of a file as unreadable, with the errno', async () => {
    const abs = await tmp().mkdir('dir.json');
    const result = await readTextFile(abs, 'dir.json');
    expect(result).toMatchObject({ kind: 'failed', problem: { code: 'project.unreadable', file: 'dir.json' } });
    expect(result.kind === 'failed' && result.problem.detail).toMatch(/EISDIR/);
  });
});
