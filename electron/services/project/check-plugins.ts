import type { CompileType, PluginRef, Problem } from '../../../shared/model';

/**
 * `"version": "dev"` points at a plugin's local source: only a plugin's own development project
 * (compileType "plugin") may use it. In a Mini Program it compiles nowhere but DevTools, and
 * miniprogram-ci refuses it (code 10009, "… cannot be dev").
 */
export function checkDevPlugins(plugins: readonly PluginRef[], compileType: CompileType, appJsonFile: string): Problem[] {
  if (compileType === 'plugin') return [];
  return plugins
    .filter((plugin) => plugin.version === 'dev')
    .map((plugin) => ({
      code: 'project.plugin-dev-version',
      severity: 'error',
      file: appJsonFile,
      params: { alias: plugin.alias, provider: plugin.provider, where: plugin.declaredIn || '/' },
    }));
}
