import fs from 'node:fs';
import path from 'node:path';
import log from 'electron-log/node';
import type { LogMessage } from 'electron-log';
import { redactSecrets } from './redact';
import { rotateLogFiles } from './rotate-log';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * A line-per-event log; every line passes through the redactor on its way out. Line breaks in a
 * message (a stack, or a channel name a page made up) are escaped, so one event stays one line
 * and no message can forge another entry.
 */
export function createLogger(write: (line: string) => void, now: () => Date = () => new Date()): Logger {
  const oneLine = (text: string) => text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  const log = (level: string) => (message: string) => write(`${now().toISOString()} ${level} ${oneLine(redactSecrets(message))}`);
  return { info: log('INFO'), warn: log('WARN'), error: log('ERROR') };
}

export interface LogFileLimits {
  /** app.log is rotated before a write once it is larger than this. */
  maxBytes: number;
  /** How many rotated files (app.1.log … app.<keep>.log) are kept. */
  keep: number;
}

/** 1 MiB a file, five old ones: a few weeks of an operator's calls, and at most 6 MiB on disk. */
export const LOG_FILE_LIMITS: LogFileLimits = { maxBytes: 1024 * 1024, keep: 5 };

/**
 * Writes to `<dir>/app.log` through electron-log's file transport (its Node entry: no `electron`
 * import, the same code under plain Node and in Electron's main process), which rotates by
 * size; rotateLogFiles keeps `keep` old files. Lines arrive already formatted and redacted by
 * createLogger and are written verbatim, synchronously, readable by the operator only. Also
 * echoes each line to `echo`, if given.
 */
export function fileLogger(dir: string, echo?: (line: string) => void, limits: LogFileLimits = LOG_FILE_LIMITS): Logger {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'app.log');
  const writer = log.create({ logId: `mp-release-desk:${file}` });
  for (const [name, transport] of Object.entries(writer.transports)) {
    if (name !== 'file' && transport) transport.level = false;
  }
  // The redactor is a hook: electron-log runs hooks before any transport, so nothing written through
  // this instance (a transport switched on later included) reaches one unredacted.
  writer.hooks.push(redactingHook);
  const out = writer.transports.file;
  // Without it electron-log looks for a package.json to name the app, though the path is ours.
  out.setAppName('mp-release-desk');
  out.resolvePathFn = () => file;
  out.sync = true;
  out.maxSize = limits.maxBytes;
  out.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  out.transforms = [({ data }) => String(data[0])];
  out.archiveLogFn = (current) => rotateLogFiles(current.path, limits.keep);
  return createLogger((line) => {
    writer.info(line);
    echo?.(line);
  });
}

/** Every string of an electron-log message through the redactor. */
export const redactingHook = (message: LogMessage): LogMessage => ({
  ...message,
  data: message.data.map((part: unknown) => (typeof part === 'string' ? redactSecrets(part) : part)),
});

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
