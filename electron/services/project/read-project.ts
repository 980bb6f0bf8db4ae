import type { Problem, ProjectReport, ProjectSummary } from '../../../shared/model';
import { orderProblems } from '../../../shared/verdict';
import { readAppJson } from './app-json';
import { checkSourceEncodings } from './check-encoding';
import { checkPageFiles } from './check-page-files';
import { checkDevPlugins } from './check-plugins';
import { findProjectRoot } from './find-project-root';
import { measureSizes } from './measure-sizes';
import { checkNpmUsage } from './npm-missing';
import { checkNpm } from './npm-status';
import { createPackFilter } from './pack-ignore';
import { readProjectConfig } from './project-config';

/**
 * Everything the release wizard needs to know about a dropped folder. Never throws: every
 * failure is a Problem ('error' blocks the release, 'warning' informs). `summary` is null
 * when reading stopped before the AppID and app.json were known.
 */
export async function readProject(droppedPath: string): Promise<ProjectReport> {
  try {
    return await readProjectOrThrow(droppedPath);
  } catch (error) {
    // A bug here must still reach the operator as a readable card, with the detail folded away.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { droppedPath, summary: null, candidates: [], problems: [{ code: 'project.read-failed', severity: 'error', detail }] };
  }
}

async function readProjectOrThrow(droppedPath: string): Promise<ProjectReport> {
  const search = await findProjectRoot(droppedPath);
  const report = (summary: ProjectSummary | null, problems: Problem[]): ProjectReport => ({
    droppedPath,
    summary,
    problems: orderProblems(problems),
    candidates: search.candidates,
  });
  const projectRoot = search.projectRoot;
  if (!projectRoot) return report(null, search.problems);

  const problems = [...search.problems];
  const { config, problems: configProblems } = await readProjectConfig(projectRoot);
  problems.push(...configProblems);
  if (!config) return report(null, problems);

  const { appJson, problems: appProblems } = await readAppJson(projectRoot, config.miniprogramRoot);
  problems.push(...appProblems);
  if (!appJson) return report(null, problems);
  problems.push(...checkDevPlugins(appJson.plugins, config.compileType, appJson.file));

  const subRoots = appJson.subpackages.map((sub) => sub.group.root);
  const filter = createPackFilter(config.packIgnore, config.packInclude);
  const [pageProblems, encodingProblems, npm, npmUsage, measured] = await Promise.all([
    checkPageFiles(appJson, projectRoot, config.miniprogramRoot),
    checkSourceEncodings(projectRoot, config.miniprogramRoot, appJson.pages),
    checkNpm(projectRoot, config.miniprogramRoot, config.setting),
    checkNpmUsage({ projectRoot, miniprogramRoot: config.miniprogramRoot, setting: config.setting, filter, appJson: parsedAppJson(appJson.text) }),
    measureSizes({
      projectRoot,
      miniprogramRoot: config.miniprogramRoot,
      subpackageRoots: subRoots,
      filter,
    }),
  ]);
  // "npm is built at upload" is not true while packages are missing: the blocker says what is.
  const npmMissing = npmUsage.problems.some((p) => p.code === 'project.npm-missing');
  const npmProblems = npmMissing ? npm.problems.filter((p) => p.code !== 'project.npm-not-built') : npm.problems;
  problems.push(...pageProblems, ...encodingProblems, ...npmProblems, ...npmUsage.problems, ...measured.problems);

  const subpackages = appJson.subpackages.map((sub) => sub.group);
  const summary: ProjectSummary = {
    projectRoot,
    miniprogramRoot: config.miniprogramRoot,
    miniprogramRootSetting: config.miniprogramRootSetting,
    appid: config.appid,
    projectName: config.projectName,
    compileType: config.compileType,
    main: appJson.main,
    subpackages,
    pageCount: appJson.main.pages.length + subpackages.reduce((sum, group) => sum + group.pages.length, 0),
    plugins: appJson.plugins,
    npm: { hasDependencies: npm.hasDependencies, needsBuild: npm.needsBuild || npmUsage.needsBuild },
    sizes: measured.sizes,
    hasPrivateConfig: config.hasPrivateConfig,
  };
  return report(summary, problems);
}

/** app.json as an object, for what the npm check needs (resolveAlias, useExtendedLib); already parsed once. */
function parsedAppJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
