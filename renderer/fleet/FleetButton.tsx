import { useT } from '../i18n';
import { useBatchStore } from '../stores/batch-store';
import { useFleetStore } from '../stores/fleet-store';

/** The top bar's 「项目总览」, beside the wizard's steps: shows the board, or goes back to the wizard. */
export function FleetButton() {
  const t = useT();
  const shown = useFleetStore((state) => state.shown);
  // One page at a time in place of the wizard: opening this one closes 批量发布.
  const toggle = () => {
    if (shown) return useFleetStore.getState().hide();
    useBatchStore.getState().setOpen(false);
    useFleetStore.getState().show();
  };
  return (
    <button
      type="button"
      className="link-button"
      aria-pressed={shown}
      onClick={toggle}
      data-testid="open-fleet"
    >
      {t('fleet.open')}
    </button>
  );
}
