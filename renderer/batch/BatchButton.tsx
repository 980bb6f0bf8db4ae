import { useT } from '../i18n';
import { useBatchStore } from '../stores/batch-store';
import { useFleetStore } from '../stores/fleet-store';

/** The top bar's 「批量发布」: switches between the wizard and the batch page. */
export function BatchButton() {
  const t = useT();
  const open = useBatchStore((state) => state.open);
  const setOpen = useBatchStore((state) => state.setOpen);
  // One page at a time in place of the wizard: opening this one closes 项目总览.
  const toggle = () => {
    if (!open) useFleetStore.getState().hide();
    setOpen(!open);
  };
  return (
    <button type="button" className="link-button" onClick={toggle} aria-pressed={open} data-testid="open-batch">
      {open ? t('batch.close') : t('batch.open')}
    </button>
  );
}
