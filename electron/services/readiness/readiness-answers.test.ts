import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConfStore } from '../settings/conf-store';
import { ReadinessAnswersRepository, type ReadinessFile } from './readiness-answers';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const opened = () => openConfStore<ReadinessFile>(dir, 'readiness');
const open = () => new ReadinessAnswersRepository(opened().store);
const file = () => path.join(dir, 'readiness.json');

describe('ReadinessAnswersRepository', () => {
  it('starts unanswered, keeps each answer per appid across reopening, and a patch keeps what it does not give', () => {
    expect(open().get('wx1')).toEqual({ appid: 'wx1', ugc: null, filed: null, declared: [] });
    open().save('wx1', { ugc: true });
    open().save('wx1', { declared: ['album', 'location'] });
    open().save('wx2', { filed: true });
    expect(open().get('wx1')).toEqual({ appid: 'wx1', ugc: true, filed: null, declared: ['location', 'album'] });
    expect(open().save('wx1', { ugc: false, filed: false })).toEqual({ appid: 'wx1', ugc: false, filed: false, declared: ['location', 'album'] });
    expect(open().get('wx2')).toEqual({ appid: 'wx2', ugc: null, filed: true, declared: [] });
  });

  it('reads entry by entry: a damaged answer is unanswered, unknown categories and repeats are dropped, other appids stay', () => {
    fs.writeFileSync(
      file(),
      JSON.stringify({
        schemaVersion: 1,
        answers: {
          wx1: { ugc: 'yes', filed: true, declared: ['album', 42, 'album', 'telepathy', null, 'clipboard'] },
          wx2: 'oops',
          wx3: { ugc: false, declared: 'album' },
        },
      }),
    );
    const repo = open();
    expect(repo.get('wx1')).toEqual({ appid: 'wx1', ugc: null, filed: true, declared: ['album', 'clipboard'] });
    expect(repo.get('wx2')).toEqual({ appid: 'wx2', ugc: null, filed: null, declared: [] });
    expect(repo.get('wx3')).toEqual({ appid: 'wx3', ugc: false, filed: null, declared: [] });
    // Saving one appid rewrites only its entry.
    repo.save('wx1', { ugc: true });
    expect(JSON.parse(fs.readFileSync(file(), 'utf8')).answers.wx2).toBe('oops');
  });

  it('sets a file that is not JSON aside and starts afresh', () => {
    fs.writeFileSync(file(), '{"answers": {"wx1": {"ugc": tr');
    const store = opened();
    expect(store.quarantinedTo).toMatch(/readiness\.json\.corrupt-/);
    const repo = new ReadinessAnswersRepository(store.store);
    expect(repo.get('wx1')).toEqual({ appid: 'wx1', ugc: null, filed: null, declared: [] });
    repo.save('wx1', { filed: true });
    expect(open().get('wx1').filed).toBe(true);
  });

  it('reads answers that are not an object as none', () => {
    fs.writeFileSync(file(), JSON.stringify({ schemaVersion: 1, answers: ['wx1'] }));
    expect(open().get('wx1')).toEqual({ appid: 'wx1', ugc: null, filed: null, declared: [] });
  });
});
