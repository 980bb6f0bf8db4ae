import type { QualityCheckItem } from '../../../shared/jobs';
import type { Problem } from '../../../shared/model';
import type { ProblemCode } from '../../../shared/errors';

// The code-quality scan's failed items in plain words: each item name of miniprogram-ci 2.1.42's
// checkCodeQuality (dist/ci/utils/qualitycheckoption.js) has a problem code of its own, with words
// for an operator and what a developer should do. Warnings only: none of them stops an upload.
// An item this version does not know keeps the library's own sentence (quality.other).

const ITEM_CODES: Readonly<Record<string, ProblemCode>> = {
  PACKAGE_SIZE_LIMIT: 'quality.main-package-large',
  JS_COMPRESS_OPEN: 'quality.js-not-minified',
  WXML_COMPRESS_OPEN: 'quality.wxml-not-minified',
  WXSS_COMPRESS_OPEN: 'quality.wxss-not-minified',
  LAZYCODE_LOADING_OPEN: 'quality.lazy-loading-off',
  IMAGE_AND_AUDIO_LIMIT: 'quality.large-media',
  CONTAINS_OTHER_PKG_JS: 'quality.main-js-only-subpackages',
  CONTAINS_OTHER_PKG_COMPONENTS: 'quality.main-components-only-subpackages',
  CONTAINS_UNUSED_PLUGINS: 'quality.unused-plugins',
  CONTAINS_UNUSED_COMPONENTS: 'quality.unused-components',
  CONTAINS_UNUSED_CODES: 'quality.unused-files',
};

/** The thresholds the library's items use (its own defaults): 1.5 MB main package, 200 KB per image or audio file. */
const ITEM_LIMITS: Readonly<Record<string, string>> = {
  PACKAGE_SIZE_LIMIT: '1.5 MB',
  IMAGE_AND_AUDIO_LIMIT: '200 KB',
};

export function qualityProblems(items: readonly QualityCheckItem[]): Problem[] {
  return items
    .filter((item) => !item.passed)
    .map((item): Problem => {
      const code = ITEM_CODES[item.name] ?? 'quality.other';
      const params: Record<string, string | number> = { count: item.count ?? 0, limit: ITEM_LIMITS[item.name] ?? '' };
      if (code === 'quality.other') Object.assign(params, { name: item.name, text: item.text });
      return { code, severity: 'warning', params, detail: [item.text, item.detail].filter(Boolean).join('\n') || undefined };
    });
}
