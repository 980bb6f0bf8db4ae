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

export function precheckVerdict(parts: PrecheckParts): Verdict {
  const summary = parts.check.summary;
  const results: PrecheckPartResult[] = [];
  const found: Problem[] = [];
  const add = (part: PrecheckPartResult['part'], problems: Problem[], status = statusOf(problems)) => {
    found.push(...problems);
    results.push({ part, status });
  };
  const skip = (part: PrecheckPartResult['part'], skippedBecause: NonNullable<PrecheckPartResult['skippedBecause']>) =>
    results.push({ part, status: 'skipped', skippedBecause });

  // The release rules on the version typed in the version step.
  const version = summary ? versionProblem(parts.version, summary.compileType) : null;

  // Sizes first decided, so the project's estimates can give way to them.
  let sizes: CompiledSizes | null = null;
  let sizeFindings: Problem[] = [];
  let sizeStatus: Status = 'skipped';
  let quality: QualityCheckItem[] | null = null;
  let qualityFindings: Problem[] = [];
  let qualityStatus: Status = 'skipped';
  const offline = parts.offline;
  if (offline && !offline.ok) {
    sizeFindings = [incomplete('sizes', offline.problem)];
    sizeStatus = 'failed';
    qualityStatus = 'failed';
  } else if (offline?.ok) {
    const { sizes: measured, quality: scanned } = offline.value;
    if (measured?.ok) {
      sizes = compiledSizes(measured.value.packages, measured.value.fileCount, parts.thirdParty);
      sizeFindings = sizeProblems(sizes);
      sizeStatus = statusOf(sizeFindings);
    } else if (measured) {
      // The compile failed the way the upload's compile would: the same blocker, found now.
      sizeFindings = [measured.problem];
      sizeStatus = 'findings';
    }
    if (scanned?.ok) {
      quality = scanned.value;
      qualityFindings = qualityProblems(scanned.value);
      qualityStatus = statusOf(qualityFindings);
    } else if (scanned) {
      qualityFindings = [incomplete('quality', scanned.problem)];
      qualityStatus = 'failed';
    }
  }

  const projectProblems = parts.check.problems.filter((problem) => !(sizes && ESTIMATED_SIZE_CODES.has(problem.code)));
  add('project', [...(version ? [version] : []), ...projectProblems], summary ? statusOf([...(version ? [version] : []), ...projectProblems]) : 'failed');

  if (parts.connection) add('connection', parts.connection.ok ? [] : [parts.connection.problem]);
  else skip('connection', 'no-project');

  if (!summary) skip('sizes', 'no-project');
  else if (sizeStatus === 'skipped') skip('sizes', blockingProblems(parts.check.problems).length > 0 ? 'project-blocked' : 'no-project');
  else add('sizes', sizeFindings, sizeStatus);

  if (parts.privacy) add('privacy', privacyProblems(parts.privacy));
  else skip('privacy', 'no-project');

  const domains = parts.check.domains;
  if (!domains) skip('domains', 'no-project');
  else if (!hasCopyEntries(domains)) skip('domains', 'no-lists');
  else add('domains', domainProblems(domains, parts.ticks ?? { request: [], socket: [], uploadFile: [], downloadFile: [], webview: [] }));

  if (!summary) skip('quality', 'no-project');
  else if (qualityStatus === 'skipped') skip('quality', summary.compileType === 'miniprogram' ? 'no-project' : 'not-a-mini-program');
  else add('quality', qualityFindings, qualityStatus);

  return { findings: orderProblems(found), parts: results, sizes, quality };
}
