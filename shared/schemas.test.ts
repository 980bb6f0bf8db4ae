import { describe, expect, it } from 'vitest';
import { ForgetProjectInput, ImportKeyInput, OpenProjectInput } from './schemas';

const accepts = (path: string) => OpenProjectInput.safeParse({ path }).success;

describe('absolute paths in inputs', () => {
  it('accepts POSIX, Windows drive and UNC paths', () => {
    for (const path of ['/', '/home/op/shop', 'C:\\Users\\op\\shop', 'c:/Users/op/shop', '\\\\fileserver\\team\\shop', '\\\\?\\C:\\very\\long']) {
      expect(accepts(path), path).toBe(true);
    }
  });

  it('refuses relative paths, drive-relative and root-relative Windows paths', () => {
    for (const path of ['shop', './shop', '../etc/passwd', '~/shop', 'C:shop', '\\shop', '\\\\', '\\\\\\x', ' /leading-space', 'file:///home/op']) {
      expect(accepts(path), path).toBe(false);
    }
  });

  it('still refuses empty paths, NUL bytes and overlong paths, in every path field', () => {
    for (const path of ['', '/home/op\0/shop', `/${'a'.repeat(4096)}`]) {
      expect(OpenProjectInput.safeParse({ path }).success).toBe(false);
      expect(ForgetProjectInput.safeParse({ projectRoot: path }).success).toBe(false);
      expect(ImportKeyInput.safeParse({ path }).success).toBe(false);
    }
    expect(ForgetProjectInput.safeParse({ projectRoot: 'shop' }).success).toBe(false);
    expect(ImportKeyInput.safeParse({ path: 'private.wx0123456789abcdef.key' }).success).toBe(false);
  });
});
