import { useState } from 'react';
import { useT } from '../i18n';

/**
 * Copies `text` and says so for two seconds. Secondary-styled: copying is never a step's next action,
 * and each step keeps one primary button.
 */
export function CopyButton({ text, testId, label }: { text: string; testId: string; label?: string }) {
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
