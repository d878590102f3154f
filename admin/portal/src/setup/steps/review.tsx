import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useRef, useState, type ReactNode } from 'react';
import type { OrganizationDetails, ServiceLine } from '../../api/operations';
import { ErrorSummary, Input, useFormErrors, type FormErrors } from '../../components/forms';
import { countryLabel } from '../../../../shared/choices';
import { useI18n } from '../../i18n/i18n';
import { Facts, StepPage } from '../StepPage';
import { useWizard } from '../wizard-context';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ borderTop: 1, borderColor: 'divider', pt: 2, mt: 2 }}>
      <Typography variant="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function useServiceList() {
  const { term } = useI18n();
  return (services: ServiceLine[]) => services.map((s) => `${term('ServiceKind', s.kind)} (${s.quantity})`).join(', ');
}

/** Step 8: "Check that customer and partner information are correct, Next. The order is now set up." */
export function ReviewOrder() {
  const { t, lang, date, day } = useI18n();
  const { session, submit } = useWizard();
  const serviceList = useServiceList();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);
  const country = (code: string | null) => (code ? countryLabel(lang, code) : '—');
  const address = (o: OrganizationDetails) => `${o.address}, ${o.postalCode} ${o.city}`;

  const onSubmit = async () => {
    const problems = await submit('completeOrderSetup', {});
    if (problems) errors.show(problems);
  };

  const customer = session.customerOrganization;
  const newCustomer = session.newCustomerOrganization;
  const partner = session.partnerOrganization;
  const newPartner = session.newPartnerOrganization;
  return (
    <StepPage step="REVIEW_ORDER" title={t('review.title')} intro={t('review.intro')} formRef={formRef} onSubmit={onSubmit}>
      <ErrorSummary errors={errors.errors} />
      <Section title={t('review.customer')}>
        <Facts
          items={[
            ...(customer
              ? ([
                  [t('review.existingOrganization'), customer.name],
                  [t('review.country'), country(customer.country)],
                  [t('organization.created'), date(customer.createdAt)],
                ] as [string, ReactNode][])
              : newCustomer
                ? ([
                    [t('review.newOrganization'), newCustomer.name],
                    [t('review.country'), country(newCustomer.country)],
                    [t('review.address'), address(newCustomer)],
                  ] as [string, ReactNode][])
                : []),
            [t('review.administrator'), session.customerAdministratorEmail ?? '—'],
          ]}
        />
      </Section>
      <Section title={t('review.partner')}>
        {session.role === 'CUSTOMER' ? (
          <Typography>{t('review.selfSetup')}</Typography>
        ) : (
          <Facts
            items={
              partner
                ? [
                    [t('review.existingOrganization'), partner.name],
                    [t('review.country'), country(partner.country)],
                  ]
                : newPartner
                  ? [
                      [t('review.newOrganization'), newPartner.name],
                      [t('review.country'), country(newPartner.country)],
                      [t('review.address'), address(newPartner)],
                      [t('review.firstAdministrator'), session.recipientEmail],
                    ]
                  : []
            }
          />
        )}
      </Section>
      <Section title={t('review.order')}>
        <Facts
          items={[
            [t('review.orderNumber'), session.order.ccwOrderNumber],
            [t('review.offer'), session.order.offer.replace('_', '-')],
            [t('review.services'), serviceList(session.order.services)],
            [t('review.startDate'), day(session.order.requestedStartDate)],
          ]}
        />
      </Section>
    </StepPage>
  );
}

/** A password and its confirmation, shown or hidden together; `name` is the server's field. */
export function PasswordFields({
  password,
  confirm,
  onChange,
  errors,
  name = 'password',
}: {
  password: string;
  confirm: string;
  onChange: (password: string, confirm: string) => void;
  errors: FormErrors;
  name?: string;
}) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  const type = visible ? 'text' : 'password';
  return (
    <>
      <Input
        name={name}
        type={type}
        autoComplete="new-password"
        required
        label={t('password.password')}
        hint={t('password.rules')}
        value={password}
        onChange={(value) => onChange(value, confirm)}
        errors={errors}
      />
      <Input
        name="confirm"
        type={type}
        autoComplete="new-password"
        required
        label={t('password.confirm')}
        value={confirm}
        onChange={(value) => onChange(password, value)}
        errors={errors}
      />
      <FormControlLabel control={<Checkbox checked={visible} onChange={(event) => setVisible(event.target.checked)} />} label={t('password.show')} />
    </>
  );
}

/** Step 9, for an organization created now: the first administrator's password. */
export function SetPassword() {
  const { t } = useI18n();
  const { session, submit } = useWizard();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);
  const organization = session.role === 'CUSTOMER' ? session.customerOrganization : session.partnerOrganization;

  const onSubmit = async () => {
    if (password !== confirm) return errors.show([{ code: 'MISMATCH', message: t('password.mismatch'), field: ['input', 'confirm'] }]);
    const problems = await submit('setPassword', { password });
    if (problems) errors.show(problems);
  };

  return (
    <StepPage
      step="SET_PASSWORD"
      title={t('password.title')}
      intro={t('password.intro', { email: session.recipientEmail, organization: organization?.name ?? '' })}
      formRef={formRef}
      onSubmit={onSubmit}
      onBack={null}
    >
      <ErrorSummary errors={errors.others(['password', 'confirm'])} />
      <Box component="input" type="email" name="username" autoComplete="username" value={session.recipientEmail} readOnly hidden />
      <PasswordFields
        password={password}
        confirm={confirm}
        onChange={(p, c) => {
          setPassword(p);
          setConfirm(c);
        }}
        errors={errors}
      />
    </StepPage>
  );
}
