import type { ProjectDomainScan } from '../../../shared/domains';
import type { ProjectReport } from '../../../shared/model';
import { scanDomains } from './scan-domains';

/** The domain scan of a project folder as the whitelist step and `mp-release check` need it. */
export async function scanProjectDomains(
  projectRoot: string,
  readProject: (path: string) => Promise<ProjectReport>,
): Promise<ProjectDomainScan> {
  const report = await readProject(projectRoot);
  if (!report.summary) {
    return { ok: false, problem: report.problems.find((p) => p.severity === 'error') ?? { code: 'project.read-failed', severity: 'error' } };
  }
  const { summary } = report;
  const scan = await scanDomains({ projectRoot: summary.projectRoot, miniprogramRoot: summary.miniprogramRoot });
  return { ok: true, appid: summary.appid, scan };
}
