// Reads the code package miniprogram-ci uploads (dist/ci/utils/pack.js writes it):
//   [0xBE][int32BE version=0][int32BE infoLen][int32BE dataLen][0xED]
//   info: int32BE count, then per file int32BE nameLen, name ("/path"), int32BE absOffset, int32BE size
//   data: the file contents, addressed by absOffset from the start of the buffer.

const HEADER_LENGTH = 14;
const START_MARK = 0xbe;
const END_MARK = 0xed;

export interface PackEntry {
  /** As stored in the package: forward slashes, leading "/". */
  name: string;
  offset: number;
  size: number;
}

export interface UnpackedPackage {
  entries: PackEntry[];
  /** Keyed by entry name, in package order. */
  files: Map<string, Buffer>;
}

export class PackFormatError extends Error {}

export function readPack(buffer: Buffer): UnpackedPackage {
  if (buffer.length < HEADER_LENGTH + 4) throw new PackFormatError(`package too short: ${buffer.length} bytes`);
  if (buffer[0] !== START_MARK || buffer[13] !== END_MARK) throw new PackFormatError('bad package start/end marks');
  const version = buffer.readInt32BE(1);
  if (version !== 0) throw new PackFormatError(`unknown package version ${version}`);
  const infoLength = buffer.readInt32BE(5);
  const dataLength = buffer.readInt32BE(9);
  if (HEADER_LENGTH + infoLength + dataLength !== buffer.length) {
    throw new PackFormatError(`lengths do not add up: 14 + ${infoLength} + ${dataLength} != ${buffer.length}`);
  }

  const infoEnd = HEADER_LENGTH + infoLength;
  let cursor = HEADER_LENGTH;
  const readInt = (): number => {
    if (cursor + 4 > infoEnd) throw new PackFormatError('file table overruns its declared length');
    const value = buffer.readInt32BE(cursor);
    cursor += 4;
    return value;
  };

  const count = readInt();
  const entries: PackEntry[] = [];
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    const nameLength = readInt();
    if (nameLength < 0 || cursor + nameLength > infoEnd) throw new PackFormatError(`bad name length at entry ${index}`);
    const name = buffer.toString('utf8', cursor, cursor + nameLength);
    cursor += nameLength;
    const offset = readInt();
    const size = readInt();
    if (offset < infoEnd || size < 0 || offset + size > buffer.length) {
      throw new PackFormatError(`entry ${name} points outside the data section`);
    }
    entries.push({ name, offset, size });
    files.set(name, buffer.subarray(offset, offset + size));
  }
  if (cursor !== infoEnd) throw new PackFormatError('file table is shorter than its declared length');
  return { entries, files };
}
