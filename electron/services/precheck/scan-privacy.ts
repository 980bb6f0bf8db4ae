import type { Problem } from '../../../shared/model';
import type { PrivacyCategory, PrivacyEvidence, PrivacyScan, PrivacyUse, UndeclaredPrivateInfo } from '../../../shared/precheck';
import { PRIVACY_CATEGORIES } from '../../../shared/precheck';
import { listSourceFiles, type SourceFile } from '../domains/file-walker';
import { PacedIo } from '../domains/paced-io';
import { SourceReader } from '../domains/source-reader';
import { createPackFilter } from '../project/pack-ignore';
import { readProjectConfig } from '../project/project-config';
import { FUZZY_LOCATION, PRECISE_LOCATION, PRIVACY_API_CATEGORY, PRIVACY_SCOPE_CATEGORY, REQUIRED_PRIVATE_INFOS } from './privacy-apis';
import { findPrivacyCalls } from './privacy-lexer';
import { findPrivacyMarkup } from './privacy-markup';
import type { PrivateInfoDeclarations } from './private-info-declarations';

// The privacy scan: which kinds of user information the code reaches (for the 用户隐私保护指引),
// with file:line evidence, and which location APIs it calls without declaring them in
// requiredPrivateInfos. It reads the files the upload carries the way the domain scan does (its
// walker honours packOptions.ignore and reads miniprogram_npm, whose code runs too; its reader and
// pacing keep the event loop free) and lexes scripts with the domain scan's lexer. JSON is not
// read: configuration calls nothing.

export interface ScanPrivacyOptions {
  projectRoot: string;
  miniprogramRoot: string;
}

const CONCURRENCY = 8;

interface Found {
  category: PrivacyCategory;
  /** The requiredPrivateInfos name when the hit is a wx method, else null. */
  method: string | null;
  evidence: PrivacyEvidence;
}

/** 1-based line of each offset, counting newlines once (offsets in any order). */
function linesOf(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  const lines = new Array<number>(offsets.length);
  let line = 1;
  let newline = text.indexOf('\n');
  for (const index of order) {
    while (newline !== -1 && newline < offsets[index]!) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    lines[index] = line;
  }
  return lines;
}

function scanText(file: SourceFile, text: string): Found[] {
  if (file.kind === 'markup') {
    const hits = findPrivacyMarkup(text);
    const lines = linesOf(text, hits.map((hit) => hit.offset));
    return hits.map((hit, i) => ({ category: hit.category, method: null, evidence: { file: file.file, line: lines[i]!, api: hit.api } }));
  }
  const hits = findPrivacyCalls(text);
  const lines = linesOf(text, hits.map((hit) => hit.offset));
  return hits.map((hit, i) => {
    const method = PRIVACY_API_CATEGORY.get(hit.name);
    return {
      category: method ?? PRIVACY_SCOPE_CATEGORY.get(hit.name)!,
      method: method ? hit.name : null,
      evidence: { file: file.file, line: lines[i]!, api: hit.api },
    };
  });
}

const byPlace = (a: PrivacyEvidence, b: PrivacyEvidence) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

export async function scanPrivacy(options: ScanPrivacyOptions, declarations: PrivateInfoDeclarations): Promise<PrivacyScan> {
  const started = performance.now();
  const { config } = await readProjectConfig(options.projectRoot);
  const filter = createPackFilter(config?.packIgnore ?? [], config?.packInclude ?? []);
  // Unreadable folders and files are the domain scan's problems (project.unreadable): not repeated here.
  const ignored: Problem[] = [];
  const io = new PacedIo();
  const files = (await listSourceFiles(options.projectRoot, options.miniprogramRoot, filter, ignored, io)).filter((file) => !file.file.endsWith('.json'));

  const found: Found[] = [];
  let filesScanned = 0;
  let next = 0;
  const worker = async () => {
    const reader = new SourceReader();
    while (next < files.length) {
      const file = files[next++]!;
      try {
        const { text } = await io.read(file.abs, reader);
        filesScanned++;
        found.push(...scanText(file, text));
      } catch {
        // Gone or unreadable since the walk: nothing to say about it here.
      }
      await io.pace();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));

  const uses: PrivacyUse[] = PRIVACY_CATEGORIES.map((category) => ({
    category,
    evidence: found.filter((hit) => hit.category === category).map((hit) => hit.evidence).sort(byPlace),
  })).filter((use) => use.evidence.length > 0);

  const declared = new Set(declarations.declared);
  const undeclared: UndeclaredPrivateInfo[] = [...REQUIRED_PRIVATE_INFOS]
    .filter((api) => !declared.has(api))
    .map((api) => ({ api, evidence: found.filter((hit) => hit.method === api).map((hit) => hit.evidence).sort(byPlace) }))
    .filter((entry) => entry.evidence.length > 0);
  const conflicting = declared.has(FUZZY_LOCATION) ? PRECISE_LOCATION.filter((api) => declared.has(api)) : [];

  return {
    uses,
    declared: declarations.declared,
    declarationFile: declarations.declarationFile,
    undeclared,
    conflicting: conflicting.length > 0 ? [FUZZY_LOCATION, ...conflicting] : [],
    filesScanned,
    durationMs: performance.now() - started,
  };
}
