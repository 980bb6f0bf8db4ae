import type { Problem } from '../../../shared/model';
import type { PrivacyEvidence, PrivacyScan } from '../../../shared/precheck';

// The privacy scan as findings. A location API the code calls without declaring it in
// requiredPrivateInfos fails on phones: one blocker naming every such API and the whole line to
// write. Declaring fuzzy and precise location together fails the compile: a blocker. What the
// 用户隐私保护指引 must declare is one warning (the guide lives in the admin site, where the app
// cannot see it), its categories listed by the step with their evidence.

const place = (evidence: PrivacyEvidence) => `${evidence.api}  ${evidence.file}:${evidence.line}`;

export function privacyProblems(scan: PrivacyScan): Problem[] {
  const problems: Problem[] = [];
  if (scan.undeclared.length > 0) {
    const apis = scan.undeclared.map((entry) => entry.api);
    const line = [...scan.declared, ...apis].map((api) => `"${api}"`).join(', ');
    problems.push({
      code: 'precheck.private-info-undeclared',
      severity: 'error',
      file: scan.declarationFile,
      params: { apis: apis.join(', '), count: apis.length, declaration: `"requiredPrivateInfos": [${line}]` },
      detail: scan.undeclared.flatMap((entry) => entry.evidence.map(place)).join('\n'),
    });
  }
  if (scan.conflicting.length > 0) {
    problems.push({ code: 'precheck.private-info-conflict', severity: 'error', file: scan.declarationFile, params: { apis: scan.conflicting.join(', ') } });
  }
  if (scan.uses.length > 0) {
    problems.push({
      code: 'precheck.privacy-guide',
      severity: 'warning',
      params: { count: scan.uses.length },
      detail: scan.uses.map((use) => `${use.category}:\n${use.evidence.map((e) => `  ${place(e)}`).join('\n')}`).join('\n'),
    });
  }
  return problems;
}
