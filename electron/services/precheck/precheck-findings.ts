import type { JobOutcome, QualityCheckItem } from '../../../shared/jobs';
import type { Problem, ProjectCheck, WhitelistTicks } from '../../../shared/model';
import type { CompiledSizes, PrecheckPartResult, PrecheckResult, PrivacyScan } from '../../../shared/precheck';
import { versionProblem } from '../../../shared/release-rules';
import { blockingProblems, orderProblems } from '../../../shared/verdict';
import { domainProblems, hasCopyEntries } from './domain-findings';
import { privacyProblems } from './privacy-findings';
import { qualityProblems } from './quality-findings';
import { compiledSizes, sizeProblems } from './size-verdict';

// Every part of the pre-upload check, put together: one list of findings, blockers first, and how
// each part ended. Pure: the service gathers the parts, this decides what they mean.

/** What the service gathered; a part that did not run is null. */
export interface PrecheckParts {
  check: ProjectCheck;
  version: string;
  /** The connection-check job (key, appid, IP whitelist); null when the project could not be read. */
  connection: JobOutcome<'connection-check'> | null;
  offline: JobOutcome<'offline-checks'> | null;
  privacy: PrivacyScan | null;
  /** A service provider's project (ext.json extEnable): the whole app's limit is 20 MB. */
  thirdParty: boolean;
  ticks: WhitelistTicks | null;
}

type Verdict = Pick<PrecheckResult, 'findings' | 'parts' | 'sizes' | 'quality'>;

/** The project step's estimates of the same sizes: left out once the exact sizes are known. */
const ESTIMATED_SIZE_CODES = new Set(['project.size-main-over', 'project.size-sub-over', 'project.size-total-over']);

/** A job that did not finish (stopped, timed out, crashed) says nothing about the project: a warning, not a blocker. */
function incomplete(part: 'sizes' | 'quality', problem: Problem): Problem {
  return { code: 'precheck.check-incomplete', severity: 'warning', params: { part }, detail: [problem.code, problem.detail].filter(Boolean).join(': ') };
}

type Status = PrecheckPartResult['status'];
const statusOf = (problems: readonly Problem[]): Status => (problems.length > 0 ? 'findings' : 'ok');

/** One part's findings and how it ended; 'skipped' when the job did not run it. */
interface PartVerdict {
  problems: Problem[];
  status: Status;
}
const NOT_RUN: PartVerdict = { problems: [], status: 'skipped' };

/** The offline job's two parts: the sizes (with their limits) and the code-quality scan. */
function offlineVerdict(offline: PrecheckParts['offline'], thirdParty: boolean) {
  if (!offline) return { sizes: null, quality: null, sizesPart: NOT_RUN, qualityPart: NOT_RUN };
  if (!offline.ok) {
    const sizesPart: PartVerdict = { problems: [incomplete('sizes', offline.problem)], status: 'failed' };
    return { sizes: null, quality: null, sizesPart, qualityPart: { problems: [], status: 'failed' } as PartVerdict };
  }
  const { sizes: measured, quality: scanned } = offline.value;
  let sizes: CompiledSizes | null = null;
  let sizesPart = NOT_RUN;
  if (measured?.ok) {
    sizes = compiledSizes(measured.value.packages, measured.value.fileCount, thirdParty);
    const problems = sizeProblems(sizes);
    sizesPart = { problems, status: statusOf(problems) };
  } else if (measured) {
    // The compile failed the way the upload's compile would: the same blocker, found now.
    sizesPart = { problems: [measured.problem], status: 'findings' };
  }
  let quality: QualityCheckItem[] | null = null;
  let qualityPart = NOT_RUN;
  if (scanned?.ok) {
    quality = scanned.value;
    const problems = qualityProblems(scanned.value);
    qualityPart = { problems, status: statusOf(problems) };
  } else if (scanned) {
    qualityPart = { problems: [incomplete('quality', scanned.problem)], status: 'failed' };
  }
  return { sizes, quality, sizesPart, qualityPart };
}

const NO_TICKS = { request: [], socket: [], uploadFile: [], downloadFile: [], webview: [] };

export function precheckVerdict(parts: PrecheckParts): Verdict {
  const summary = parts.check.summary;
  const results: PrecheckPartResult[] = [];
  const found: Problem[] = [];
  const add = (part: PrecheckPartResult['part'], { problems, status }: PartVerdict) => {
    found.push(...problems);
    results.push({ part, status });
  };
  const skip = (part: PrecheckPartResult['part'], skippedBecause: NonNullable<PrecheckPartResult['skippedBecause']>) =>
    results.push({ part, status: 'skipped', skippedBecause });
  const problemsOf = (problems: Problem[]): PartVerdict => ({ problems, status: statusOf(problems) });

  const { sizes, quality, sizesPart, qualityPart } = offlineVerdict(parts.offline, parts.thirdParty);

  // The project's verdict, the release rules on the version typed, and the estimates giving way to exact sizes.
  const version = summary ? versionProblem(parts.version, summary.compileType) : null;
  const projectProblems = [...(version ? [version] : []), ...parts.check.problems.filter((problem) => !(sizes && ESTIMATED_SIZE_CODES.has(problem.code)))];
  add('project', summary ? problemsOf(projectProblems) : { problems: projectProblems, status: 'failed' });

  if (parts.connection) add('connection', problemsOf(parts.connection.ok ? [] : [parts.connection.problem]));
  else skip('connection', 'no-project');

  if (!summary) skip('sizes', 'no-project');
  else if (sizesPart.status === 'skipped') skip('sizes', blockingProblems(parts.check.problems).length > 0 ? 'project-blocked' : 'no-project');
  else add('sizes', sizesPart);

  if (parts.privacy) add('privacy', problemsOf(privacyProblems(parts.privacy)));
  else skip('privacy', 'no-project');

  const domains = parts.check.domains;
  if (!domains) skip('domains', 'no-project');
  else if (!hasCopyEntries(domains)) skip('domains', 'no-lists');
  else add('domains', problemsOf(domainProblems(domains, parts.ticks ?? NO_TICKS)));

  if (!summary) skip('quality', 'no-project');
  else if (qualityPart.status === 'skipped') skip('quality', summary.compileType === 'miniprogram' ? 'no-project' : 'not-a-mini-program');
  else add('quality', qualityPart);

  return { findings: orderProblems(found), parts: results, sizes, quality };
}
