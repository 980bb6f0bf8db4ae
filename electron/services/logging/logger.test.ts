import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import log from 'electron-log/node';
import { fileLogger, redactingHook } from './logger';
import { rotatedLogFiles } from './rotate-log';

const pem = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;
const keyBody = pem.split('\n')[2]!;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'logger-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const logFile = () => path.join(dir, 'app.log');

/** Every line in the log files, oldest file first. */
function allLines(): string[] {
  const files = [...rotatedLogFiles(logFile())].reverse().concat(fs.existsSync(logFile()) ? [logFile()] : []);
  return files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean));
}

/** Line `n`, carrying a PEM key on every seventh line and a key body on every fifth. */
function message(n: number): string {
  const secret = n % 7 === 0 ? ` failed with ${pem.trim()}` : n % 5 === 0 ? ` signature ${keyBody}` : '';
  return `call #${String(n).padStart(5, '0')} project:open ok${secret}`;
}

const numbers = (lines: string[]) => lines.map((line) => Number(/call #(\d+)/.exec(line)?.[1]));

describe('fileLogger', () => {
  it('rotates past the size limit and loses no line, redacting every one', () => {
    const limits = { maxBytes: 4096, keep: 4 };
    const logger = fileLogger(dir, undefined, limits);
    // About 60 bytes a line: 200 lines make about three files' worth.
    for (let n = 0; n < 200; n++) logger.info(message(n));

    const rotated = rotatedLogFiles(logFile());
    expect(rotated.length).toBeGreaterThanOrEqual(2);
    expect(rotated.length).toBeLessThanOrEqual(limits.keep);
    for (const file of [logFile(), ...rotated]) {
      // A file may pass the limit by the one line written before the next rotation.
      expect(fs.statSync(file).size).toBeLessThan(limits.maxBytes + 1024);
    }
    const lines = allLines();
    expect(numbers(lines)).toEqual(Array.from({ length: 200 }, (_, n) => n));
    const text = lines.join('\n');
    expect(text).not.toContain('BEGIN RSA PRIVATE KEY');
    expect(text).not.toContain(keyBody);
    expect(lines.filter((line) => line.includes('[redacted key]'))).toHaveLength(Math.ceil(200 / 7));
  });

  it('keeps only the newest N old files, the lines in them contiguous up to the last', () => {
    const limits = { maxBytes: 2048, keep: 3 };
    const logger = fileLogger(dir, undefined, limits);
    for (let n = 0; n < 600; n++) logger.info(message(n));

    expect(rotatedLogFiles(logFile())).toHaveLength(3);
    expect(fs.existsSync(path.join(dir, 'app.4.log'))).toBe(false);
    const seen = numbers(allLines());
    const first = seen[0]!;
    expect(first).toBeGreaterThan(0);
    expect(seen).toEqual(Array.from({ length: 600 - first }, (_, i) => first + i));
  });

  it('rotates a log left over the limit by an earlier run, on the first write', () => {
    fs.writeFileSync(logFile(), 'x'.repeat(5000) + '\n');
    fileLogger(dir, undefined, { maxBytes: 4096, keep: 2 }).warn('after restart');
    expect(fs.readFileSync(path.join(dir, 'app.1.log'), 'utf8')).toBe('x'.repeat(5000) + '\n');
    expect(fs.readFileSync(logFile(), 'utf8')).toMatch(/^\S+ WARN after restart\n$/);
  });

  it.skipIf(process.platform === 'win32')('writes the log readable by the operator only', () => {
    fileLogger(dir).error('one line');
    expect(fs.statSync(logFile()).mode & 0o777).toBe(0o600);
  });

  it('echoes each redacted line', () => {
    const echoed: string[] = [];
    fileLogger(dir, (line) => echoed.push(line)).info(`key ${keyBody}`);
    expect(echoed).toEqual([expect.stringMatching(/INFO key \[redacted\]$/)]);
  });

  it('keeps one event on one line, so a message cannot forge another entry', () => {
    fileLogger(dir).error('Unknown channel x\n2024-01-01T00:00:00.000Z INFO forged\r\nend');
    expect(fs.readFileSync(logFile(), 'utf8').split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/ERROR Unknown channel x\\n2024-01-01T00:00:00\.000Z INFO forged\\r\\nend$/),
    ]);
  });

  it('redacts in an electron-log hook, so a message that skips createLogger is redacted too', () => {
    const writer = log.create({ logId: `hook-test:${dir}` });
    writer.hooks.push(redactingHook);
    const seen: string[] = [];
    writer.transports.console.level = false;
    writer.transports.file.level = false;
    writer.transports.seen = Object.assign((message: { data: unknown[] }) => void seen.push(String(message.data[0])), { level: 'silly' as const, transforms: [] });
    writer.info(`straight in ${pem.trim()}`);
    expect(seen).toEqual(['straight in [redacted key]']);
  });
});
