import { useState } from 'react';
import { useT } from '../i18n';
import { useFleetStore } from '../stores/fleet-store';

/** 「移除」: asks first, in the row, whether the project's history goes too. */
export function FleetRemove({ projectRoot, name }: { projectRoot: string; name: string }) {
  const t = useT();
  const remove = useFleetStore((state) => state.remove);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link-button fleet__remove" aria-label={t('fleet.action.removeLabel', { name })} onClick={() => setAsking(true)} data-testid="fleet-remove">
        {t('fleet.action.remove')}
      </button>
    );
  }
  const question = t('fleet.remove.question', { name });
  return (
    <div className="confirm fleet__confirm" role="alertdialog" aria-label={question} data-testid="fleet-remove-ask">
      <p>{question}</p>
      <button type="button" className="button button--small" onClick={() => void remove(projectRoot, false)} data-testid="fleet-remove-keep">
        {t('fleet.remove.keep')}
      </button>
      <button type="button" className="button button--danger button--small" onClick={() => void remove(projectRoot, true)} data-testid="fleet-remove-delete">
        {t('fleet.remove.delete')}
      </button>
      <button type="button" className="link-button" onClick={() => setAsking(false)}>
        {t('fleet.remove.cancel')}
      </button>
    </div>
  );
}
