import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMPLATES_MAX } from '../../../shared/notes';
import { openConfStore } from '../settings/conf-store';
import { NoteTemplates, type NotesFile } from './note-templates';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'note-templates-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

// A fresh repository on the same file each time: what it answers is what is on disk.
const open = () => new NoteTemplates(openConfStore<NotesFile>(dir, 'notes').store);

describe('notes templates', () => {
  it('keeps saved templates across reopening, in the order they were first saved', () => {
    open().save({ name: ' 周更 ', text: '本周更新：' });
    open().save({ id: 'builtin-fix', name: '修复问题', text: '修复了支付失败的问题。' });
    const list = open().list();
    expect(list.map((t) => [t.name, t.text])).toEqual([
      ['周更', '本周更新：'],
      ['修复问题', '修复了支付失败的问题。'],
    ]);
    expect(list[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(list[1]?.id).toBe('builtin-fix');
  });

  it('edits a template in place and removes one by id', () => {
    const [weekly] = open().save({ name: '周更', text: 'v1' });
    open().save({ name: '其他', text: 'x' });
    open().save({ id: weekly!.id, name: '周更', text: 'v2' });
    expect(open().list().map((t) => t.text)).toEqual(['v2', 'x']);
    expect(open().remove(weekly!.id).map((t) => t.name)).toEqual(['其他']);
    expect(open().list().map((t) => t.name)).toEqual(['其他']);
  });

  it(`keeps the newest ${TEMPLATES_MAX}, and reads past a damaged entry`, () => {
    for (let i = 0; i < TEMPLATES_MAX + 3; i++) open().save({ name: `t${i}`, text: 'x' });
    const list = open().list();
    expect(list).toHaveLength(TEMPLATES_MAX);
    expect(list[0]?.name).toBe('t3');
    const store = openConfStore<NotesFile>(dir, 'notes').store;
    store.set('templates', [{ id: 'broken' }, 42, ...list.slice(0, 2)]);
    expect(open().list().map((t) => t.name)).toEqual(['t3', 't4']);
  });

  it('refuses a template the rules would not keep', () => {
    expect(() => open().save({ name: '   ', text: 'x' })).toThrow();
    expect(() => open().save({ name: 'empty', text: '' })).toThrow();
    expect(open().list()).toEqual([]);
  });
});
