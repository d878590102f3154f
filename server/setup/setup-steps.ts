import { SetupStep } from './setup-enums.js';
import type { SetupDraft } from './setup-session.entity.js';

/** Steps before the point of no return (step 8): they may be walked again (Back), and they write only the draft. */
export const DRAFT_STEPS: readonly SetupStep[] = [
  SetupStep.CHOOSE_ROLE,
  SetupStep.CHOOSE_SETUP_OWNER,
  SetupStep.CREATE_PARTNER_ORGANIZATION,
  SetupStep.REVIEW_PARTNER_ORGANIZATION,
  SetupStep.CUSTOMER_ADMINISTRATOR,
  SetupStep.CONFIRM_CUSTOMER_ORGANIZATION,
  SetupStep.VERIFY_CUSTOMER_ORGANIZATION,
  SetupStep.REVIEW_ORDER,
];

/** Where the session stops: nothing more can be done with it. */
export const FINAL_STEPS: readonly SetupStep[] = [SetupStep.DONE, SetupStep.ON_HOLD, SetupStep.HANDED_OVER];

/** The draft entry each step writes; walking back to a step drops its entry and every later one. */
const DRAFT_ENTRY: Partial<Record<SetupStep, keyof SetupDraft>> = {
  [SetupStep.CHOOSE_ROLE]: 'customerAdministrator',
  [SetupStep.CHOOSE_SETUP_OWNER]: 'owner',
  [SetupStep.CREATE_PARTNER_ORGANIZATION]: 'newPartnerOrganization',
  [SetupStep.CUSTOMER_ADMINISTRATOR]: 'customerAdministrator',
  [SetupStep.CONFIRM_CUSTOMER_ORGANIZATION]: 'customerOrganization',
};

/**
 * Whether `step` may run now: it is the next step, or (Back) a draft step already done while the
 * session is still before the point of no return.
 */
export function stepAllowed(nextStep: SetupStep, completed: readonly SetupStep[], step: SetupStep): boolean {
  if (step === nextStep) return true;
  return DRAFT_STEPS.includes(step) && DRAFT_STEPS.includes(nextStep) && completed.includes(step);
}

/** Rewinds the walk to just before `step` (a no-op when `step` is the next one). */
export function rewindTo(completed: readonly SetupStep[], draft: SetupDraft, step: SetupStep): { completed: SetupStep[]; draft: SetupDraft } {
  const index = completed.indexOf(step);
  if (index < 0) return { completed: [...completed], draft: { ...draft } };
  const kept = completed.slice(0, index);
  const nextDraft: SetupDraft = { ...draft };
  for (const dropped of completed.slice(index)) {
    const entry = DRAFT_ENTRY[dropped];
    if (entry) delete nextDraft[entry];
  }
  return { completed: kept, draft: nextDraft };
}

/**
 * The Back rule: the steps Back walks through, oldest first (the draft steps done, while the session
 * is before the point of no return). Back from the next step leads to the last of them; Back from one
 * of them, to the one before it.
 */
export function backSteps(nextStep: SetupStep, completed: readonly SetupStep[]): SetupStep[] {
  return DRAFT_STEPS.includes(nextStep) ? completed.filter((step) => DRAFT_STEPS.includes(step)) : [];
}
