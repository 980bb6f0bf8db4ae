import { useState } from 'react';
import { useT } from '../../i18n';

/** A `;`-separated list to paste into the admin site, with its copy button. */
export function CopyRow({ text, id }: { text: string; id: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  return (
    <div className="copy-row">
      <code className="copy-row__text" data-testid={`copy-list-${id}`}>
        {text}
      </code>
      <button type="button" className="button button--small" onClick={() => void copy()} data-testid={`copy-${id}`}>
        {copied ? `✓ ${t('wl.copied')}` : t('wl.copy')}
      </button>
    </div>
  );
}
