import { useT } from '../i18n';
import { useFleetStore } from '../stores/fleet-store';

/** The top bar's 「项目总览」, beside the wizard's steps: shows the board, or goes back to the wizard. */
export function FleetButton() {
  const t = useT();
  const shown = useFleetStore((state) => state.shown);
  return (
    <button
      type="button"
      className="link-button"
      aria-pressed={shown}
      onClick={() => (shown ? useFleetStore.getState().hide() : useFleetStore.getState().show())}
      data-testid="open-fleet"
    >
      {t('fleet.open')}
    </button>
  );
}
