import { UserFacingError } from '../server/common/errors.js';
import { assertEscalationTransition, ESCALATION_TRANSITIONS } from '../server/escalations/escalation-status.js';
import { EscalationStatus } from '../server/escalations/escalation.entity.js';
import { assertTransition, ORDER_TRANSITIONS, OrderStatus } from '../server/orders/order-status.js';
import { rewindTo, stepAllowed } from '../server/setup/setup-steps.js';
import { SetupStep } from '../server/setup/setup-enums.js';

function refusal(run: () => void): { code: string; message: string } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof UserFacingError) return error.errors[0];
    throw error;
  }
}

describe('the order state machine', () => {
  it('lists every status, and the terminal ones lead nowhere', () => {
    expect(Object.keys(ORDER_TRANSITIONS).sort()).toEqual(Object.values(OrderStatus).sort());
    expect(ORDER_TRANSITIONS.PROVISIONED).toEqual([]);
    expect(ORDER_TRANSITIONS.EXPIRED).toEqual([]);
    expect(ORDER_TRANSITIONS.CANCELLED).toEqual([]);
  });

  it('refuses a transition it does not list with INVALID_TRANSITION naming both states', () => {
    expect(refusal(() => assertTransition(OrderStatus.PROVISIONED, OrderStatus.PLACED))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: 'An order cannot go from PROVISIONED to PLACED',
      params: { reason: 'ORDER', from: 'PROVISIONED', to: 'PLACED' },
    });
    expect(refusal(() => assertTransition(OrderStatus.SET_UP, OrderStatus.ON_HOLD))?.code).toBe('INVALID_TRANSITION');
    expect(refusal(() => assertTransition(OrderStatus.AWAITING_SETUP, OrderStatus.SETUP_IN_PROGRESS))).toBeUndefined();
  });

  it('cannot reach SET_UP without a setup in progress, nor leave SET_UP except to PROVISIONED', () => {
    const into = Object.entries(ORDER_TRANSITIONS)
      .filter(([, to]) => to.includes(OrderStatus.SET_UP))
      .map(([from]) => from);
    expect(into).toEqual([OrderStatus.SETUP_IN_PROGRESS]);
    expect(ORDER_TRANSITIONS.SET_UP).toEqual([OrderStatus.PROVISIONED]);
  });
});

describe('the escalation state machine', () => {
  it('ends at RESOLVED and refuses to reopen', () => {
    expect(ESCALATION_TRANSITIONS.RESOLVED).toEqual([]);
    expect(refusal(() => assertEscalationTransition(EscalationStatus.RESOLVED, EscalationStatus.OPEN))?.message).toBe(
      'An escalation cannot go from RESOLVED to OPEN',
    );
  });
});

describe('the wizard step graph', () => {
  it('allows the next step, and Back to a draft step already done, but never back past step 8', () => {
    const done = [SetupStep.CHOOSE_ROLE, SetupStep.CHOOSE_SETUP_OWNER];
    expect(stepAllowed(SetupStep.CREATE_PARTNER_ORGANIZATION, done, SetupStep.CREATE_PARTNER_ORGANIZATION)).toBe(true);
    expect(stepAllowed(SetupStep.CREATE_PARTNER_ORGANIZATION, done, SetupStep.CHOOSE_ROLE)).toBe(true);
    expect(stepAllowed(SetupStep.CREATE_PARTNER_ORGANIZATION, done, SetupStep.REVIEW_ORDER)).toBe(false);
    expect(stepAllowed(SetupStep.SET_PASSWORD, [...done, SetupStep.REVIEW_ORDER], SetupStep.CHOOSE_ROLE)).toBe(false);
  });

  it('drops the draft entries of the step gone back to and of every later one', () => {
    const { completed, draft } = rewindTo(
      [SetupStep.CHOOSE_ROLE, SetupStep.CHOOSE_SETUP_OWNER, SetupStep.CREATE_PARTNER_ORGANIZATION, SetupStep.CUSTOMER_ADMINISTRATOR],
      {
        owner: {},
        newPartnerOrganization: { name: 'P', country: 'IT', address: 'a', city: 'c', postalCode: '1' },
        customerAdministrator: { email: 'a@b.example' },
      },
      SetupStep.CREATE_PARTNER_ORGANIZATION,
    );
    expect(completed).toEqual([SetupStep.CHOOSE_ROLE, SetupStep.CHOOSE_SETUP_OWNER]);
    expect(draft).toEqual({ owner: {} });
  });
});
