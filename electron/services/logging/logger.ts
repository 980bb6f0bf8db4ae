import fs from 'node:fs';
import path from 'node:path';
import { redactSecrets } from './redact';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A line-per-event log; every line passes through the redactor on its way out. */
export function createLogger(write: (line: string) => void, now: () => Date = () => new Date()): Logger {
  const log = (level: string) => (message: string) => write(`${now().toISOString()} ${level} ${redactSecrets(message)}`);
  return { info: log('INFO'), warn: log('WARN'), error: log('ERROR') };
}

/** Appends to `<dir>/app.log` (and echoes to `echo`, if given). */
export function fileLogger(dir: string, echo?: (line: string) => void): Logger {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'app.log');
  return createLogger((line) => {
    fs.appendFileSync(file, `${line}\n`);
    echo?.(line);
  });
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
