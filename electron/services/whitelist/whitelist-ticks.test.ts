import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from '../settings/conf-store';
import { MAX_TICKS_PER_TYPE, WhitelistTicksRepository, type WhitelistFile } from './whitelist-ticks';

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

describe('WhitelistTicksRepository past a thousand entries', () => {
  const origins = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `https://api${from + i}.shop.com`);
  const save = (request: unknown[]) => fs.writeFileSync(path.join(dir, 'whitelist.json'), JSON.stringify({ schemaVersion: 1, ticks: { wx1: { request, socket: ['wss://ws.shop.com'] } } }));

  it('keeps a saved list of 1,001 entries (the newest thousand), and a tick adds to it', () => {
    save(origins(1001));
    expect(MAX_TICKS_PER_TYPE).toBe(1000);
    const read = open().get('wx1').request;
    expect(read).toHaveLength(1000);
    expect(read[0]).toBe('https://api1.shop.com');
    expect(read.at(-1)).toBe('https://api1000.shop.com');

    const after = open().set('wx1', 'request', 'https://new.shop.com', true).request;
    expect(after).toHaveLength(1000);
    expect(after.at(-1)).toBe('https://new.shop.com');
    expect(after).toContain('https://api1000.shop.com');
    expect(open().get('wx1')).toMatchObject({ request: after, socket: ['wss://ws.shop.com'] });
  });

  it('keeps the list when some entries are bad, and counts duplicates once', () => {
    const good = origins(2500);
    const bad = [42, null, '', 'x'.repeat(301), { origin: 'https://a.com' }, ['https://b.com']];
    save([...good.slice(0, 1200), ...bad, ...good.slice(0, 300), ...good.slice(1200)]);
    const read = open().get('wx1').request;
    expect(read).toHaveLength(1000);
    expect(new Set(read).size).toBe(1000);
    expect(read.every((origin) => origin.startsWith('https://api'))).toBe(true);
    expect(read.at(-1)).toBe('https://api2499.shop.com');
  });

  it('unticking in a long list removes just that entry', () => {
    save(origins(1200));
    const after = open().set('wx1', 'request', 'https://api600.shop.com', false).request;
    expect(after).toHaveLength(999);
    expect(after).not.toContain('https://api600.shop.com');
  });
});
