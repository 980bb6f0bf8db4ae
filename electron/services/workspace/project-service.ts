import type { ProjectCheck, RecentProject } from '../../../shared/model';
import type { SettingsRepository } from '../settings/settings-repository';

export interface ProjectServiceDeps {
  checkProject(droppedPath: string): Promise<ProjectCheck>;
  settings: SettingsRepository;
  now?: () => Date;
}

/** Opening a project: the verdict on it, and remembering it when it is a real one. */
export function createProjectService({ checkProject, settings, now = () => new Date() }: ProjectServiceDeps) {
  return {
    async open(droppedPath: string): Promise<ProjectCheck> {
      const report = await checkProject(droppedPath);
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
