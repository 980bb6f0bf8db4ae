import { formatBytes } from '../../../shared/format';
import type { Problem } from '../../../shared/model';
import { jsonErrorIndex, lineOfJsonPath, positionAt, type JsonPath } from './json-text';
import { describeFsError } from './fs-errors';
import { readRegularFile } from './regular-file';

/**
 * The most a file read whole may hold: project.config.json, app.json, page and component JSON,
 * package.json. WeChat's whole main package is 2 MB, so a bigger configuration file is a mistake,
 * and reading and parsing a 300 MB one would stall the check for nothing.
 */
export const TEXT_FILE_MAX_BYTES = 2 * 1024 * 1024;

export type JsonObject = Record<string, unknown>;

export type TextFileResult =
  | { kind: 'ok'; text: string }
  | { kind: 'missing' }
  | { kind: 'failed'; problem: Problem };

export type JsonFileResult =
  | { kind: 'ok'; value: JsonObject; text: string }
  | { kind: 'missing' }
  | { kind: 'failed'; problem: Problem };

/**
 * Reads a file as strict UTF-8. WeChat's compiler rejects other encodings (local error 10031),
 * and files saved as GBK by Windows editors are a common cause. `displayName` is how problems
 * name the file: relative to the project root, forward slashes.
 */
export async function readTextFile(absPath: string, displayName: string, maxBytes = TEXT_FILE_MAX_BYTES): Promise<TextFileResult> {
  const read = await readRegularFile(absPath, maxBytes);
  const fail = (problem: Omit<Problem, 'severity' | 'file'>): TextFileResult => ({ kind: 'failed', problem: { ...problem, severity: 'error', file: displayName } });
  switch (read.kind) {
    case 'missing':
      return read;
    case 'failed':
      return fail({ code: 'project.unreadable', detail: describeFsError(read.error) });
    case 'special':
      return fail({ code: 'project.special-file', params: { type: read.type } });
    case 'too-big':
      return fail({ code: 'project.file-too-big', params: { size: formatBytes(read.size), limit: formatBytes(maxBytes) } });
  }
  const bytes = read.bytes;
  try {
    // ignoreBOM false (the default) already drops a leading UTF-8 BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { kind: 'ok', text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch (error) {
    return {
      kind: 'failed',
      problem: { code: 'project.not-utf8', severity: 'error', file: displayName, detail: String(error) },
    };
  }
}

/** Parses JSON text that must hold an object; syntax errors point at the 1-based line and column. */
export function parseJsonObject(text: string, displayName: string): JsonFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = positionAt(text, syntaxErrorIndex(text, message));
    return {
      kind: 'failed',
      problem: { code: 'project.json-broken', severity: 'error', file: displayName, line, column, detail: message },
    };
  }
  if (!isJsonObject(value)) {
    return { kind: 'failed', problem: { code: 'project.json-not-object', severity: 'error', file: displayName } };
  }
  return { kind: 'ok', value, text };
}

export async function readJsonFile(absPath: string, displayName: string): Promise<JsonFileResult> {
  const read = await readTextFile(absPath, displayName);
  if (read.kind !== 'ok') return read;
  return parseJsonObject(read.text, displayName);
}

/** V8 names the position for most errors ("... in JSON at position 42"), not for all of them. */
function syntaxErrorIndex(text: string, message: string): number {
  // Past the last character means "the file stops too early": blame its last line, not the blank one after.
  const lastContent = text.trimEnd().length;
  const match = /at position (\d+)/.exec(message);
  if (match) return Math.min(Number(match[1]), lastContent);
  if (/Unexpected end of JSON input/.test(message)) return lastContent;
  const scanned = jsonErrorIndex(text);
  return scanned >= 0 ? Math.min(scanned, lastContent) : 0;
}

/** Line of a top-level key, e.g. "miniprogramRoot". */
export function lineOfKey(text: string, key: string): number | undefined {
  return lineOfJsonPath(text, [key]);
}

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export { lineOfJsonPath, type JsonPath };
