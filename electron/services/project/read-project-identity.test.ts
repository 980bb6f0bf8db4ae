import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readProjectIdentity } from './read-project-identity';

const NESTED_SHOP = path.resolve('e2e/fixtures/projects/nested-shop');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the project identity a connection check signs with', () => {
  it('finds the nested root and reads its AppID', async () => {
    expect(await readProjectIdentity(NESTED_SHOP)).toEqual({
      appid: 'wx0123456789abcdef',
      projectPath: path.join(NESTED_SHOP, 'frontend'),
      compileType: 'miniprogram',
      expectedFiles: 0,
    });
  });

  it('refuses a folder with no mini program, and a broken project.config.json, with the project read\'s own problems', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'identity-'));
    made.push(empty);
    fs.writeFileSync(path.join(empty, 'notes.txt'), 'not a project');
    expect(await readProjectIdentity(empty)).toMatchObject({ code: 'project.not-miniprogram', severity: 'error' });

    fs.writeFileSync(path.join(empty, 'project.config.json'), '{ "appid": ');
    expect(await readProjectIdentity(empty)).toMatchObject({ severity: 'error', code: expect.stringMatching(/^project\./) });
  });
});
