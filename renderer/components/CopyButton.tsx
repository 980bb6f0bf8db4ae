import { useState } from 'react';
import { useT } from '../i18n';

/** Copies `text` and says so for two seconds. */
export function CopyButton({ text, testId }: { text: string; testId: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <button type="button" className="button button--small" onClick={() => void copy()} data-testid={testId}>
      {copied ? `✓ ${t('wl.copied')}` : t('wl.copy')}
    </button>
  );
}
