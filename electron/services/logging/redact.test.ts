import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { redactSecrets } from './redact';

const pem = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;

describe('redactSecrets', () => {
  it('removes a whole PEM block quoted inside an error', () => {
    const out = redactSecrets(`failed to sign with ${pem.trim()} because of reasons`);
    expect(out).toBe('failed to sign with [redacted key] because of reasons');
  });

  it('removes a PEM block cut off before its END line', () => {
    expect(redactSecrets(pem.slice(0, 200))).toBe('[redacted key]');
  });

  it('removes long base64 runs such as a key body line or a signature', () => {
    const line = pem.split('\n')[2]!;
    expect(redactSecrets(`body ${line} end`)).toBe('body [redacted] end');
  });

  it('keeps ordinary text, paths, appids and fingerprints', () => {
    const text = 'upload wx0123456789abcdef /home/ops/shop ab:cd:ef:01 ci.invalid-ip 203.0.113.7';
    expect(redactSecrets(text)).toBe(text);
  });

  it('is applied by the logger to every line', () => {
    const lines: string[] = [];
    createLogger((line) => lines.push(line)).error(`oops ${pem.trim()}`);
    expect(lines[0]).toMatch(/ERROR oops \[redacted key\]$/);
  });
});
