import path from 'node:path';
import { relativeToRoot } from '../project/project-paths';
import { readJsonFile, type JsonObject } from '../project/read-json-file';

// What the project declares about itself for the pre-upload check: requiredPrivateInfos in app.json,
// and whether a service provider develops it (ext.json with extEnable: 服务商代开发), in which case
// ext.json's requiredPrivateInfos counts as well and the whole app may hold 20 MB instead of 30.
// Broken or missing files declare nothing here: the project check reports them.

export interface PrivateInfoDeclarations {
  /** requiredPrivateInfos of app.json, then of ext.json (with extEnable), without repeats. */
  declared: string[];
  /** Where a missing declaration goes, relative to the project root: ext.json for a service provider's project, else app.json. */
  declarationFile: string;
  thirdParty: boolean;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

async function readObject(abs: string, display: string): Promise<JsonObject | null> {
  const read = await readJsonFile(abs, display);
  return read.kind === 'ok' ? read.value : null;
}

export async function readPrivateInfoDeclarations(projectRoot: string, miniprogramRoot: string): Promise<PrivateInfoDeclarations> {
  const appAbs = path.join(miniprogramRoot, 'app.json');
  const extAbs = path.join(miniprogramRoot, 'ext.json');
  const [app, ext] = await Promise.all([
    readObject(appAbs, relativeToRoot(projectRoot, appAbs)),
    readObject(extAbs, relativeToRoot(projectRoot, extAbs)),
  ]);
  const thirdParty = ext?.extEnable === true;
  const declared = [...new Set([...stringList(app?.requiredPrivateInfos), ...(thirdParty ? stringList(ext?.requiredPrivateInfos) : [])])];
  return { declared, declarationFile: relativeToRoot(projectRoot, thirdParty ? extAbs : appAbs), thirdParty };
}
