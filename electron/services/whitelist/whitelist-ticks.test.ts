import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from '../settings/conf-store';
import { WhitelistTicksRepository, type WhitelistFile } from './whitelist-ticks';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ticks-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const open = () => new WhitelistTicksRepository(openConfStore<WhitelistFile>(dir, 'whitelist').store);

describe('WhitelistTicksRepository', () => {
  it('remembers ticks per appid and type across reopening', () => {
    open().set('wx1', 'request', 'https://api.shop.com', true);
    open().set('wx1', 'socket', 'wss://ws.shop.com', true);
    open().set('wx2', 'request', 'https://other.com', true);
    expect(open().get('wx1')).toMatchObject({ request: ['https://api.shop.com'], socket: ['wss://ws.shop.com'], webview: [] });
    expect(open().get('wx2').request).toEqual(['https://other.com']);
  });

  it('unticks, and ticking twice keeps one entry', () => {
    const repo = open();
    repo.set('wx1', 'request', 'https://a.com', true);
    repo.set('wx1', 'request', 'https://a.com', true);
    expect(repo.get('wx1').request).toEqual(['https://a.com']);
    expect(repo.set('wx1', 'request', 'https://a.com', false).request).toEqual([]);
  });

  it('reads damaged entries as unticked', () => {
    fs.writeFileSync(path.join(dir, 'whitelist.json'), JSON.stringify({ ticks: { wx1: { request: 'oops', socket: ['wss://x.com'] } } }));
    expect(open().get('wx1')).toMatchObject({ request: [], socket: ['wss://x.com'] });
  });
});
