import { useRef, useState } from 'react';
import type { SetupOwner, SetupRole, UserError } from '../../api/operations';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary, Input, useFormErrors } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { StepPage } from '../StepPage';
import { useWizard } from '../wizard-context';

const required = (message: string, field: string): UserError => ({ code: 'REQUIRED', message, field: ['input', field] });

/** Step 3: "Choose I am a partner as role, then Next" — a link handed to the customer takes "I am the customer". */
export function ChooseRole() {
  const { t, errorText } = useI18n();
  const { session, submit, draft, remember } = useWizard();
  const [role, setRole] = useState<SetupRole | ''>(draft<SetupRole>('role') ?? session.role ?? '');
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);

  const onSubmit = async () => {
    if (!role) return errors.show([required(t('role.required'), 'role')]);
    remember('role', role);
    const problems = await submit('chooseRole', { role });
    if (problems) errors.show(problems);
  };

  const error = errors.on('role');
  const message = error && errorText(error);
  return (
    <StepPage step="CHOOSE_ROLE" title={t('role.title')} intro={t('role.intro')} formRef={formRef} onSubmit={onSubmit}>
      <ErrorSummary errors={errors.others(['role'])} />
      <ChoiceGroup<SetupRole>
        name="role"
        legend={t('role.legend')}
        value={role}
        onChange={(value) => {
          setRole(value);
          errors.clear();
        }}
        error={message}
        choices={(['PARTNER', 'CUSTOMER'] as const).map((value) => ({ value, label: t(`role.${value}`), hint: t(`role.${value}.hint`) }))}
      />
    </StepPage>
  );
}

interface OwnerDraft {
  owner: SetupOwner | '';
  email: string;
  /** On a link sent to a shared address (orders@): the person's own address, which gets the account. */
  yourEmail?: string;
}

/** Step 4: "Yes, I will set up", "Another person in my company will set up" or "The customer will set up". */
export function ChooseSetupOwner() {
  const { t, errorText } = useI18n();
  const { session, submit, draft, remember } = useWizard();
  const [values, setValues] = useState<OwnerDraft>(() => draft<OwnerDraft>('owner') ?? { owner: session.owner ?? '', email: '' });
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);

  const onSubmit = async () => {
    if (!values.owner) return errors.show([required(t('owner.required'), 'owner')]);
    remember('owner', values);
    remember('handedTo', values.email.trim().toLowerCase());
    const self = session.recipientIsSharedAddress ? { owner: 'SELF', yourEmail: values.yourEmail ?? '' } : { owner: 'SELF' };
    const problems = await submit('chooseSetupOwner', values.owner === 'SELF' ? self : { owner: values.owner, email: values.email });
    if (problems) errors.show(problems);
  };

  const emailField = (label: string) => (
    <Input
      name="email"
      type="email"
      autoComplete="email"
      required
      label={label}
      value={values.email}
      onChange={(email) => setValues({ ...values, email })}
      errors={errors}
    />
  );
  const yourEmailField = session.recipientIsSharedAddress ? (
    <Input
      name="yourEmail"
      type="email"
      autoComplete="email"
      required
      label={t('owner.yourEmail')}
      hint={t('owner.yourEmail.hint', { email: session.recipientEmail })}
      value={values.yourEmail ?? ''}
      onChange={(yourEmail) => setValues({ ...values, yourEmail })}
      errors={errors}
    />
  ) : undefined;
  const ownerError = errors.on('owner');
  return (
    <StepPage
      step="CHOOSE_SETUP_OWNER"
      title={t('owner.title')}
      intro={t('owner.intro', { order: session.order.ccwOrderNumber, email: session.recipientEmail })}
      formRef={formRef}
      onSubmit={onSubmit}
    >
      <ErrorSummary errors={errors.others(['owner', 'email', 'yourEmail'])} values={{ email: values.email }} />
      <ChoiceGroup<SetupOwner>
        name="owner"
        legend={t('owner.legend')}
        value={values.owner}
        onChange={(owner) => {
          setValues({ ...values, owner });
          errors.clear();
        }}
        error={ownerError && errorText(ownerError)}
        choices={[
          { value: 'SELF', label: t('owner.SELF'), hint: t('owner.SELF.hint'), detail: yourEmailField },
          { value: 'COLLEAGUE', label: t('owner.COLLEAGUE'), hint: t('owner.COLLEAGUE.hint'), detail: emailField(t('owner.colleagueEmail')) },
          { value: 'CUSTOMER', label: t('owner.CUSTOMER'), hint: t('owner.CUSTOMER.hint'), detail: emailField(t('owner.customerEmail')) },
        ]}
      />
    </StepPage>
  );
}
