import { useState } from 'react';
import { useT } from '../../i18n';

/**
 * Copies `text` and says so for two seconds. A secondary button: in the 提审 step the one primary
 * action belongs to the review record.
 */
export function CopyTextButton({ text, testId, label }: { text: string; testId: string; label?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <button type="button" className="button button--secondary button--small" onClick={() => void copy()} data-testid={testId} disabled={!text}>
      {copied ? `✓ ${t('wl.copied')}` : (label ?? t('wl.copy'))}
    </button>
  );
}
