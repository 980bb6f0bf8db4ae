import { useT } from '../i18n';
import { useBatchStore } from '../stores/batch-store';

/** The top bar's 「批量发布」: switches between the wizard and the batch page. */
export function BatchButton() {
  const t = useT();
  const open = useBatchStore((state) => state.open);
  const setOpen = useBatchStore((state) => state.setOpen);
  return (
    <button type="button" className="link-button" onClick={() => setOpen(!open)} aria-pressed={open} data-testid="open-batch">
      {open ? t('batch.close') : t('batch.open')}
    </button>
  );
}
