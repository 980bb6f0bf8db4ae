// packOptions.ignore / include from project.config.json, matched the way miniprogram-ci's
// filerules does: paths relative to the miniprogram root, compared in lower case,
// prefix/suffix against the file name, folder/file against the whole path.

export interface PackRule {
  type: 'file' | 'folder' | 'suffix' | 'prefix' | 'regexp' | 'glob';
  value: string;
}

const RULE_TYPES = new Set<PackRule['type']>(['file', 'folder', 'suffix', 'prefix', 'regexp', 'glob']);

/** Keeps the well-formed rules of a packOptions.ignore / include array; anything else is dropped. */
export function parsePackRules(raw: unknown): PackRule[] {
  if (!Array.isArray(raw)) return [];
  const rules: PackRule[] = [];
  for (const item of raw) {
    if (!item || typeof item !== 'object') continue;
    const { type, value } = item as Record<string, unknown>;
    if (typeof type === 'string' && typeof value === 'string' && value !== '' && RULE_TYPES.has(type as PackRule['type'])) {
      rules.push({ type: type as PackRule['type'], value });
    }
  }
  return rules;
}

/**
 * Glob to RegExp: `**` spans folders, `*` and `?` stay inside one path segment,
 * a `**` segment also matches no folder at all ("a/**\/b" matches "a/b").
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      const atSegmentStart = i === 0 || glob[i - 1] === '/';
      i++;
      if (atSegmentStart && glob[i + 1] === '/') {
        source += '(?:.*/)?';
        i++;
      } else {
        source += '.*';
      }
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else {
      source += /[.+^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
    }
  }
  return new RegExp(`^${source}$`);
}

function withLeadingSlash(p: string): string {
  return p.startsWith('/') ? p : `/${p}`;
}

function withTrailingSlash(p: string): string {
  return p.endsWith('/') ? p : `${p}/`;
}

/** For the path-like rules only: regexp and glob values use backslashes as escapes. */
function cleanPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

type Matcher = (relPath: string) => boolean;

function compileRule(rule: PackRule): Matcher {
  const value = rule.value.toLowerCase();
  switch (rule.type) {
    case 'prefix':
      return (p) => baseName(p).startsWith(value);
    case 'suffix':
      return (p) => baseName(p).endsWith(value);
    case 'folder': {
      const folder = withTrailingSlash(withLeadingSlash(cleanPath(value)));
      return (p) => withLeadingSlash(p).startsWith(folder);
    }
    case 'file': {
      const file = withLeadingSlash(cleanPath(value));
      return (p) => withLeadingSlash(p) === file;
    }
    case 'glob': {
      const pattern = globToRegExp(value.replace(/^\.\//, ''));
      return (p) => pattern.test(p) || pattern.test(withLeadingSlash(p));
    }
    case 'regexp': {
      let pattern: RegExp;
      try {
        pattern = new RegExp(value, 'i');
      } catch {
        return () => false;
      }
      return (p) => pattern.test(p) || pattern.test(withLeadingSlash(p));
    }
  }
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export interface PackFilter {
  /** True when the file (path relative to the miniprogram root, forward slashes) is left out of the upload. */
  ignoresFile(relPath: string): boolean;
  /** True when a whole folder is left out, so a walk need not enter it. */
  ignoresFolder(relPath: string): boolean;
}

export function createPackFilter(ignore: readonly PackRule[], include: readonly PackRule[] = []): PackFilter {
  const ignoreMatchers = ignore.map(compileRule);
  const includeMatchers = include.map(compileRule);
  const folderMatchers = ignore.filter((rule) => rule.type === 'folder').map(compileRule);
  const matchesAny = (matchers: Matcher[], p: string) => matchers.some((match) => match(p));
  return {
    ignoresFile(relPath) {
      const p = relPath.toLowerCase();
      return matchesAny(ignoreMatchers, p) && !matchesAny(includeMatchers, p);
    },
    ignoresFolder(relPath) {
      // An include rule may bring back a file inside an ignored folder, so never prune then.
      if (includeMatchers.length > 0) return false;
      return matchesAny(folderMatchers, withTrailingSlash(relPath.toLowerCase()));
    },
  };
}
