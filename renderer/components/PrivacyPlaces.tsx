import type { PrivacyUse } from '../../shared/precheck';

/** Where the code handles one kind of user information: the API and its file:line, one per row. */
export function PrivacyPlaces({ evidence, className }: { evidence: PrivacyUse['evidence']; className: string }) {
  return (
    <ul className={className}>
      {evidence.map((place) => (
        <li key={`${place.file}:${place.line}:${place.api}`}>
          <code>{place.api}</code> <code className="muted">{`${place.file}:${place.line}`}</code>
        </li>
      ))}
    </ul>
  );
}
