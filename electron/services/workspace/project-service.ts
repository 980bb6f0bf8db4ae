import type { ProjectReport, RecentProject } from '../../../shared/model';
import type { SettingsRepository } from '../settings/settings-repository';

export interface ProjectServiceDeps {
  readProject(droppedPath: string): Promise<ProjectReport>;
  settings: SettingsRepository;
  now?: () => Date;
}

/** Opening a project: read and check it, and remember it when it is a real one. */
export function createProjectService({ readProject, settings, now = () => new Date() }: ProjectServiceDeps) {
  return {
    async open(droppedPath: string): Promise<ProjectReport> {
      const report = await readProject(droppedPath);
      if (report.summary) {
        const { projectRoot, appid, projectName } = report.summary;
        settings.rememberProject({ projectRoot, appid, projectName, openedAt: now().toISOString() });
      }
      return report;
    },
    recent(): RecentProject[] {
      return settings.recentProjects();
    },
    forget(projectRoot: string): RecentProject[] {
      return settings.forgetProject(projectRoot);
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
