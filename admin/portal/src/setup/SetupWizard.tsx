import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { RequestFailed } from '../api/graphql';
import { runStep, startSetup, type StepMutation, type UserError } from '../api/operations';
import { Shell } from '../components/Shell';
import { useI18n } from '../i18n/i18n';
import { EndPage } from './EndPage';
import { ServiceSetup } from './ServiceSetup';
import { ChooseRole, ChooseSetupOwner } from './steps/roles';
import { CreatePartnerOrganization, ReviewPartnerOrganization } from './steps/partner';
import { ConfirmCustomerOrganization, CustomerAdministrator, VerifyCustomerOrganization } from './steps/customer';
import { ReviewOrder, SetPassword } from './steps/review';
import { WizardContext, type WizardApi } from './wizard-context';
import { currentStep, FINAL_STEPS, previousStep, wizardReducer, type EndReason, type WizardState } from './wizard-state';

/** sessionStorage: the link token of a wizard walked in this tab and not yet past step 8. */
const UNSAVED_WIZARD = 'ph.setup.unsaved';

const END_CODES: readonly string[] = ['SESSION_EXPIRED', 'ORDER_ON_HOLD', 'ORDER_ALREADY_SET_UP', 'TOKEN_EXPIRED', 'TOKEN_INVALID', 'ORDER_CLOSED'];

/** Why the walk ends, from the error that ended it (a closed order says whether it was cancelled or expired). */
function endReasonOf(error: UserError | undefined): EndReason {
  if (!error || !END_CODES.includes(error.code)) return 'FAILED';
  if (error.code === 'ORDER_CLOSED') return error.params?.reason === 'EXPIRED' ? 'ORDER_EXPIRED' : 'ORDER_CANCELLED';
  return error.code as EndReason;
}

/** A failure before or outside a step's own errors, as a UserError the forms can show. */
function requestError(error: unknown): UserError {
  const code = error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED';
  return { code, message: error instanceof Error ? error.message : String(error), field: null };
}

/** `/portal/setup?token=…`: the Set up now wizard, from startSetup to Provision. */
export function SetupWizard({ token }: { token: string | null }) {
  const { follow } = useI18n();
  // Nothing happens on load: the person starts with the Set up now button (a scanner opening the link starts nothing).
  const [state, dispatch] = useReducer(wizardReducer, token ? { status: 'landing' } : { status: 'ended', reason: 'NO_TOKEN' });
  const [busy, setBusy] = useState(false);
  const started = useRef(false);
  // A wizard left before step 8 (a reload, the browser's Back) kept nothing: the landing says so when this tab comes back.
  const [restarted] = useState(() => !!token && sessionStorage.getItem(UNSAVED_WIZARD) === token);
  useEffect(() => {
    if (!token || state.status !== 'active') return;
    const kept = FINAL_STEPS.includes(state.session.nextStep) || state.session.completedSteps.includes('REVIEW_ORDER');
    if (kept) sessionStorage.removeItem(UNSAVED_WIZARD);
    else sessionStorage.setItem(UNSAVED_WIZARD, token);
  }, [token, state]);

  const start = useCallback(async () => {
    if (!token) return;
    try {
      const payload = await startSetup(token);
      if (payload.session && payload.sessionToken) {
        follow(payload.session.order.locale);
        dispatch({ type: 'started', sessionToken: payload.sessionToken, session: payload.session });
        return;
      }
      dispatch({ type: 'ended', reason: endReasonOf(payload.errors[0]) });
    } catch {
      dispatch({ type: 'ended', reason: 'FAILED' });
    }
  }, [token, follow]);

  useEffect(() => {
    // Once per page load (StrictMode runs effects twice in development): a second startSetup
    // would revoke the first session.
    if (started.current || state.status !== 'starting') return;
    started.current = true;
    void start();
  }, [start, state.status]);

  const restart = useCallback(() => {
    started.current = false;
    dispatch({ type: 'restart' });
  }, []);

  const active = state.status === 'active' ? state : null;
  const sessionToken = active?.sessionToken;
  const isServiceSetup = active?.session.nextStep === 'SERVICE_SETUP';

  const submit = useCallback(
    async (name: StepMutation, input: Record<string, unknown>): Promise<UserError[] | null> => {
      if (!sessionToken) return null;
      setBusy(true);
      try {
        const payload = await runStep(name, input, sessionToken);
        if (!payload.errors.length && payload.session) {
          dispatch({ type: 'advanced', session: payload.session });
          return null;
        }
        const ending = payload.errors.find((e) => END_CODES.includes(e.code) && !(isServiceSetup && e.code === 'ORDER_ALREADY_SET_UP'));
        if (ending || !payload.session) {
          dispatch({ type: 'ended', reason: ending ? endReasonOf(ending) : 'SESSION_EXPIRED' });
          return null;
        }
        dispatch({ type: 'refreshed', session: payload.session });
        return payload.errors;
      } catch (error) {
        if (error instanceof RequestFailed && error.code === 'UNAUTHENTICATED') {
          dispatch({ type: 'ended', reason: 'SESSION_EXPIRED' });
          return null;
        }
        return [requestError(error)];
      } finally {
        setBusy(false);
      }
    },
    [sessionToken, isServiceSetup],
  );

  const api = useMemo<WizardApi | null>(() => {
    if (!active) return null;
    const shown = currentStep(active);
    return {
      mode: 'setup',
      session: active.session,
      sessionToken: active.sessionToken,
      busy,
      submit,
      back: previousStep(active.session, shown) ? () => dispatch({ type: 'back' }) : null,
      draft: <T,>(key: string) => active.drafts[key] as T | undefined,
      remember: (key, values) => dispatch({ type: 'remember', key, values }),
    };
  }, [active, busy, submit]);

  return (
    <Shell>
      {api ? (
        <WizardContext.Provider value={api}>
          <StepView state={active!} />
        </WizardContext.Provider>
      ) : (
        <EndPage state={state} onRestart={restart} onBegin={() => dispatch({ type: 'begin' })} token={token} restarted={restarted} />
      )}
    </Shell>
  );
}

function StepView({ state }: { state: Extract<WizardState, { status: 'active' }> }): ReactNode {
  const step = currentStep(state);
  switch (step) {
    case 'CHOOSE_ROLE':
      return <ChooseRole key={step} />;
    case 'CHOOSE_SETUP_OWNER':
      return <ChooseSetupOwner key={step} />;
    case 'CREATE_PARTNER_ORGANIZATION':
      return <CreatePartnerOrganization key={step} />;
    case 'REVIEW_PARTNER_ORGANIZATION':
      return <ReviewPartnerOrganization key={step} />;
    case 'CUSTOMER_ADMINISTRATOR':
      return <CustomerAdministrator key={step} />;
    case 'CONFIRM_CUSTOMER_ORGANIZATION':
      return <ConfirmCustomerOrganization key={step} />;
    case 'VERIFY_CUSTOMER_ORGANIZATION':
      return <VerifyCustomerOrganization key={step} />;
    case 'REVIEW_ORDER':
      return <ReviewOrder key={step} />;
    case 'SET_PASSWORD':
      return <SetPassword key={step} />;
    case 'SERVICE_SETUP':
      return <ServiceSetup key={step} />;
    default:
      return <EndPage state={state} />;
  }
}
