import fs from 'node:fs';

export interface ProcessSnapshot {
  pid: number;
  argv: string;
  env: string;
}

function read(file: string): string {
  try {
    return fs.readFileSync(file).toString('utf8').replace(/\0/g, ' ');
  } catch {
    return ''; // gone already, or not ours to read
  }
}

/** argv and environment of every live process whose command line matches (Linux /proc). */
export function snapshotProcesses(match: RegExp): ProcessSnapshot[] {
  const found: ProcessSnapshot[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const argv = read(`/proc/${entry}/cmdline`);
    if (match.test(argv)) found.push({ pid: Number(entry), argv, env: read(`/proc/${entry}/environ`) });
  }
  return found;
}
