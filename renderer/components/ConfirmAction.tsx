import { useState } from 'react';

interface ConfirmActionProps {
  /** The button that asks first. */
  label: string;
  /** The question, saying what the action will cost. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  testId: string;
}

/** An action that cannot be undone asks first, in the page, saying what it will cost. */
export function ConfirmAction({ label, question, confirmLabel, cancelLabel, onConfirm, testId }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="alertdialog" aria-label={question} data-testid={`${testId}-ask`}>
      <span>{question}</span>{' '}
      <button
        type="button"
        className="button button--danger button--small"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid={`${testId}-confirm`}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </span>
  );
}
