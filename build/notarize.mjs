// electron-builder afterSign hook: notarises the signed macOS app with Apple's notary service when
// credentials are in the environment. Without them it does nothing and prints one line saying so,
// so `npm run dist` works on any machine and only the release runner (with secrets) notarises.
// The variables are the ones electron-builder's own notarize step reads; that step is turned off
// in build/electron-builder.yml (mac.notarize: false), so notarisation never runs twice.
import path from 'node:path';

/** The notarytool credentials the environment holds, or null; a half-set group is an error. */
export function notarizeCredentials(env) {
  const apiKey = [env.APPLE_API_KEY, env.APPLE_API_KEY_ID, env.APPLE_API_ISSUER];
  if (apiKey.some(Boolean)) {
    if (!apiKey.every(Boolean)) throw new Error('notarize: set all of APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER');
    return { appleApiKey: apiKey[0], appleApiKeyId: apiKey[1], appleApiIssuer: apiKey[2] };
  }
  const appleId = [env.APPLE_ID, env.APPLE_APP_SPECIFIC_PASSWORD, env.APPLE_TEAM_ID];
  if (appleId.some(Boolean)) {
    if (!appleId.every(Boolean)) throw new Error('notarize: set all of APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID');
    return { appleId: appleId[0], appleIdPassword: appleId[1], teamId: appleId[2] };
  }
  return null;
}

/** The hook. `env` and `log` are parameters only so the test can call it without secrets. */
export default async function notarizeIfCredentials(context, env = process.env, log = console.log) {
  if (context.electronPlatformName !== 'darwin') return 'not-mac';
  const credentials = notarizeCredentials(env);
  if (!credentials) {
    log('notarize: skipped, no Apple credentials in the environment (APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID)');
    return 'skipped';
  }
  const appPath = path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`);
  log(`notarize: submitting ${appPath}`);
  const { notarize } = await import('@electron/notarize');
  await notarize({ appPath, ...credentials });
  return 'notarized';
}
