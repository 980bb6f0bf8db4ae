import type { DomainScanResult } from '../../../shared/domains';
import type { ProjectCheck, ProjectReport } from '../../../shared/model';
import { orderProblems } from '../../../shared/verdict';
import { scanDomains } from '../domains/scan-domains';
import { readProject } from '../project/read-project';

export interface CheckProjectDeps {
  readProject(droppedPath: string): Promise<ProjectReport>;
  scanDomains(options: { projectRoot: string; miniprogramRoot: string }): Promise<DomainScanResult>;
}

const DEFAULT_DEPS: CheckProjectDeps = { readProject, scanDomains };

/**
 * The one verdict on a folder: the project read and checked, then the domain scan of its code,
 * their problems in one list. The project step, `mp-release check` and every job start use this.
 */
export async function checkProject(droppedPath: string, deps: CheckProjectDeps = DEFAULT_DEPS): Promise<ProjectCheck> {
  const report = await deps.readProject(droppedPath);
  if (!report.summary) return { ...report, domains: null };
  const { projectRoot, miniprogramRoot } = report.summary;
  const domains = await deps.scanDomains({ projectRoot, miniprogramRoot });
  return { ...report, domains, problems: orderProblems([...report.problems, ...domains.problems]) };
}
