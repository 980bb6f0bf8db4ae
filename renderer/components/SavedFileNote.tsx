import type { SavedFile } from '../../shared/saved-file';
import { useT } from '../i18n';
import { selectIsHarness, useAppStore } from '../stores/app-store';
import { ErrorCard } from './ErrorCard';

/**
 * How a save ended: the file, or the problem. A closed save dialog says nothing; the browser harness,
 * which has no dialog, says how to give it a folder instead.
 */
export function SavedFileNote({ result, savedWords, testId }: { result: SavedFile | null; savedWords(file: string): string; testId: string }) {
  const t = useT();
  const isHarness = useAppStore(selectIsHarness);
  if (!result) return null;
  if (result.saved) {
    return (
      <p className="saved-file" role="status" data-testid={testId} data-file={result.file}>
        {savedWords(result.file)}
      </p>
    );
  }
  if (result.problem) return <ErrorCard problem={result.problem} />;
  return isHarness ? <p className="muted">{t('preview.saveUnavailable')}</p> : null;
}
