import { userError, UserErrorCode } from '../common/errors.js';
import { EscalationStatus } from './escalation.entity.js';

/** An escalation's life: picked up by a rep (who may give it back to the queue: unassigned), then resolved; resolved is final. */
export const ESCALATION_TRANSITIONS: Readonly<Record<EscalationStatus, readonly EscalationStatus[]>> = {
  [EscalationStatus.OPEN]: [EscalationStatus.IN_PROGRESS, EscalationStatus.RESOLVED],
  [EscalationStatus.IN_PROGRESS]: [EscalationStatus.OPEN, EscalationStatus.RESOLVED],
  [EscalationStatus.RESOLVED]: [],
};

export function assertEscalationTransition(from: EscalationStatus, to: EscalationStatus): void {
  if (!ESCALATION_TRANSITIONS[from].includes(to)) {
    throw userError(UserErrorCode.INVALID_TRANSITION, `An escalation cannot go from ${from} to ${to}`, undefined, { reason: 'ESCALATION', from, to });
  }
}
