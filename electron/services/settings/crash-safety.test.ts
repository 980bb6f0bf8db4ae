import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryRepository, type HistoryFile } from '../history/history-repository';
import { openConfStore } from './conf-store';
import { SettingsRepository, type SettingsFile } from './settings-repository';
import { quarantineNotice, type StoreBackend } from './store-backend';
import { isStaleTempOf } from './store-files';

// Issue 13: a writer process killed mid-write, again and again. Every store the app keeps is
// written by conf (electron-store is conf): temp file beside the store, fsync, rename. After each
// kill the store must open in this process, keep every write the killed process acknowledged,
// and lose the torn temp file a kill left. History and settings are the two shapes of write
// (a growing list, single values); keys, tick-offs and the rest go through the same writer.

const KILLS = { history: 120, settings: 90 } as const;
const LANES = 3;
/** Kills of a writer that writes in place (conf's SNAP mode), for contrast: losses expected there. */
const IN_PLACE_KILLS = 30;
/** A fresh folder every so many kills keeps history under MAX_RECORDS (the oldest would go). */
const KILLS_PER_FOLDER = 40;
const WRITER = path.resolve('dist/test-support/crash-writer.mjs');

let root: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-safety-'));
  // Bundled once, with its packages, so each of the 200+ processes starts as plain Node with one
  // file to load (no TypeScript loader, no package resolution): a third less start-up, measured.
  await build({
    entryPoints: ['electron/services/settings/test-support/crash-writer.ts'],
    outfile: WRITER,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // conf's dependencies include CommonJS modules that `require` Node built-ins.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Log-uniform from 10 µs to 300 ms: as many kills in the first millisecond as in the last 200. */
function randomDelayMs(): number {
  return 0.01 * Math.pow(30_000, Math.random());
}

/** Waits `ms`; under a millisecond by spinning, as timers do not go below one. */
async function pause(ms: number): Promise<void> {
  if (ms >= 1) return new Promise((resolve) => setTimeout(resolve, ms));
  const until = process.hrtime.bigint() + BigInt(Math.round(ms * 1e6));
  while (process.hrtime.bigint() < until);
}

interface Run {
  acknowledged: number[];
  opened: boolean;
}

/**
 * Starts a writer, kills it with SIGKILL after a random delay counted from the fork (a third of
 * the runs) or from the moment its store is open (the rest, so most kills land among writes),
 * and resolves with the numbers it acknowledged once it is gone.
 */
async function killOneWriter(kind: keyof typeof KILLS, dir: string, first: number, fromOpen: boolean, inPlace: boolean): Promise<Run> {
  // conf writes in place, not through a temp file, when SNAP is set (its Snap workaround).
  const env = inPlace ? { ...process.env, SNAP: '1' } : { ...process.env, SNAP: undefined };
  const child: ChildProcess = fork(WRITER, [kind, dir, String(first)], { env, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const run: Run = { acknowledged: [], opened: false };
  let buffered = '';
  let onOpen: () => void = () => {};
  const open = new Promise<void>((resolve) => (onOpen = resolve));
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'open') {
        run.opened = true;
        onOpen();
      } else run.acknowledged.push(Number(line));
    }
  });
  child.stderr?.resume();
  // 'close', not 'exit': it comes after the last of stdout, so every acknowledged line is read.
  const gone = new Promise<void>((resolve) => child.once('close', () => resolve()));
  // A writer that dies by itself (a bug, not a kill) must not leave the test waiting for `open`.
  if (fromOpen) await Promise.race([open, gone]);
  await pause(randomDelayMs());
  child.kill('SIGKILL');
  await gone;
  return run;
}

interface Counts {
  kills: number;
  acknowledged: number;
  lost: number;
  tornTempsRemoved: number;
  setAside: number;
  killedBeforeOpen: number;
}

/** Reopens the store as the app would; throws (failing the test) if it cannot. */
function reopen(kind: keyof typeof KILLS, dir: string, counts: Counts): { read: () => number[]; lastWritten: () => number | null } {
  const fileName = `${kind}.json`;
  const temps = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => isStaleTempOf(name, fileName)) : [];
  counts.tornTempsRemoved += temps.length;
  const opened = openConfStore<Record<string, unknown>>(dir, kind);
  if (opened.quarantinedTo) {
    // Never expected on a POSIX rename; if it happens the file must be set aside with the notice.
    counts.setAside += 1;
    expect(quarantineNotice(opened)).toMatchObject({ code: 'app.settings-recovered', severity: 'warning' });
  }
  expect(fs.readdirSync(dir).filter((name) => isStaleTempOf(name, fileName))).toEqual([]);
  if (kind === 'history') {
    const history = new HistoryRepository(opened.store as unknown as StoreBackend<HistoryFile>);
    const read = () => history.all().map((record) => Number(record.id.slice('record-'.length)));
    return { read, lastWritten: () => read().at(-1) ?? null };
  }
  const settings = new SettingsRepository(opened.store as unknown as StoreBackend<SettingsFile>);
  const read = () => settings.recentProjects().map((project) => Number(project.projectName.slice(1)));
  const lastWritten = () => {
    const name = settings.get().operatorName;
    return name ? Number(name.slice('operator-'.length)) : null;
  };
  return { read, lastWritten };
}

/** One lane: kills writers one after another, in a fresh folder every KILLS_PER_FOLDER kills. */
async function crashLane(kind: keyof typeof KILLS, lane: number, kills: number, counts: Counts, inPlace = false): Promise<void> {
  let dir = '';
  let acknowledged: number[] = [];
  let next = 0;
  for (let kill = 0; kill < kills; kill += 1) {
    if (kill % KILLS_PER_FOLDER === 0) {
      dir = path.join(root, `${kind}-${lane}-${kill}`);
      acknowledged = [];
    }
    const first = next;
    const run = await killOneWriter(kind, dir, first, kill % 3 !== 0, inPlace);
    counts.kills += 1;
    if (!run.opened) counts.killedBeforeOpen += 1;
    acknowledged.push(...run.acknowledged);
    counts.acknowledged += run.acknowledged.length;

    const setAsideBefore = counts.setAside;
    const store = reopen(kind, dir, counts);
    if (inPlace) {
      // Without a rename a kill can tear the file itself: the store must still open (the torn
      // file set aside with the notice), but what it held is in the set-aside file, not the store.
      if (counts.setAside > setAsideBefore) {
        counts.lost += acknowledged.length; // In the set-aside file, no longer in the store.
        acknowledged = [];
      }
      counts.lost += acknowledged.filter((n) => !new Set(store.read()).has(n)).length;
      next = Math.max(next, ...store.read(), store.lastWritten() ?? -1, ...run.acknowledged) + 1;
      continue;
    }
    const present = new Set(store.read());
    const lastAck = acknowledged.at(-1);
    if (kind === 'history') {
      counts.lost += run.acknowledged.filter((n) => !present.has(n)).length;
      expect(acknowledged.filter((n) => !present.has(n))).toEqual([]);
    } else if (lastAck !== undefined) {
      // Single values: the store holds the last acknowledged write, or one written after it
      // (by this run, not yet acknowledged), and the last acknowledged project is in the list.
      const last = store.lastWritten() ?? -1;
      if (last < lastAck || !present.has(lastAck)) counts.lost += 1;
      expect(present.has(lastAck)).toBe(true);
      expect(last).toBeGreaterThanOrEqual(lastAck);
      expect(last).toBeLessThanOrEqual(Math.max(lastAck, first) + 1);
    }
    // The next writer continues after whatever reached the disk, acknowledged or not.
    next = Math.max(next, ...store.read(), store.lastWritten() ?? -1) + 1;
  }
}

/** Lanes run side by side, each in its own folders: most of a kill's time is a process starting. */
function newCounts(): Counts {
  return { kills: 0, acknowledged: 0, lost: 0, tornTempsRemoved: 0, setAside: 0, killedBeforeOpen: 0 };
}

async function crashRepeatedly(kind: keyof typeof KILLS): Promise<Counts> {
  const counts = newCounts();
  await Promise.all(Array.from({ length: LANES }, (_, lane) => crashLane(kind, lane, KILLS[kind] / LANES, counts)));
  return counts;
}

function report(kind: string, counts: Counts): void {
  console.log(
    `crash-safety (${kind}): ${counts.kills} kills, ${counts.lost} lost of ${counts.acknowledged} acknowledged, ` +
      `${counts.tornTempsRemoved} opened with a torn temp file removed, ${counts.setAside} set aside as corrupt, ` +
      `${counts.killedBeforeOpen} killed before the store was open`,
  );
}

describe('stores survive a writer killed mid-write', () => {
  it('history: every acknowledged record is there after each kill', async () => {
    const counts = await crashRepeatedly('history');
    report('history', counts);
    expect(counts).toMatchObject({ kills: KILLS.history, lost: 0 });
    // The test is only worth something if kills landed between a temp file's creation and its rename.
    expect(counts.tornTempsRemoved).toBeGreaterThan(0);
    expect(counts.acknowledged).toBeGreaterThan(KILLS.history);
  }, 120_000);

  it('settings: the last acknowledged value is there after each kill', async () => {
    const counts = await crashRepeatedly('settings');
    report('settings', counts);
    expect(counts).toMatchObject({ kills: KILLS.settings, lost: 0 });
    expect(counts.tornTempsRemoved).toBeGreaterThan(0);
  }, 120_000);

  // Not how the app writes (its targets are dmg, nsis and AppImage, never Snap), but the one way
  // conf can tear a store file: it shows the other half of the promise, a torn store still opens.
  it('in place (conf under SNAP): the store still opens after every kill, a torn file set aside with the notice', async () => {
    const counts = newCounts();
    await crashLane('history', 9, IN_PLACE_KILLS, counts, true);
    report('history written in place, for contrast', counts);
    expect(counts.kills).toBe(IN_PLACE_KILLS);
  }, 120_000);
});
