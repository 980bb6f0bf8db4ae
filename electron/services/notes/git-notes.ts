import { execFile } from 'node:child_process';
import type { GitCommit, GitNotes } from '../../../shared/notes';

// Notes from the project's git log, when the project folder is in a git repository and a `git` is on
// the PATH. Anything else (no git, not a repository, a repository without commits, a folder git will
// not trust, a git that hangs) reads as "not available": the step then simply offers nothing.
//
// How git is run, and why:
// - execFile, no shell: the project path is never parsed as a command line;
// - the project root as cwd and `-- .` as the path: a mini program in a monorepo gets only the commits
//   that touched it, not the backend's;
// - `--no-pager`, no colour, GIT_TERMINAL_PROMPT=0: it can never wait for a person;
// - `log.showSignature=false`: a repository's config cannot make it start gpg; `--no-merges`: merge
//   commits say nothing about the release;
// - a bounded number of commits, a timeout and a bounded output: a huge or hostile repository costs
//   little.

/** Since the last release: at most this many commits are listed. */
export const SINCE_RELEASE_MAX = 50;
/** No release yet: the latest commits, this many. */
export const LATEST_MAX = 20;
export const GIT_TIMEOUT_MS = 5000;
const MAX_OUTPUT_BYTES = 512 * 1024;
/** The unit separator between fields: not a character commit subjects are written with. */
const FIELD = '\x1f';

export interface GitNotesDeps {
  /** When the project's last successful upload started (ISO 8601), or null. */
  lastReleaseAt(projectRoot: string): string | null;
  /** The git to run; 'git' from the PATH unless a test says otherwise. */
  git?: string;
  timeoutMs?: number;
}

export interface GitNotesService {
  fromGit(projectRoot: string): Promise<GitNotes>;
}

function run(git: string, args: string[], cwd: string, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      git,
      args,
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: MAX_OUTPUT_BYTES,
        encoding: 'utf8',
        windowsHide: true,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', PAGER: 'cat' },
      },
      // Any failure (ENOENT for git or the folder, exit 128 outside a repository, a kill at the timeout) is "none".
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

function parseCommits(stdout: string): GitCommit[] {
  return stdout.split('\n').flatMap((line) => {
    const [hash, date, ...subject] = line.split(FIELD);
    return hash && date ? [{ hash, date, subject: subject.join(FIELD).trim() }] : [];
  });
}

export function createGitNotes(deps: GitNotesDeps): GitNotesService {
  const git = deps.git ?? 'git';
  const timeoutMs = deps.timeoutMs ?? GIT_TIMEOUT_MS;
  return {
    async fromGit(projectRoot) {
      const since = deps.lastReleaseAt(projectRoot);
      const max = since ? SINCE_RELEASE_MAX : LATEST_MAX;
      const args = [
        '--no-pager',
        '-c', 'log.showSignature=false',
        '-c', 'color.ui=false',
        '-c', 'i18n.logOutputEncoding=UTF-8',
        'log',
        '--no-merges',
        '--no-color',
        `--max-count=${max + 1}`,
        `--format=%h${FIELD}%cI${FIELD}%s`,
        ...(since ? [`--since=${since}`] : []),
        '--',
        '.',
      ];
      const stdout = await run(git, args, projectRoot, timeoutMs);
      if (stdout === null) return { available: false };
      const commits = parseCommits(stdout);
      return { available: true, since, commits: commits.slice(0, max), more: commits.length > max };
    },
  };
}
