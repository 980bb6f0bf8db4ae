// The domain scan: which hosts the code calls, per whitelist type, with the place of each use,
// the rule breaks and the copy-ready lists; then the image hosts and the hosts only mentioned.
// Plain Node: no electron import.
//
// Runs on the calling thread, never holding the event loop for long (paced-io.ts): files are
// read synchronously while that is fast (page cache) and asynchronously, 8 at a time, once a read
// is slow; after each file the scan yields (setImmediate) if 8 ms of synchronous work piled up.
// A single file is scanned in one go; files over fullScanMaxBytes (2 MB: more than a whole
// package may hold, so only vendor bundles) get the cheap pass instead, an indexOf walk.
// bench/domain-scan.bench.ts measures the speed against ripgrep and the event-loop delay.

import { findUrls } from '../../../shared/domain-rules';
import type { DomainScanResult } from '../../../shared/domains';
import type { Problem } from '../../../shared/model';
import { describeFsError } from '../project/fs-errors';
import { createPackFilter, type PackRule } from '../project/pack-ignore';
import { readProjectConfig } from '../project/project-config';
import { aggregate, orderProblems, type LocatedSite } from './aggregate';
import { listSourceFiles, type SourceFile } from './file-walker';
import { scanMarkup } from './markup-scanner';
import { scanScript } from './script-scanner';
import { createShared, createSink, type ScanShared, type ScanSink, type UrlSite } from './sites';
import { PacedIo } from './paced-io';
import { SourceReader, type SourceText } from './source-reader';

export { copyList } from '../../../shared/domain-rules';

export interface ScanDomainsOptions {
  /** Absolute folder holding app.json (ProjectSummary.miniprogramRoot). */
  miniprogramRoot: string;
  /** Absolute folder holding project.config.json; evidence names files relative to it. */
  projectRoot: string;
  /** packOptions.ignore. When absent, read from project.config.json (and project.private.config.json). */
  packIgnore?: readonly PackRule[];
  /** packOptions.include, which brings back ignored files. Read with packIgnore when that is absent. */
  packInclude?: readonly PackRule[];
  /** Files over this many bytes get only the cheap pass. Default 2 MB. */
  fullScanMaxBytes?: number;
  /** Files read at once. Default 8. */
  concurrency?: number;
}

export const FULL_SCAN_MAX_BYTES = 2 * 1024 * 1024;
const DEFAULT_CONCURRENCY = 8;

interface FileOutcome {
  sites: LocatedSite[];
  bytes: number;
  large: boolean;
  problem?: Problem;
}

/** Scans the mini program's code for the hosts it reaches. Never throws: a failure is a domain.scan-failed problem. */
export async function scanDomains(options: ScanDomainsOptions): Promise<DomainScanResult> {
  const started = performance.now();
  try {
    return await scanOrThrow(options, started);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return {
      byType: { request: [], socket: [], uploadFile: [], downloadFile: [], webview: [] },
      images: [],
      mentioned: [],
      problems: [{ code: 'domain.scan-failed', severity: 'warning', detail }],
      filesScanned: 0,
      bytesScanned: 0,
      largeFiles: [],
      durationMs: performance.now() - started,
    };
  }
}

async function packRules(options: ScanDomainsOptions): Promise<{ ignore: readonly PackRule[]; include: readonly PackRule[] }> {
  if (options.packIgnore !== undefined) return { ignore: options.packIgnore, include: options.packInclude ?? [] };
  const { config } = await readProjectConfig(options.projectRoot);
  return { ignore: config?.packIgnore ?? [], include: options.packInclude ?? config?.packInclude ?? [] };
}

async function scanOrThrow(options: ScanDomainsOptions, started: number): Promise<DomainScanResult> {
  const rules = await packRules(options);
  const filter = createPackFilter(rules.ignore, rules.include);
  const problems: Problem[] = [];
  const io = new PacedIo();
  const files = await listSourceFiles(options.projectRoot, options.miniprogramRoot, filter, problems, io);

  const shared = createShared();
  const maxBytes = options.fullScanMaxBytes ?? FULL_SCAN_MAX_BYTES;
  const outcomes = new Array<FileOutcome>(files.length);
  let next = 0;
  const worker = async () => {
    const reader = new SourceReader();
    while (next < files.length) {
      const index = next++;
      outcomes[index] = await scanFile(files[index]!, reader, maxBytes, shared, io);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, files.length) }, worker));

  const sites: LocatedSite[] = [];
  const largeFiles: string[] = [];
  let bytesScanned = 0;
  let filesScanned = 0;
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.problem) {
      problems.push(outcome.problem);
      continue;
    }
    filesScanned++;
    bytesScanned += outcome.bytes;
    if (outcome.large) largeFiles.push(files[index]!.file);
    for (const site of outcome.sites) sites.push(site);
  }
  const result = await aggregate(sites, shared, () => io.pace());
  return {
    byType: result.byType,
    images: result.images,
    mentioned: result.mentioned,
    problems: orderProblems([...result.problems, ...problems]),
    filesScanned,
    bytesScanned,
    largeFiles,
    durationMs: performance.now() - started,
  };
}

async function scanFile(file: SourceFile, reader: SourceReader, maxBytes: number, shared: ScanShared, io: PacedIo): Promise<FileOutcome> {
  let source: SourceText;
  try {
    source = await io.read(file.abs, reader);
    // Several async reads often finish in one turn of the loop: check the budget before each file, not after.
    await io.pace();
  } catch (error) {
    return {
      sites: [],
      bytes: 0,
      large: false,
      problem: { code: 'project.unreadable', severity: 'warning', file: file.file, detail: describeFsError(error) },
    };
  }
  const { text, bytes } = source;
  const sink = createSink(shared, file.file);
  const large = bytes > maxBytes;
  if (large) cheapPass(text, sink);
  else if (file.kind === 'markup') scanMarkup(text, sink);
  else if (!isJsonWithoutUrl(file.file, text)) scanScript(text, sink);
  return { sites: locate(text, sink.sites, file.file), bytes, large };
}

/** JSON holds no names that carry values into calls: without a URL it has nothing to say. */
function isJsonWithoutUrl(file: string, text: string): boolean {
  return file.endsWith('.json') && !text.includes('://') && !text.includes(':\\/\\/');
}

/** For files too big to lex: every URL in the text, comments included, with no context (all only mentioned). */
export function cheapPass(text: string, sink: ScanSink): void {
  for (const url of findUrls(text)) {
    sink.sites.push({ url, offset: url.start, direct: 0, whole: false, names: [], bindKind: null, scope: -1, call: null, foreign: false, cssUrl: false, cheap: true });
  }
}

/** Line numbers for the sites of one file, counting newlines once. */
export function locate(text: string, sites: readonly UrlSite[], file: string): LocatedSite[] {
  if (sites.length === 0) return [];
  const order = sites.map((_, index) => index).sort((a, b) => sites[a]!.offset - sites[b]!.offset);
  const located = new Array<LocatedSite>(sites.length);
  let line = 1;
  let newline = text.indexOf('\n');
  for (const index of order) {
    const site = sites[index]!;
    while (newline !== -1 && newline < site.offset) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    located[index] = { site, file, line };
  }
  return located;
}
