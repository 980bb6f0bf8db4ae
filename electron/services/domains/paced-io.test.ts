import { describe, expect, it } from 'vitest';
import { TempDir, useTempDir } from '../project/test-support/project-builder';
import { PacedIo } from './paced-io';
import { SourceReader } from './source-reader';

describe('PacedIo', () => {
  it('lets the event loop run between slices, with one turn shared by every waiting worker', async () => {
    const io = new PacedIo(2, 5);
    let otherWorkRan = false;
    setImmediate(() => {
      otherWorkRan = true;
    });
    const busyUntil = performance.now() + 10;
    while (performance.now() < busyUntil) {
      // a slice of synchronous work
    }
    const first = io.pace();
    const second = io.pace();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    expect(otherWorkRan).toBe(true);
    // The slice starts again after the turn.
    expect(io.pace()).not.toBe(first);
  });

  it('resolves at once while the slice lasts', async () => {
    const io = new PacedIo(2, 1000);
    const order: string[] = [];
    setImmediate(() => order.push('immediate'));
    await io.pace();
    order.push('paced');
    expect(order).toEqual(['paced']);
  });

  it('reads synchronously while calls are fast, and switches to async for good when many are slow', async () => {
    const tmp = await TempDir.create();
    try {
      const file = await tmp.write('a.js', 'x');
      const reader = new SourceReader();
      const fast = new PacedIo(1_000);
      for (let i = 0; i < 20; i++) await fast.read(file, reader);
      expect(fast.synchronous).toBe(true);
      // Every call counts as slow with a limit of -1 ms.
      const slow = new PacedIo(-1);
      for (let i = 0; i < 7; i++) await slow.read(file, reader);
      expect(slow.synchronous).toBe(true);
      await slow.read(file, reader);
      expect(slow.synchronous).toBe(false);
      expect((await slow.read(file, reader)).text).toBe('x');
      expect((await slow.readdir(tmp.root)).map((entry) => entry.name)).toEqual(['a.js']);
    } finally {
      await tmp.remove();
    }
  });
});

describe('SourceReader', () => {
  const tmp = useTempDir();

  it('reads files smaller than, equal to and bigger than its buffer, sync and async', async () => {
    const reader = new SourceReader(16);
    for (const text of ['', 'short', 'exactly 16 bytes', '多字节 UTF-8 text that is longer than sixteen bytes'.repeat(50)]) {
      const file = await tmp().write(`f${text.length}.js`, text);
      expect(reader.readSync(file), text).toEqual({ text, bytes: Buffer.byteLength(text) });
      expect(await reader.read(file), text).toEqual({ text, bytes: Buffer.byteLength(text) });
    }
  });

  it('rejects with the errno of a missing file', async () => {
    const reader = new SourceReader();
    await expect(reader.read(tmp().path('missing.js'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => reader.readSync(tmp().path('missing.js'))).toThrow(/ENOENT/);
  });
});
