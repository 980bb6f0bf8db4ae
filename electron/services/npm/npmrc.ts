import { readFile } from 'node:fs/promises';
import path from 'node:path';

// A project's .npmrc, read the way npm reads it for an install in that folder, as far as an install
// needs: the registry, registries per scope, and the credentials npm keys by registry
// (`//host/path/:_authToken=…`), with ${ENV} expansion. Other settings (ca, cafile, …) are not used.

export const NPM_DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

export interface RegistryConfig {
  /** Where unscoped packages (and scopes without their own) come from; ends with a slash. */
  registry: string;
  /** '@scope' → registry, from `@scope:registry=…`. */
  scopes: Record<string, string>;
  /** Arborist (npm-registry-fetch) options as npm builds them from the file: registry, `@scope:registry`, `//…:` credentials, strictSSL. */
  options: Record<string, string | boolean>;
}

/** The .npmrc lines that matter, as key → value. Comments start with ; or #, values may be quoted. */
export function parseNpmrc(text: string, env: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const entries = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = expand(line.slice(0, eq).trim(), env);
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) value = value.slice(1, -1);
    entries.set(key, expand(value, env));
  }
  return entries;
}

/** npm replaces ${NAME} with the environment's value; a name that is not set stays as written. */
function expand(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/(\\*)\$\{([^}]+)\}/g, (whole, slashes: string, name: string) => {
    if (slashes.length % 2 === 1) return whole;
    const value = env[name];
    return value === undefined ? whole : `${slashes}${value}`;
  });
}

/** The registries for an install in `folder`: its .npmrc first, then the app's setting, then npm's default. */
export async function registryConfig(folder: string, appRegistry: string | null): Promise<RegistryConfig> {
  const text = await readFile(path.join(folder, '.npmrc'), 'utf8').catch(() => '');
  return registryConfigFrom(parseNpmrc(text), appRegistry);
}

export function registryConfigFrom(npmrc: ReadonlyMap<string, string>, appRegistry: string | null): RegistryConfig {
  const registry = withSlash(npmrc.get('registry') || appRegistry || NPM_DEFAULT_REGISTRY);
  const scopes: Record<string, string> = {};
  const options: Record<string, string | boolean> = { registry };
  for (const [key, value] of npmrc) {
    const scope = /^(@[^:]+):registry$/.exec(key)?.[1];
    if (scope && value) {
      scopes[scope] = withSlash(value);
      options[key] = withSlash(value);
    } else if (key.startsWith('//')) {
      options[key] = value;
    } else if (key === 'strict-ssl') {
      options.strictSSL = value !== 'false';
    }
  }
  return { registry, scopes, options };
}

/** The registry a package comes from. */
export function registryFor(config: RegistryConfig, name: string): string {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : '';
  return (scope && config.scopes[scope]) || config.registry;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
