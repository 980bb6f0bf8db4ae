import { useId } from 'react';
import type { ReadinessAnswers } from '../../../../shared/readiness';
import { useT } from '../../../i18n';
import { useReadinessStore } from '../../../stores/readiness-store';

/** One question, answered yes or no; unanswered until the operator picks one. */
function YesNo({ testId, question, hint, value, onAnswer }: { testId: string; question: string; hint?: string; value: boolean | null; onAnswer(value: boolean): void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="readiness-question" data-testid={testId} data-answer={value === null ? '' : value ? 'yes' : 'no'}>
      <legend>{question}</legend>
      {hint && <p className="muted">{hint}</p>}
      <label>
        <input type="radio" name={name} value="yes" checked={value === true} onChange={() => onAnswer(true)} />
        {t('readiness.answer.yes')}
      </label>
      <label>
        <input type="radio" name={name} value="no" checked={value === false} onChange={() => onAnswer(false)} />
        {t('readiness.answer.no')}
      </label>
    </fieldset>
  );
}

/** The two questions asked once per appid: content users publish, and the 备案. */
export function ReadinessQuestions({ answers }: { answers: ReadinessAnswers }) {
  const t = useT();
  const answer = useReadinessStore((state) => state.answer);
  return (
    <div className="readiness-questions">
      <h3>{t('readiness.questions')}</h3>
      <YesNo testId="readiness-question-ugc" question={t('readiness.ugc.question')} value={answers.ugc} onAnswer={(ugc) => void answer({ ugc })} />
      <YesNo
        testId="readiness-question-filed"
        question={t('readiness.filed.question')}
        hint={t('readiness.filed.where')}
        value={answers.filed}
        onAnswer={(filed) => void answer({ filed })}
      />
    </div>
  );
}
