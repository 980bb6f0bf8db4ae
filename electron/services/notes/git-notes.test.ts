import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitNotes, LATEST_MAX } from './git-notes';

// A real repository in a temp folder, made with the real git: the service is only worth what git
// really answers. Without git on this machine there is nothing to run against.
const hasGit = spawnSync('git', ['--version']).status === 0;
if (!hasGit) console.warn('git-notes.test: skipped, no `git` on the PATH (apt-get install git)');

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'git-notes-')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs git in `cwd` with a fixed identity and, for commits, a fixed date. */
function git(cwd: string, args: string[], date = '2026-11-01T10:00:00Z') {
  execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    stdio: 'pipe',
  });
}

/** A repository with the mini program in frontend/ and commits on given days, touching `where`. */
function repository(commits: { subject: string; date: string; where?: string }[]): string {
  const repo = path.join(dir, 'repo');
  const project = path.join(repo, 'frontend');
  fs.mkdirSync(project, { recursive: true });
  fs.mkdirSync(path.join(repo, 'backend'));
  git(repo, ['init', '-q']);
  commits.forEach(({ subject, date, where = 'frontend' }, i) => {
    fs.writeFileSync(path.join(repo, where, `file-${i}.txt`), subject);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', subject], date);
  });
  return project;
}

describe.skipIf(!hasGit)('notes from git', () => {
  it('lists the commits since the last release, newest first, only those that touched the project', async () => {
    const project = repository([
      { subject: 'old: before the release', date: '2026-11-01T10:00:00Z' },
      { subject: '修复购物车数量', date: '2026-11-12T10:00:00Z' },
      { subject: 'backend: not the mini program', date: '2026-11-13T10:00:00Z', where: 'backend' },
      { subject: 'feat: 新增优惠券', date: '2026-11-14T10:00:00Z' },
    ]);
    const notes = await createGitNotes({ lastReleaseAt: () => '2026-11-10T08:30:00.000Z' }).fromGit(project);
    expect(notes).toMatchObject({ available: true, since: '2026-11-10T08:30:00.000Z', more: false });
    if (!notes.available) throw new Error('unreachable');
    expect(notes.commits.map((c) => c.subject)).toEqual(['feat: 新增优惠券', '修复购物车数量']);
    expect(notes.commits[0]).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{7,}$/), date: expect.stringMatching(/^2026-11-14T10:00:00/) });
  });

  it('without a release, lists the latest 20 commits and says there are more', async () => {
    const project = repository(Array.from({ length: 25 }, (_, i) => ({ subject: `change ${i + 1}`, date: `2026-10-${String(i + 1).padStart(2, '0')}T10:00:00Z` })));
    const notes = await createGitNotes({ lastReleaseAt: () => null }).fromGit(project);
    if (!notes.available) throw new Error('expected the repository to be read');
    expect(notes.since).toBeNull();
    expect(notes.commits).toHaveLength(LATEST_MAX);
    expect(notes.commits[0]?.subject).toBe('change 25');
    expect(notes.more).toBe(true);
  });

  it('leaves out merge commits', async () => {
    const project = repository([{ subject: 'first', date: '2026-11-01T10:00:00Z' }]);
    git(project, ['checkout', '-q', '-b', 'side']);
    fs.writeFileSync(path.join(project, 'side.txt'), 'x');
    git(project, ['add', '-A']);
    git(project, ['commit', '-q', '-m', 'on the side'], '2026-11-02T10:00:00Z');
    git(project, ['checkout', '-q', '-']);
    git(project, ['merge', '-q', '--no-ff', '-m', 'Merge branch side', 'side'], '2026-11-03T10:00:00Z');
    const notes = await createGitNotes({ lastReleaseAt: () => null }).fromGit(project);
    expect(notes.available && notes.commits.map((c) => c.subject)).toEqual(['on the side', 'first']);
  });

  it('has nothing to offer outside a repository, in a repository without commits, in a missing folder or without git', async () => {
    const service = createGitNotes({ lastReleaseAt: () => null });
    const plain = path.join(dir, 'plain');
    fs.mkdirSync(plain);
    // A ceiling keeps git from finding a repository above the temp folder.
    process.env.GIT_CEILING_DIRECTORIES = dir;
    try {
      expect(await service.fromGit(plain)).toEqual({ available: false });
      git(plain, ['init', '-q']);
      expect(await service.fromGit(plain)).toEqual({ available: false });
    } finally {
      delete process.env.GIT_CEILING_DIRECTORIES;
    }
    expect(await service.fromGit(path.join(dir, 'missing'))).toEqual({ available: false });
    const project = repository([{ subject: 'first', date: '2026-11-01T10:00:00Z' }]);
    const noGit = createGitNotes({ lastReleaseAt: () => null, git: path.join(dir, 'no-such-git') });
    expect(await noGit.fromGit(project)).toEqual({ available: false });
  });

  it('answers an empty list, not "unavailable", when nothing changed since the release', async () => {
    const project = repository([{ subject: 'released', date: '2026-11-01T10:00:00Z' }]);
    expect(await createGitNotes({ lastReleaseAt: () => '2026-11-05T00:00:00.000Z' }).fromGit(project)).toEqual({
      available: true,
      since: '2026-11-05T00:00:00.000Z',
      commits: [],
      more: false,
    });
  });

  it.skipIf(process.platform === 'win32')('gives up on a git that does not answer, at the timeout', async () => {
    const project = repository([{ subject: 'first', date: '2026-11-01T10:00:00Z' }]);
    const stuck = path.join(dir, 'stuck-git');
    fs.writeFileSync(stuck, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    expect(await createGitNotes({ lastReleaseAt: () => null, git: stuck, timeoutMs: 300 }).fromGit(project)).toEqual({ available: false });
  });
});
