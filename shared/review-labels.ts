import type { MessageKey } from './i18n';
import type { CurrentState, ReviewEvent } from './review';

// The words for review states and events, shared by the window and the CSV export.

export const REVIEW_STATE_LABELS: Record<CurrentState, MessageKey> = {
  none: 'review.state.none',
  submitted: 'review.state.submitted',
  approved: 'review.state.approved',
  rejected: 'review.state.rejected',
  withdrawn: 'review.state.withdrawn',
  released: 'review.state.released',
};

/** An event as the timeline names it: a submission after a rejection or withdrawal is a resubmission. */
export function eventLabel(event: ReviewEvent, previous: ReviewEvent | undefined): MessageKey {
  switch (event.state) {
    case 'submitted':
      return previous ? 'review.event.resubmitted' : 'review.event.submitted';
    case 'approved':
      return 'review.event.approved';
    case 'rejected':
      return 'review.event.rejected';
    case 'withdrawn':
      return 'review.event.withdrawn';
    case 'released':
      return event.mode === 'phased' ? 'review.event.releasedPhased' : 'review.event.releasedFull';
  }
}
