// From URL sites to the result: one entry per whitelist entry the code proves, the image hosts,
// the hosts only mentioned, the rule problems (proven uses only) and the "too many" check.
// Pure: no file system.

import {
  entryOrigin,
  hostKind,
  hostNeverAllowed,
  ignoredHost,
  ruleBroken,
  DOMAIN_FINDING_SEVERITY,
  whitelistLabel,
  type DomainRuleCode,
} from '../../../shared/domain-rules';
import { DOMAIN_LIMIT_PER_TYPE, WHITELIST_TYPES, type DomainEvidence, type DomainHost, type WhitelistType } from '../../../shared/domains';
import type { Problem } from '../../../shared/model';
import { SiteClassifier } from './classify';
import { CALL_BITS, MEDIA_BIT, typesOfBits, type ScanShared, type UrlSite } from './sites';

/** A site with its place resolved. */
export interface LocatedSite {
  site: UrlSite;
  file: string;
  line: number;
}

interface EntryDraft {
  host: string;
  origin: string;
  evidence: DomainEvidence[];
  codes: Set<string>;
  /** Some use is over the scheme the list wants (https, or wss for socket). */
  secureUse: boolean;
}

interface ProblemDraft {
  code: DomainRuleCode;
  type: WhitelistType;
  origin: string;
  host: string;
  port: string;
  first: DomainEvidence;
  places: DomainEvidence[];
}

const MAX_DETAIL_PLACES = 20;

export interface Aggregated {
  byType: Record<WhitelistType, DomainHost[]>;
  images: DomainHost[];
  mentioned: DomainHost[];
  problems: Problem[];
}

function compareEvidence(a: DomainEvidence, b: DomainEvidence): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/**
 * Sites arrive file by file in text order, so the same URL twice on one line lands next to itself
 * in a list: comparing with the last entry is enough to keep one.
 */
function addEvidence(list: DomainEvidence[], evidence: DomainEvidence): void {
  const last = list[list.length - 1];
  if (last && last.line === evidence.line && last.file === evidence.file && last.url === evidence.url) return;
  list.push(evidence);
}

function newDraft(host: string, origin: string): EntryDraft {
  return { host, origin, evidence: [], codes: new Set(), secureUse: false };
}

function finish(drafts: Map<string, EntryDraft>): DomainHost[] {
  return [...drafts.values()]
    .map((draft) => ({
      host: draft.host,
      origin: draft.origin,
      evidence: draft.evidence.sort(compareEvidence),
      codes: [...draft.codes].sort(),
      inCopyList: draft.secureUse && !hostNeverAllowed(draft.host),
    }))
    .sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0));
}

/** Sites handled between two calls of `pace`. */
const PACE_EVERY = 1024;

/** Adds the evidence to the draft for `origin` in `drafts`. */
function draftFor(drafts: Map<string, EntryDraft>, host: string, origin: string, evidence: DomainEvidence): EntryDraft {
  let draft = drafts.get(origin);
  if (!draft) {
    draft = newDraft(host, origin);
    drafts.set(origin, draft);
  }
  addEvidence(draft.evidence, evidence);
  return draft;
}

/**
 * Classifies every site and groups them into list entries, images, mentions and problems. `pace`
 * is awaited every PACE_EVERY sites, so a project with tens of thousands of URLs does not hold the
 * event loop.
 */
export async function aggregate(
  sites: readonly LocatedSite[],
  shared: ScanShared,
  pace: () => Promise<void> = async () => undefined,
): Promise<Aggregated> {
  const classifier = new SiteClassifier(shared);
  const entries = new Map<WhitelistType, Map<string, EntryDraft>>(WHITELIST_TYPES.map((type) => [type, new Map()]));
  const images = new Map<string, EntryDraft>();
  const mentioned = new Map<string, EntryDraft>();
  const problemDrafts = new Map<string, ProblemDraft>();
  // A big project names the same few hundred hosts tens of thousands of times: decide each once.
  const skipHost = new Map<string, boolean>();
  const rules = new Map<string, DomainRuleCode | null>();

  for (let index = 0; index < sites.length; index++) {
    if (index % PACE_EVERY === PACE_EVERY - 1) await pace();
    const { site, file, line } = sites[index]!;
    const { url } = site;
    let skip = skipHost.get(url.host);
    if (skip === undefined) {
      skip = hostKind(url.host) === 'invalid' || ignoredHost(url.host) !== null;
      skipHost.set(url.host, skip);
    }
    if (skip) continue;
    const evidence: DomainEvidence = { file, line, url: url.url };
    const bits = classifier.classify(site, file);
    if (bits & MEDIA_BIT) {
      const draft = draftFor(images, url.host, entryOrigin('downloadFile', url.host, url.port), evidence);
      if (url.scheme === 'https') draft.secureUse = true;
    }
    if ((bits & CALL_BITS) === 0) {
      if (bits === 0) draftFor(mentioned, url.host, `${url.scheme}://${url.host}${url.port ? `:${url.port}` : ''}`, evidence);
      continue;
    }
    for (const type of typesOfBits(bits)) {
      const origin = entryOrigin(type, url.host, url.port);
      const draft = draftFor(entries.get(type)!, url.host, origin, evidence);
      const ruleKey = `${type}|${url.scheme}|${url.host}|${url.port}`;
      let code = rules.get(ruleKey);
      if (code === undefined) {
        code = ruleBroken(url, type);
        rules.set(ruleKey, code);
      }
      if (code === null || code === 'domain.port') draft.secureUse = true;
      if (code === null) continue;
      draft.codes.add(code);
      const key = `${code}|${type}|${origin}`;
      const problem = problemDrafts.get(key);
      if (problem) {
        addEvidence(problem.places, evidence);
        if (compareEvidence(evidence, problem.first) < 0) problem.first = evidence;
      } else {
        problemDrafts.set(key, { code, type, origin, host: url.host, port: url.port, first: evidence, places: [evidence] });
      }
    }
  }

  const byType = Object.fromEntries(WHITELIST_TYPES.map((type) => [type, finish(entries.get(type)!)])) as Record<WhitelistType, DomainHost[]>;
  // The downloadFile list already covers its hosts' images; a listed host is not "only mentioned".
  const downloads = new Set(byType.downloadFile.map((entry) => entry.origin));
  const imageHosts = finish(images).filter((entry) => !downloads.has(entry.origin));
  const listed = new Set([...WHITELIST_TYPES.flatMap((type) => byType[type]), ...imageHosts].map((entry) => entry.host));
  const mentionedHosts = finish(mentioned).filter((entry) => !listed.has(entry.host));

  const problems: Problem[] = [...problemDrafts.values()].map(ruleProblem);
  for (const type of WHITELIST_TYPES) {
    const count = byType[type].filter((entry) => entry.inCopyList).length;
    if (count > DOMAIN_LIMIT_PER_TYPE) {
      problems.push({
        code: 'domain.too-many',
        severity: DOMAIN_FINDING_SEVERITY,
        params: { type, list: whitelistLabel(type), count, limit: DOMAIN_LIMIT_PER_TYPE },
      });
    }
  }
  return { byType, images: imageHosts, mentioned: mentionedHosts, problems: orderProblems(problems) };
}

function ruleProblem(draft: ProblemDraft): Problem {
  const places = draft.places.sort(compareEvidence);
  const listed = places.slice(0, MAX_DETAIL_PLACES).map((place) => `${place.file}:${place.line}  ${place.url}`);
  if (places.length > MAX_DETAIL_PLACES) listed.push(`… ${places.length - MAX_DETAIL_PLACES} more`);
  return {
    code: draft.code,
    severity: DOMAIN_FINDING_SEVERITY,
    file: draft.first.file,
    line: draft.first.line,
    params: {
      host: draft.host,
      url: draft.first.url,
      type: draft.type,
      list: whitelistLabel(draft.type),
      origin: draft.origin,
      port: draft.port,
      count: places.length,
    },
    detail: listed.join('\n'),
  };
}

/** Errors first; then by file and line, so the list reads like the code. */
export function orderProblems(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    const fa = a.file ?? '';
    const fb = b.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  });
}
