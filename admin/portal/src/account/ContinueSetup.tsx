import Button from '@mui/material/Button';
import { useMemo, useState } from 'react';
import { RequestFailed } from '../api/graphql';
import {
  runStep,
  type MissingSetting,
  type OrderRow,
  type Session,
  type StepMutation,
  type Subscription,
  type UserError,
  type Viewer,
} from '../api/operations';
import { useI18n } from '../i18n/i18n';
import { Done } from '../setup/EndPage';
import { ServiceSetup } from '../setup/ServiceSetup';
import { WizardContext, type WizardApi } from '../setup/wizard-context';

const SETTING_SAVED_BY: Partial<Record<StepMutation, MissingSetting>> = {
  saveEnterpriseSettings: 'ENTERPRISE_SETTINGS',
  saveCallingSettings: 'CALLING_SETTINGS',
  saveMeetingSettings: 'MEETING_SETTINGS',
};

/**
 * The service setup pages for an administrator who logged in: after step 8 the Set up now link no
 * longer opens the wizard (the order is set up), so a walk left before Provision goes on here,
 * with the login token and `subscriptionId` (docs/integrators.md: "Service setup mutations … with a login token").
 */
export function ContinueSetup({
  token,
  viewer,
  order,
  onClose,
  onSessionEnded,
}: {
  token: string;
  viewer: Viewer;
  order: OrderRow;
  onClose: () => void;
  onSessionEnded: () => void;
}) {
  const { t } = useI18n();
  const [subscription, setSubscription] = useState<Subscription>(order.subscription!);
  // The API has no `missingSettings` for a subscription: the subdomain is known, the rest is learnt from Provision.
  const [missing, setMissing] = useState<MissingSetting[]>(order.subscription?.subdomain ? [] : ['ENTERPRISE_SETTINGS']);
  const [drafts, setDrafts] = useState<Record<string, unknown>>({});
  const [busy, setBusy] = useState(false);

  const session = useMemo<Session>(
    () => ({
      id: `login:${subscription.id}`,
      nextStep: subscription.status === 'ACTIVE' ? 'DONE' : 'SERVICE_SETUP',
      completedSteps: [],
      previousStep: null,
      backSteps: [],
      role: null,
      owner: null,
      recipientEmail: viewer.email ?? '',
      recipientIsSharedAddress: false,
      customerAdministratorEmail: null,
      missingSettings: missing,
      expiresAt: '',
      order: {
        id: order.id,
        ccwOrderNumber: order.ccwOrderNumber,
        offer: order.offer,
        status: order.status,
        locale: order.locale,
        requestedStartDate: order.requestedStartDate,
        timeZone: order.timeZone,
        provisioningContactEmail: order.provisioningContactEmail,
        services: order.services,
      },
      partnerOrganization: order.partnerOrganization,
      customerOrganization: order.customerOrganization,
      newPartnerOrganization: null,
      newCustomerOrganization: null,
      customerOrganizationCandidates: [],
      subscription,
    }),
    [subscription, missing, order, viewer.email],
  );

  const api: WizardApi = {
    mode: 'login',
    session,
    sessionToken: token,
    busy,
    back: onClose,
    draft: <T,>(key: string) => drafts[key] as T | undefined,
    remember: (key, values) => setDrafts((current) => ({ ...current, [key]: values })),
    async submit(name, input): Promise<UserError[] | null> {
      setBusy(true);
      try {
        const payload = await runStep(name, { ...input, subscriptionId: subscription.id }, token);
        if (!payload.errors.length && payload.subscription) {
          setSubscription(payload.subscription);
          setMissing((current) => current.filter((setting) => setting !== SETTING_SAVED_BY[name]));
          return null;
        }
        const incomplete = payload.errors.find((e) => e.code === 'SETTINGS_INCOMPLETE');
        // The settings still missing, by code (the error's params), not read out of its English message.
        if (incomplete) setMissing(Array.isArray(incomplete.params?.missing) ? (incomplete.params.missing as MissingSetting[]) : []);
        return payload.errors;
      } catch (error) {
        if (error instanceof RequestFailed && error.code === 'UNAUTHENTICATED') {
          onSessionEnded();
          return null;
        }
        return [{ code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED', message: String(error), field: null }];
      } finally {
        setBusy(false);
      }
    },
  };

  return (
    <WizardContext.Provider value={api}>
      {subscription.status === 'ACTIVE' ? (
        <Done
          session={session}
          drafts={drafts}
          actions={
            <Button variant="contained" onClick={onClose}>
              {t('account.backToOrders')}
            </Button>
          }
        />
      ) : (
        <ServiceSetup />
      )}
    </WizardContext.Provider>
  );
}
