import type { QualityCheckItem } from '../../../shared/jobs';

// checkCodeQuality's items as plain data. The library's `detail` is an array (unused files,
// components, plugins), an object (package sizes; files with a size) or absent; it becomes lines
// of text for the folded detail, and a count where it lists things.

interface RawQualityItem {
  name?: unknown;
  success?: unknown;
  text?: unknown;
  detail?: unknown;
  docURL?: unknown;
}

function listed(detail: unknown): unknown[] | null {
  if (Array.isArray(detail)) return detail;
  if (detail && typeof detail === 'object' && Array.isArray((detail as { files?: unknown }).files)) return (detail as { files: unknown[] }).files;
  return null;
}

function detailLines(detail: unknown): string | undefined {
  if (detail === undefined || detail === null) return undefined;
  if (typeof detail === 'string') return detail || undefined;
  const list = listed(detail);
  if (list) return list.length > 0 ? list.map((entry) => (typeof entry === 'string' ? entry : JSON.stringify(entry))).join('\n') : undefined;
  if (typeof detail === 'object') {
    const lines = Object.entries(detail as Record<string, unknown>).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    return lines.length > 0 ? lines.join('\n') : undefined;
  }
  return String(detail);
}

export function toQualityItems(raw: readonly RawQualityItem[]): QualityCheckItem[] {
  return raw.map((item) => {
    const list = listed(item.detail);
    const result: QualityCheckItem = {
      name: String(item.name ?? ''),
      passed: item.success !== false,
      text: String(item.text ?? ''),
    };
    const detail = detailLines(item.detail);
    if (detail !== undefined) result.detail = detail;
    if (list && list.length > 0) result.count = list.length;
    if (typeof item.docURL === 'string') result.docUrl = item.docURL;
    return result;
  });
}
