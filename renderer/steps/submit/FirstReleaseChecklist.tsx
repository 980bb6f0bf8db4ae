import { useEffect } from 'react';
import { checklistOpen, FIRST_RELEASE_ITEMS, FIRST_RELEASE_PAGES, type FirstReleaseItem, type FirstReleaseState } from '../../../shared/first-release';
import type { MessageKey, Translate } from '../../../shared/i18n';
import { ErrorCard } from '../../components/ErrorCard';
import { MpPageLinks } from '../../components/MpPageLinks';
import { useT } from '../../i18n';
import { selectFirstRelease, selectFirstReleaseProblem, useFirstReleaseStore } from '../../stores/first-release-store';
import { useSettingsStore } from '../../stores/settings-store';

/**
 * What the platform asks for before a Mini Program's first 提审. Open when WeChat said the app was never
 * released (or nobody asked yet), or when the operator says this is the first release; folded to one
 * line when WeChat said it was released before.
 */
export function FirstReleaseChecklist({ appid }: { appid: string }) {
  const t = useT();
  const lang = useSettingsStore((s) => s.lang);
  const state = useFirstReleaseStore(selectFirstRelease(appid));
  const problem = useFirstReleaseStore(selectFirstReleaseProblem(appid));

  useEffect(() => {
    void useFirstReleaseStore.getState().load(appid);
  }, [appid]);

  if (!state) return problem ? <ErrorCard problem={problem} /> : null;
  const open = checklistOpen(state);
  const time = state.answeredAt ? new Date(state.answeredAt).toLocaleString(lang) : '';
  const { setOperatorSaysFirst } = useFirstReleaseStore.getState();
  return (
    // Remounted when it folds or unfolds, so the operator's own toggling never fights the state.
    <details key={String(open)} className="card first-release" data-testid="first-release" data-open={open} open={open}>
      <summary data-testid="first-release-summary">
        <strong>{t('first.heading')}</strong>
        <span className="muted"> · {t('first.progress', { done: state.done.length, total: FIRST_RELEASE_ITEMS.length })}</span>
        {!open && <span className="submit-card__line" data-testid="first-release-line">{t('first.releasedBefore', { time })}</span>}
      </summary>
      {problem && <ErrorCard problem={problem} />}
      {open && <p className="muted">{intro(state, t, time)}</p>}
      {state.released !== false && (
        <label className="first-release__says">
          <input
            type="checkbox"
            checked={state.operatorSaysFirst}
            onChange={(e) => void setOperatorSaysFirst(appid, e.target.checked)}
            data-testid="first-release-operator-says"
          />
          {t('first.operatorSaysFirst')}
        </label>
      )}
      <ol className="first-release__items">
        {FIRST_RELEASE_ITEMS.map((item) => (
          <ChecklistItem key={item} appid={appid} item={item} done={state.done.includes(item)} />
        ))}
      </ol>
    </details>
  );
}

function intro(state: FirstReleaseState, t: Translate, time: string): string {
  if (state.released === false) return t('first.neverReleased', { time });
  if (state.released === true) return t('first.operatorSays');
  return t('first.unknown');
}

const ITEM_WORDS: Record<FirstReleaseItem, { title: MessageKey; how: MessageKey; open: MessageKey }> = {
  basicInfo: { title: 'first.item.basicInfo', how: 'first.item.basicInfo.how', open: 'first.item.basicInfo.open' },
  category: { title: 'first.item.category', how: 'first.item.category.how', open: 'first.item.category.open' },
  beian: { title: 'first.item.beian', how: 'first.item.beian.how', open: 'first.item.beian.open' },
  privacy: { title: 'first.item.privacy', how: 'first.item.privacy.how', open: 'first.item.privacy.open' },
  members: { title: 'first.item.members', how: 'first.item.members.how', open: 'first.item.members.open' },
};

function ChecklistItem({ appid, item, done }: { appid: string; item: FirstReleaseItem; done: boolean }) {
  const t = useT();
  const { tick } = useFirstReleaseStore.getState();
  const words = ITEM_WORDS[item];
  return (
    <li className="first-release__item" data-testid={`first-item-${item}`} data-done={done}>
      <div className="first-release__head">
        <strong>{t(words.title)}</strong>
        <label>
          <input type="checkbox" checked={done} onChange={(e) => void tick(appid, item, e.target.checked)} data-testid={`first-done-${item}`} />
          {t('first.done')}
        </label>
      </div>
      <p className="muted">{t(words.how)}</p>
      <MpPageLinks page={FIRST_RELEASE_PAGES[item]} label={t(words.open)} />
    </li>
  );
}
