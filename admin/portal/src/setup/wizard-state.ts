import type { Session, SetupStep } from '../api/operations';

/**
 * The wizard in the browser: a small state machine around the server's session. Opening the page does
 * nothing (`landing`): the person starts with a click on Set up now, which calls startSetup — a mail
 * scanner that renders the link starts nothing (#22). Everything lives in memory only — a reload or a
 * second visit starts again with that click (the source: "leaving the wizard saves nothing").
 */
export type EndReason =
  | 'TOKEN_INVALID'
  | 'TOKEN_EXPIRED'
  | 'ORDER_ON_HOLD'
  | 'ORDER_ALREADY_SET_UP'
  | 'ORDER_CANCELLED'
  | 'ORDER_EXPIRED'
  | 'SESSION_EXPIRED'
  | 'NO_TOKEN'
  | 'FAILED';

export type WizardState =
  | { status: 'landing' }
  | { status: 'starting' }
  | {
      status: 'active';
      sessionToken: string;
      session: Session;
      /** The step shown when it is not `session.nextStep`: an earlier one reached with Back. */
      view: SetupStep | null;
      /** What the person typed at each step, to show again after Back (memory only). */
      drafts: Record<string, unknown>;
    }
  | { status: 'ended'; reason: EndReason; session?: Session; drafts?: Record<string, unknown> };

export type WizardAction =
  | { type: 'restart' }
  | { type: 'begin' }
  | { type: 'started'; sessionToken: string; session: Session }
  | { type: 'advanced'; session: Session }
  | { type: 'refreshed'; session: Session }
  | { type: 'back' }
  | { type: 'remember'; key: string; values: unknown }
  | { type: 'ended'; reason: EndReason };

export const FINAL_STEPS: readonly SetupStep[] = ['DONE', 'ON_HOLD', 'HANDED_OVER'];

/** The source article's numbering: steps 1–2 happen in CCW and in the email. */
export const STEP_NUMBER: Partial<Record<SetupStep, number>> = {
  CHOOSE_ROLE: 3,
  CHOOSE_SETUP_OWNER: 4,
  CREATE_PARTNER_ORGANIZATION: 5,
  REVIEW_PARTNER_ORGANIZATION: 5,
  CUSTOMER_ADMINISTRATOR: 6,
  CONFIRM_CUSTOMER_ORGANIZATION: 7,
  VERIFY_CUSTOMER_ORGANIZATION: 7,
  REVIEW_ORDER: 8,
  SET_PASSWORD: 9,
  SERVICE_SETUP: 10,
};
export const STEP_COUNT = 10;
/** The first step the portal shows (CHOOSE_ROLE). */
export const FIRST_PORTAL_STEP = 3;

/** The step on screen. */
export function currentStep(state: Extract<WizardState, { status: 'active' }>): SetupStep {
  return state.view ?? state.session.nextStep;
}

/**
 * The step Back leads to, if any. The rule is the server's (`SetupSession.previousStep`, `backSteps`):
 * from the next step, its previous step; from an earlier step reached with Back, the one before it.
 */
export function previousStep(session: Session, shown: SetupStep): SetupStep | null {
  if (shown === session.nextStep) return session.previousStep;
  const index = session.backSteps.indexOf(shown);
  return index > 0 ? session.backSteps[index - 1] : null;
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'restart':
    case 'begin':
      return { status: 'starting' };
    case 'started':
      return { status: 'active', sessionToken: action.sessionToken, session: action.session, view: null, drafts: {} };
    case 'ended':
      return state.status === 'active'
        ? { status: 'ended', reason: action.reason, session: state.session, drafts: state.drafts }
        : { status: 'ended', reason: action.reason };
    default:
      break;
  }
  if (state.status !== 'active') return state;
  switch (action.type) {
    case 'advanced':
      return { ...state, session: action.session, view: null };
    case 'refreshed':
      return { ...state, session: action.session };
    case 'back': {
      const previous = previousStep(state.session, currentStep(state));
      return previous ? { ...state, view: previous === state.session.nextStep ? null : previous } : state;
    }
    case 'remember':
      return { ...state, drafts: { ...state.drafts, [action.key]: action.values } };
    default:
      return state;
  }
}
