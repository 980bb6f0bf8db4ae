import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/errors';
import { DICTIONARIES } from '../../shared/i18n';

// Every word a user reads comes from the dictionaries, and every dictionary entry is read somewhere.

const ROOTS = ['renderer', 'shared', 'electron'];
const DICTIONARY_FOLDERS = [path.join('shared', 'i18n', 'zh-CN'), path.join('shared', 'i18n', 'en')];
/**
 * Chinese that is not ours to translate: the names of WeChat's admin-site fields (the admin site shows them in
 * Chinese whatever the app's language), and patterns matching miniprogram-ci's own Chinese messages.
 */
const NOT_OUR_WORDS = [
  path.join('shared', 'domains.ts'),
  path.join('shared', 'errors', 'classify-ci-error.ts'),
  // The phrases of WeChat's review rejections, and rejection texts as WeChat writes them.
  path.join('shared', 'rejection', 'rejection-rules.ts'),
  path.join('shared', 'rejection', 'rejection-corpus.ts'),
  // What reviewers' rejections turn on, matched against a project's own pages and paths.
  path.join('electron', 'services', 'readiness', 'review-words.ts'),
];

function sourceFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !full.includes(`${path.sep}test-support${path.sep}`)) found.push(full);
    }
  };
  for (const root of ROOTS) walk(root);
  return found.filter((file) => !DICTIONARY_FOLDERS.some((folder) => file.startsWith(folder + path.sep)) && !file.includes('test-setup'));
}

/** The code without its comments, so a Chinese word in a comment is not taken for text on screen. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const files = sourceFiles().map((file) => ({ file, code: withoutComments(fs.readFileSync(file, 'utf8')) }));

describe('dictionary use', () => {
  it('reads every key of the dictionaries somewhere', () => {
    const codes = new Set(Object.keys(CATALOGUE));
    const everything = files.map((f) => f.code).join('\n');
    const unused = Object.keys(DICTIONARIES['zh-CN']).filter((key) => {
      // err.<code>… are read by describeProblem for each code of the catalogue.
      if (key.startsWith('err.') && codes.has(key.slice(4).replace(/\.(next|next-cli|cli)$/, ''))) return false;
      return !everything.includes(`'${key}'`) && !everything.includes(`"${key}"`) && !everything.includes(`\`${key}\``);
    });
    expect(unused).toEqual([]);
  });

  it('finds no Chinese text in code outside the dictionaries', () => {
    const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
    const offenders = files
      .filter(({ file }) => !NOT_OUR_WORDS.includes(file))
      .flatMap(({ file, code }) => code.split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, line })))
      .filter(({ line }) => cjk.test(line))
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });

  it('finds no words written straight into the interface: JSX text, aria-label, title, placeholder, alt', () => {
    const offenders: string[] = [];
    for (const { file, code } of files.filter((f) => f.file.endsWith('.tsx'))) {
      // Text between a JSX tag's `>` (not an arrow's `=>`) and the next `<`, on one line.
      for (const match of code.matchAll(/(?<![=-])>([^<>{}=;()'"`\n]*[A-Za-z\u4e00-\u9fff][^<>{}=;()'"`\n]*)</g)) offenders.push(`${file}: text "${match[1]!.trim()}"`);
      for (const match of code.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*)"/g)) offenders.push(`${file}: ${match[1]}="${match[2]}"`);
    }
    expect(offenders).toEqual([]);
  });
});
