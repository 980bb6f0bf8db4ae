import { describe, expect, it } from 'vitest';
import { errnoOf } from './fs-errors';
import { readRegularFile } from './regular-file';
import { useTempDir } from './test-support/project-builder';
import { CAN_MAKE_FIFOS, makeSparseFile, useFifos } from './test-support/special-files';

describe('readRegularFile', () => {
  const tmp = useTempDir();
  const mkfifo = useFifos();

  it('reads a file up to the limit, exactly', async () => {
    await tmp().write('a.json', 'x'.repeat(100));
    const read = await readRegularFile(tmp().path('a.json'), 100);
    expect(read.kind === 'ok' && read.bytes.toString()).toBe('x'.repeat(100));
    expect(await readRegularFile(tmp().path('a.json'), 99)).toEqual({ kind: 'too-big', size: 100 });
  });

  it('refuses a large file by its size, without reading it', async () => {
    await tmp().write('big.json', '{');
    await makeSparseFile(tmp().path('big.json'), 300 * 1024 * 1024);
    expect(await readRegularFile(tmp().path('big.json'), 2 * 1024 * 1024)).toEqual({ kind: 'too-big', size: 300 * 1024 * 1024 });
  });

  it('tells a missing file, and a folder by EISDIR', async () => {
    expect(await readRegularFile(tmp().path('gone.json'), 10)).toEqual({ kind: 'missing' });
    expect(await readRegularFile(tmp().path('gone/deeper.json'), 10)).toEqual({ kind: 'missing' });
    await tmp().mkdir('folder.json');
    const read = await readRegularFile(tmp().path('folder.json'), 10);
    expect(read.kind === 'failed' && errnoOf(read.error)).toBe('EISDIR');
  });

  it.skipIf(!CAN_MAKE_FIFOS)('names a FIFO and a device, and opens neither', async () => {
    mkfifo(tmp().path('pipe.json'));
    expect(await readRegularFile(tmp().path('pipe.json'), 10)).toEqual({ kind: 'special', type: 'fifo' });
    expect(await readRegularFile('/dev/zero', 10)).toEqual({ kind: 'special', type: 'device' });
  });
});
