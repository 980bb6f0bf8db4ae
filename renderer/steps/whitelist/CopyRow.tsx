import { CopyButton } from '../../components/CopyButton';

/** A `;`-separated list to paste into the admin site, with its copy button. */
export function CopyRow({ text, id }: { text: string; id: string }) {
  return (
    <div className="copy-row">
      <code className="copy-row__text" data-testid={`copy-list-${id}`}>
        {text}
      </code>
      <CopyButton text={text} testId={`copy-${id}`} />
    </div>
  );
}
