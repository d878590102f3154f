import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import type { Candidate, OrganizationDetails, UserError } from '../../api/operations';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { countryLabel } from '../../../../shared/choices';
import { countryFor } from '../../components/choices';
import { ErrorSummary, Input, useFormErrors } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { StepPage } from '../StepPage';
import { useWizard } from '../wizard-context';
import { EMPTY_ORGANIZATION, NotRecognizedButton, ORGANIZATION_FIELDS, OrganizationCard, OrganizationFields } from './organization';

/** Step 6: the customer administrator's email. "A user can belong to only one Webex organization at a time." */
export function CustomerAdministrator() {
  const { t } = useI18n();
  const { session, submit, draft, remember } = useWizard();
  const [email, setEmail] = useState(() => draft<string>('administrator') ?? session.customerAdministratorEmail ?? '');
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);

  const onSubmit = async () => {
    remember('administrator', email);
    const problems = await submit('setCustomerAdministrator', { email });
    if (problems) errors.show(problems);
  };

  return (
    <StepPage step="CUSTOMER_ADMINISTRATOR" title={t('administrator.title')} intro={t('administrator.intro')} formRef={formRef} onSubmit={onSubmit}>
      <ErrorSummary errors={errors.others(['email'])} values={{ email }} />
      <Input name="email" type="email" autoComplete="off" required label={t('administrator.email')} value={email} onChange={setEmail} errors={errors} />
      <Alert severity="info" sx={{ mt: 1 }}>
        {t('administrator.oneOrganization')}
      </Alert>
    </StepPage>
  );
}

const NEW = 'NEW';

interface ConfirmDraft {
  choice: string;
  organization: OrganizationDetails;
}

/** Step 7, new organization: pick one of the suggested organizations (city and country, creation date, active subscriptions) or create one. */
export function ConfirmCustomerOrganization() {
  const { t, date, count, errorText, lang } = useI18n();
  const { session, submit, draft, remember } = useWizard();
  // Suggestions are computed while this is the next step; after Back they come from memory.
  const [candidates] = useState<Candidate[]>(() =>
    session.nextStep === 'CONFIRM_CUSTOMER_ORGANIZATION' ? session.customerOrganizationCandidates : (draft<Candidate[]>('candidates') ?? []),
  );
  const [values, setValues] = useState<ConfirmDraft>(
    () =>
      draft<ConfirmDraft>('customer') ?? {
        choice: candidates.length ? '' : NEW,
        // Nothing typed yet: the name CCW gave the customer on the order.
        organization: session.newCustomerOrganization ?? {
          ...EMPTY_ORGANIZATION,
          name: session.order.customerName ?? '',
          country: countryFor(session.order.locale),
        },
      },
  );
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);
  const fields = ['candidateId', ...ORGANIZATION_FIELDS.map((f) => `newOrganization.${f}`)];

  const onSubmit = async () => {
    if (!values.choice) {
      const problem: UserError = { code: 'REQUIRED', message: t('confirm.required'), field: ['input', 'candidateId'] };
      return errors.show([problem]);
    }
    remember('customer', values);
    remember('candidates', candidates);
    const problems = await submit(
      'confirmCustomerOrganization',
      values.choice === NEW ? { newOrganization: values.organization } : { candidateId: values.choice },
    );
    if (problems) errors.show(problems);
  };

  const form = (
    <OrganizationFields
      prefix="newOrganization"
      values={values.organization}
      onChange={(organization) => setValues({ ...values, organization })}
      errors={errors}
    />
  );
  const candidateError = errors.on('candidateId');
  return (
    <StepPage
      step="CONFIRM_CUSTOMER_ORGANIZATION"
      title={t('confirm.title')}
      intro={
        <>
          <p style={{ margin: 0 }}>{t(candidates.length ? 'confirm.intro.candidates' : 'confirm.intro.new')}</p>
          {session.customerAdministratorEmail && <p style={{ marginBottom: 0 }}>{t('confirm.administrator', { email: session.customerAdministratorEmail })}</p>}
        </>
      }
      formRef={formRef}
      onSubmit={onSubmit}
    >
      <ErrorSummary errors={errors.others(fields)} />
      {candidates.length ? (
        <ChoiceGroup
          name="candidateId"
          legend={t('confirm.legend')}
          value={values.choice}
          onChange={(choice) => {
            setValues({ ...values, choice });
            errors.clear();
          }}
          error={candidateError && (candidateError.code === 'REQUIRED' ? candidateError.message : errorText(candidateError))}
          choices={[
            ...candidates.map((candidate) => ({
              value: candidate.id,
              label: candidate.name,
              // Where it is first: two organizations of one name tell apart by their city.
              hint: [
                [candidate.city, candidate.country && countryLabel(lang, candidate.country)].filter(Boolean).join(', '),
                t('organization.createdAt', { date: date(candidate.createdAt) }),
                count('organization.activeSubscriptions', candidate.activeSubscriptionCount),
              ]
                .filter(Boolean)
                .join(' · '),
            })),
            { value: NEW, label: t('confirm.new'), detail: form },
          ]}
        />
      ) : (
        form
      )}
    </StepPage>
  );
}

/** Step 7, existing organization: verify it, or "I don't recognize this organization". */
export function VerifyCustomerOrganization() {
  const { t } = useI18n();
  const { session, submit, busy } = useWizard();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);

  const verify = async (recognized: boolean) => {
    const problems = await submit('verifyCustomerOrganization', { recognized });
    if (problems) errors.show(problems);
  };

  return (
    <StepPage
      step="VERIFY_CUSTOMER_ORGANIZATION"
      title={t('verify.title')}
      intro={t('verify.intro', { email: session.customerAdministratorEmail ?? session.recipientEmail })}
      formRef={formRef}
      onSubmit={() => verify(true)}
      extraActions={<NotRecognizedButton onConfirm={() => verify(false)} disabled={busy} />}
    >
      <ErrorSummary errors={errors.errors} />
      {session.customerOrganization ? (
        <OrganizationCard organization={session.customerOrganization} />
      ) : (
        <Typography color="text.secondary">{t('common.none')}</Typography>
      )}
    </StepPage>
  );
}
