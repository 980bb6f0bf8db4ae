// Types for the afterSign hook (build/notarize.mjs), so its test is type-checked.
export interface NotarizeContext {
  electronPlatformName: string;
  appOutDir: string;
  packager: { appInfo: { productFilename: string } };
}
export type NotarizeCredentials = Record<string, string>;
export function notarizeCredentials(env: Record<string, string | undefined>): NotarizeCredentials | null;
export default function notarizeIfCredentials(
  context: NotarizeContext,
  env?: Record<string, string | undefined>,
  log?: (line: string) => void,
): Promise<'not-mac' | 'skipped' | 'notarized'>;
