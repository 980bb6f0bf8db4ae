import { createRequire } from 'node:module';
import type { UploadExt } from '../../../shared/jobs';
import { JobFailure } from './job-messages';

// A 第三方平台 template is uploaded once per merchant: miniprogram-ci reads `<miniprogramRoot>/ext.json`
// through its project objects (ci/upload.js for the `extAppId` query; the compiler's extJSON.js for the
// `ext` config), so answering that one path from memory is enough to upload for another extAppid. Nothing
// is written to the operator's folder, so several jobs may read one template at once.
//
// Why the prototype and not just our ci.Project (as the library's own ciProjectWithMockBuffer.js does):
// the compiler does not read through our instance. It serializes the project (path and file list) and
// builds its own SummerCPProject from it (corecompiler/processHandler.js), which reads from disk; the
// in-memory copy then never reached the package (measured: the package had the file's ext). Every project
// class reads a source file through BaseProject#getSrcFile (getFile and stat's size go through it), so that
// one method answers for exactly this project's ext.json. The job process runs this one job and exits
// (run-ci-job.ts), and the compiler runs in it (compiler-in-job-process.ts); with
// MP_RELEASE_COMPILER_FORK=1 the library's forked compiler would read the file from disk instead.
const require = createRequire(__filename);

/** What this needs of the library's BaseProject (dist/project/baseProject.js). */
interface LibraryProject {
  readonly projectPath: string;
  readonly miniprogramRoot: string;
  getTargetPath(prefix?: string, filePath?: string): string;
  getSrcFile(prefix: string, filePath: string): Buffer;
}

const EXT_JSON = 'ext.json';

/**
 * ext.json as on disk, with extEnable and directCommit on, this merchant's extAppid and (when given) its
 * `ext`. directCommit is what sends the code to the merchant's 待审核列表; without it WeChat files every
 * upload in the platform's 模板草稿箱, and a batch of merchants would only make drafts (the ext.json guide).
 */
export function mergedExtJson(onDisk: Record<string, unknown>, ext: UploadExt): Record<string, unknown> {
  return { ...onDisk, extEnable: true, extAppid: ext.extAppid, directCommit: true, ...(ext.ext ? { ext: ext.ext } : {}) };
}

function readOnDisk(project: LibraryProject): Record<string, unknown> {
  const missing = (detail: string) => new JobFailure({ code: 'batch.ext-missing', severity: 'error', params: { project: project.projectPath }, detail });
  let text: string;
  try {
    text = project.getSrcFile(project.miniprogramRoot, EXT_JSON).toString('utf8');
  } catch (error) {
    throw missing(error instanceof Error ? error.message : String(error));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw missing(`${EXT_JSON}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw missing(`${EXT_JSON} is not a JSON object`);
  return parsed as Record<string, unknown>;
}

/**
 * From now on in this process, every library project of `project`'s folder reads its ext.json with the
 * merchant's values. The file must exist on disk: the compiler only compiles an ext.json the project lists.
 */
export function overrideExtJson(project: LibraryProject, ext: UploadExt): void {
  const buffer = Buffer.from(JSON.stringify(mergedExtJson(readOnDisk(project), ext), null, 2));
  const target = project.getTargetPath(project.miniprogramRoot, EXT_JSON);
  const { projectPath } = project;
  const { BaseProject } = require('miniprogram-ci/dist/project/baseProject') as { BaseProject: { prototype: LibraryProject } };
  const getSrcFile = BaseProject.prototype.getSrcFile;
  BaseProject.prototype.getSrcFile = function (this: LibraryProject, prefix: string, filePath: string): Buffer {
    if (this.projectPath === projectPath && this.getTargetPath(prefix, filePath) === target) return buffer;
    return getSrcFile.call(this, prefix, filePath);
  };
}
