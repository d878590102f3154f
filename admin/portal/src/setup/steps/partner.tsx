import { useRef, useState } from 'react';
import type { OrganizationDetails } from '../../api/operations';
import { countryFor } from '../../components/choices';
import { ErrorSummary, useFormErrors } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { StepPage } from '../StepPage';
import { useWizard } from '../wizard-context';
import { EMPTY_ORGANIZATION, NotRecognizedButton, ORGANIZATION_FIELDS, OrganizationCard, OrganizationFields } from './organization';

/** Step 5, first order: the information that creates the partner's Webex partner organization (at step 8). */
export function CreatePartnerOrganization() {
  const { t } = useI18n();
  const { session, submit, draft, remember } = useWizard();
  const [values, setValues] = useState<OrganizationDetails>(
    () =>
      draft<OrganizationDetails>('partner') ??
      session.newPartnerOrganization ?? { ...EMPTY_ORGANIZATION, name: session.order.partnerName ?? '', country: countryFor(session.order.locale) },
  );
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);

  const onSubmit = async () => {
    remember('partner', values);
    const problems = await submit('createPartnerOrganization', { ...values });
    if (problems) errors.show(problems);
  };

  return (
    <StepPage step="CREATE_PARTNER_ORGANIZATION" title={t('partner.create.title')} intro={t('partner.create.intro')} formRef={formRef} onSubmit={onSubmit}>
      <ErrorSummary errors={errors.others(ORGANIZATION_FIELDS)} />
      <OrganizationFields values={values} onChange={setValues} errors={errors} />
    </StepPage>
  );
}

/** Step 5, existing organization: review it, or "I don't recognize this organization" (on hold, a rep calls). */
export function ReviewPartnerOrganization() {
  const { t } = useI18n();
  const { session, submit, busy } = useWizard();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);

  const review = async (recognized: boolean) => {
    const problems = await submit('reviewPartnerOrganization', { recognized });
    if (problems) errors.show(problems);
  };

  return (
    <StepPage
      step="REVIEW_PARTNER_ORGANIZATION"
      title={t('partner.review.title')}
      intro={t('partner.review.intro')}
      formRef={formRef}
      onSubmit={() => review(true)}
      extraActions={<NotRecognizedButton onConfirm={() => review(false)} disabled={busy} />}
    >
      <ErrorSummary errors={errors.errors} />
      {session.partnerOrganization && <OrganizationCard organization={session.partnerOrganization} />}
    </StepPage>
  );
}
