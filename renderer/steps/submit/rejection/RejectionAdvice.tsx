import { useMemo } from 'react';
import { describeRejection } from '../../../../shared/rejection/describe-rejection';
import { explainRejection } from '../../../../shared/rejection/explain-rejection';
import { useT } from '../../../i18n';
import { useSettingsStore } from '../../../stores/settings-store';
import { RejectionCauseCard } from './RejectionCauseCard';
import './rejection.css';

/**
 * What WeChat's 审核不通过 text most likely means: per cause why, the fix, the page to open and a
 * 申诉 / 反馈 text; general advice when no cause is recognised. The text itself stays readable below.
 * Pure reading of `text` (shared/rejection), no IPC.
 */
export function RejectionAdvice({ text }: { text: string }) {
  const t = useT();
  const lang = useSettingsStore((state) => state.lang);
  const explanation = useMemo(() => explainRejection(text), [text]);
  const described = useMemo(() => describeRejection(explanation, lang), [explanation, lang]);
  return (
    <section
      className="rejection-advice"
      data-testid="rejection-advice"
      data-known={String(explanation.known)}
      data-causes={explanation.causes.map((entry) => entry.cause).join(',')}
    >
      <h3>{t('rejection.heading')}</h3>
      {explanation.known && <p className="muted">{t('rejection.intro')}</p>}
      {described.map((cause) => (
        <RejectionCauseCard key={cause.id} cause={cause} lang={lang} />
      ))}
    </section>
  );
}
