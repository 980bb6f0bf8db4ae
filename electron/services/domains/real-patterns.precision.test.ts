import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { imageCopyList } from '../../../shared/domain-rules';
import { WHITELIST_TYPES, type DomainScanResult } from '../../../shared/domains';
import { copyList, scanDomains } from './scan-domains';

// The scan against the ground truth of e2e/fixtures/projects/real-patterns/README.md: precision
// (every host listed is really called) and recall (every called host is listed), printed, and
// required to be 1.0 for the called hosts. Images and mentions are scored the same way.

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../e2e/fixtures/projects/real-patterns');

type Bucket = 'called' | 'images' | 'mentioned';
const LISTS = [...WHITELIST_TYPES, 'images', 'mentioned'] as const;

/** "type origin" pairs per bucket: the README's table, or the scan's result. */
type Pairs = Record<Bucket, Set<string>>;

function bucketOf(list: string): Bucket {
  return list === 'images' || list === 'mentioned' ? list : 'called';
}

async function groundTruth(): Promise<Pairs> {
  const readme = await readFile(path.join(FIXTURE, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Ground truth'), readme.indexOf('\n## ', readme.indexOf('## Ground truth') + 1));
  const truth: Pairs = { called: new Set(), images: new Set(), mentioned: new Set() };
  for (const match of section.matchAll(/^\| (\w+) \| `([^`]+)` \|/gm)) {
    const [, list, origin] = match as unknown as [string, string, string];
    if ((LISTS as readonly string[]).includes(list)) truth[bucketOf(list)].add(`${list} ${origin}`);
  }
  return truth;
}

function listed(result: DomainScanResult): Pairs {
  return {
    called: new Set(WHITELIST_TYPES.flatMap((type) => result.byType[type].map((entry) => `${type} ${entry.origin}`))),
    images: new Set(result.images.map((entry) => `images ${entry.origin}`)),
    mentioned: new Set(result.mentioned.map((entry) => `mentioned ${entry.origin}`)),
  };
}

function score(found: Set<string>, truth: Set<string>) {
  const hits = [...found].filter((pair) => truth.has(pair)).length;
  return {
    precision: found.size === 0 ? 1 : hits / found.size,
    recall: truth.size === 0 ? 1 : hits / truth.size,
    wrong: [...found].filter((pair) => !truth.has(pair)).sort(),
    missed: [...truth].filter((pair) => !found.has(pair)).sort(),
  };
}

describe('the scan on real-patterns', () => {
  it('lists every host it calls, and only those (precision and recall 1.0), with images and mentions apart', async () => {
    const truth = await groundTruth();
    expect(truth.called.size).toBeGreaterThanOrEqual(15);
    const result = await scanDomains({ projectRoot: FIXTURE, miniprogramRoot: path.join(FIXTURE, 'miniprogram') });
    const found = listed(result);
    const scores = Object.fromEntries((['called', 'images', 'mentioned'] as const).map((bucket) => [bucket, score(found[bucket], truth[bucket])]));
    for (const [bucket, { precision, recall }] of Object.entries(scores)) {
      console.log(`real-patterns ${bucket.padEnd(9)} precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${truth[bucket as Bucket].size} in the README)`);
    }
    // The hosts in the list first: a failure names them.
    expect({ wrong: scores.called!.wrong, missed: scores.called!.missed }).toEqual({ wrong: [], missed: [] });
    expect(scores.called!.precision).toBe(1);
    expect(scores.called!.recall).toBe(1);
    expect({ images: scores.images, mentioned: scores.mentioned }).toMatchObject({
      images: { precision: 1, recall: 1 },
      mentioned: { precision: 1, recall: 1 },
    });
  });

  it('flags the one used http:// URL, not the unused one, and gives the README copy lists', async () => {
    const result = await scanDomains({ projectRoot: FIXTURE, miniprogramRoot: path.join(FIXTURE, 'miniprogram') });
    expect(result.problems.map((p) => [p.code, p.severity, `${p.file}:${p.line}`, p.params?.host, p.params?.type])).toEqual([
      ['domain.http-not-allowed', 'warning', 'miniprogram/pages/index/index.js:27', 'legacy.realshop.cn', 'request'],
    ]);
    const readme = await readFile(path.join(FIXTURE, 'README.md'), 'utf8');
    for (const type of WHITELIST_TYPES) expect(readme, type).toContain(`| ${type} | \`${copyList(result, type)}\` |`);
    expect(readme).toContain(`| images (if images fail to load) | \`${imageCopyList(result)}\` |`);
    expect(JSON.stringify(result)).not.toMatch(/wiki\.realshop|debug\.realshop|old-img\.realshop/);
  });
});
