import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readExtJson } from './read-ext-json';

// ext.json is looked for where project.config.json's miniprogramRoot says, and anything short of a
// JSON object there is the plain "not a 第三方平台 template" problem.
const TEMPLATE = path.resolve('e2e/fixtures/projects/ext-template');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-ext-json-'));
  fs.cpSync(TEMPLATE, dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const extFile = () => path.join(dir, 'miniprogram/ext.json');

describe('readExtJson', () => {
  it('reads ext.json in the miniprogramRoot', async () => {
    expect(await readExtJson(dir)).toEqual({ ok: true, ext: { extEnable: true, extAppid: 'wxa000000000000001', ext: { shopName: '示例商家' } } });
  });

  it('does not take an ext.json beside project.config.json when the code is in miniprogram/', async () => {
    fs.renameSync(extFile(), path.join(dir, 'ext.json'));
    expect(await readExtJson(dir)).toMatchObject({ ok: false, problem: { code: 'batch.ext-missing', params: { project: dir }, detail: 'miniprogram/ext.json: no such file' } });
  });

  it('calls broken JSON and a non-object the same problem, with the detail', async () => {
    fs.writeFileSync(extFile(), '{ "extEnable": true,\n');
    expect(await readExtJson(dir)).toMatchObject({ ok: false, problem: { code: 'batch.ext-missing', detail: 'miniprogram/ext.json: project.json-broken (line 1)' } });
    fs.writeFileSync(extFile(), '[]');
    expect(await readExtJson(dir)).toMatchObject({ ok: false, problem: { code: 'batch.ext-missing' } });
  });

  it('gives the project\'s own problem when there is no project', async () => {
    fs.rmSync(path.join(dir, 'project.config.json'));
    fs.rmSync(path.join(dir, 'miniprogram'), { recursive: true });
    expect(await readExtJson(dir)).toMatchObject({ ok: false, problem: { code: 'project.empty-folder' } });
  });
});
