import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useMemo, useRef, useState } from 'react';
import { RequestFailed } from '../api/graphql';
import { checkSubdomainAvailability, type MissingSetting, type ServiceLine, type UserError } from '../api/operations';
import { countries, serviceLanguages, timeZones } from '../../../shared/choices';
import { countryFor, serviceLanguageFor, slug } from '../components/choices';
import { ErrorSummary, Input, Select, useFormErrors } from '../components/forms';
import { useI18n } from '../i18n/i18n';
import { Facts, StepPage } from './StepPage';
import { useServiceList } from './steps/review';
import { useWizard } from './wizard-context';

type Page = 'details' | 'calling' | 'meetings' | 'enterprise' | 'provision';

const PAGE_OF_SETTING: Record<MissingSetting, Page> = {
  ENTERPRISE_SETTINGS: 'enterprise',
  CALLING_SETTINGS: 'calling',
  MEETING_SETTINGS: 'meetings',
};

/** The pages the purchased services call for: calling only with CALLING, meetings only with MEETINGS. */
export function servicePages(services: ServiceLine[]): Page[] {
  const bought = (kind: ServiceLine['kind']) => services.some((s) => s.kind === kind);
  return ['details', ...(bought('CALLING') ? (['calling'] as const) : []), ...(bought('MEETINGS') ? (['meetings'] as const) : []), 'enterprise', 'provision'];
}

/** Step 10: the service setup wizard, page by page; Provision starts billing. */
export function ServiceSetup() {
  const { t } = useI18n();
  const { session, back } = useWizard();
  const services = session.subscription?.services ?? session.order.services;
  const pages = useMemo(() => servicePages(services), [services]);
  const [index, setIndex] = useState(0);
  const page = pages[index];
  const titles: Record<Page, string> = {
    details: t('service.details.title'),
    calling: t('service.calling.title'),
    meetings: t('service.meetings.title'),
    enterprise: t('service.enterprise.title'),
    provision: t('service.provision.title'),
  };
  const nav = {
    title: titles[page],
    stage: t('service.page', { title: t('service.title'), page: index + 1, pages: pages.length }),
    next: () => setIndex((i) => Math.min(i + 1, pages.length - 1)),
    back: index > 0 ? () => setIndex((i) => i - 1) : back,
    goTo: (target: Page) => setIndex(Math.max(0, pages.indexOf(target))),
  };
  switch (page) {
    case 'details':
      return <SubscriptionDetails key={page} nav={nav} />;
    case 'calling':
      return <CallingSettings key={page} nav={nav} />;
    case 'meetings':
      return <MeetingSettings key={page} nav={nav} />;
    case 'enterprise':
      return <EnterpriseSettings key={page} nav={nav} />;
    default:
      return <Provision key={page} nav={nav} />;
  }
}

interface Nav {
  title: string;
  stage: string;
  next(): void;
  back: (() => void) | null;
  goTo(page: Page): void;
}

function SubscriptionDetails({ nav }: { nav: Nav }) {
  const { t, term, day } = useI18n();
  const { session } = useWizard();
  const services = session.subscription?.services ?? session.order.services;
  return (
    <StepPage step="SERVICE_SETUP" title={nav.title} stage={nav.stage} intro={t('service.details.intro')} onSubmit={nav.next} onBack={nav.back}>
      <Facts
        items={[
          [t('review.orderNumber'), session.order.ccwOrderNumber],
          [t('review.offer'), session.order.offer.replace('_', '-')],
          [t('service.details.customer'), session.customerOrganization?.name ?? '—'],
          [t('review.startDate'), day(session.order.requestedStartDate)],
          [t('account.status'), term('SubscriptionStatus', session.subscription?.status ?? 'PENDING')],
        ]}
      />
      <List aria-label={t('review.services')}>
        {services.map((service) => (
          <ListItem key={service.kind} divider>
            <ListItemText primary={term('ServiceKind', service.kind)} secondary={t('service.details.quantity', { quantity: service.quantity })} />
          </ListItem>
        ))}
      </List>
    </StepPage>
  );
}

interface CallingValues {
  locationName: string;
  address: string;
  city: string;
  postalCode: string;
  country: string;
  timeZone: string;
  announcementLanguage: string;
  emailLanguage: string;
  mainNumber: string;
}

const CALLING_FIELDS = ['locationName', 'address', 'city', 'postalCode', 'country', 'timeZone', 'announcementLanguage', 'emailLanguage', 'mainNumber'];

function CallingSettings({ nav }: { nav: Nav }) {
  const { t, lang } = useI18n();
  const { session, submit, draft, remember } = useWizard();
  // The organization the order is for: created at step 7, or the existing one chosen or verified there.
  const organization = session.newCustomerOrganization ?? session.customerOrganization;
  const language = serviceLanguageFor(session.order.locale);
  // What was typed on this page, else what is saved (coming back after leaving: #22), else what is known.
  const saved = session.subscription?.callingSettings;
  const [values, setValues] = useState<CallingValues>(
    () =>
      draft<CallingValues>('calling') ??
      (saved ? { ...saved, mainNumber: saved.mainNumber ?? '' } : null) ?? {
        locationName: organization?.name ?? '',
        address: organization?.address ?? '',
        city: organization?.city ?? '',
        postalCode: organization?.postalCode ?? '',
        country: organization?.country || countryFor(session.order.locale),
        timeZone: session.order.timeZone,
        announcementLanguage: language,
        emailLanguage: language,
        mainNumber: '',
      },
  );
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);
  const zones = useMemo(() => timeZones(session.order.timeZone, lang), [session.order.timeZone, lang]);
  const languages = useMemo(() => serviceLanguages(lang), [lang]);
  const countryOptions = useMemo(() => countries(lang), [lang]);
  const set = (field: keyof CallingValues) => (value: string) => setValues({ ...values, [field]: value });
  const field = { errors };

  const onSubmit = async () => {
    remember('calling', values);
    const problems = await submit('saveCallingSettings', { ...values, mainNumber: values.mainNumber.trim() || null });
    if (problems) errors.show(problems);
    else nav.next();
  };

  return (
    <StepPage
      step="SERVICE_SETUP"
      title={nav.title}
      stage={nav.stage}
      intro={t('service.calling.intro')}
      formRef={formRef}
      onSubmit={onSubmit}
      onBack={nav.back}
    >
      <ErrorSummary errors={errors.others(CALLING_FIELDS)} />
      <Input {...field} name="locationName" required label={t('service.calling.locationName')} value={values.locationName} onChange={set('locationName')} />
      <Input
        {...field}
        name="address"
        required
        autoComplete="street-address"
        label={t('organization.address')}
        value={values.address}
        onChange={set('address')}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, columnGap: 2 }}>
        <Input {...field} name="city" required autoComplete="address-level2" label={t('organization.city')} value={values.city} onChange={set('city')} />
        <Input
          {...field}
          name="postalCode"
          required
          autoComplete="postal-code"
          label={t('organization.postalCode')}
          value={values.postalCode}
          onChange={set('postalCode')}
        />
      </Box>
      <Select
        {...field}
        name="country"
        required
        label={t('organization.country')}
        value={values.country}
        onChange={set('country')}
        options={countryOptions}
        placeholder={t('organization.chooseCountry')}
      />
      <Select {...field} name="timeZone" required label={t('service.calling.timeZone')} value={values.timeZone} onChange={set('timeZone')} options={zones} />
      <Select
        {...field}
        name="announcementLanguage"
        required
        label={t('service.calling.announcementLanguage')}
        value={values.announcementLanguage}
        onChange={set('announcementLanguage')}
        options={languages}
      />
      <Select
        {...field}
        name="emailLanguage"
        required
        label={t('service.calling.emailLanguage')}
        value={values.emailLanguage}
        onChange={set('emailLanguage')}
        options={languages}
      />
      <Input
        {...field}
        name="mainNumber"
        type="tel"
        autoComplete="tel"
        label={t('service.calling.mainNumber')}
        hint={t('service.calling.mainNumber.hint')}
        value={values.mainNumber}
        onChange={set('mainNumber')}
      />
    </StepPage>
  );
}

interface MeetingValues {
  siteName: string;
  timeZone: string;
  language: string;
}

function MeetingSettings({ nav }: { nav: Nav }) {
  const { t, lang } = useI18n();
  const { session, submit, draft, remember } = useWizard();
  const saved = session.subscription?.meetingSettings;
  const [values, setValues] = useState<MeetingValues>(
    () =>
      draft<MeetingValues>('meetings') ??
      (saved ? { siteName: saved.siteName, timeZone: saved.timeZone, language: saved.language } : null) ?? {
        siteName: slug(session.customerOrganization?.name ?? ''),
        timeZone: session.order.timeZone,
        language: serviceLanguageFor(session.order.locale),
      },
  );
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);
  const zones = useMemo(() => timeZones(session.order.timeZone, lang), [session.order.timeZone, lang]);
  const languages = useMemo(() => serviceLanguages(lang), [lang]);
  const set = (field: keyof MeetingValues) => (value: string) => setValues({ ...values, [field]: value });
  const siteUrl = `${values.siteName.trim().toLowerCase() || '…'}.webex.com`;

  const onSubmit = async () => {
    remember('meetings', values);
    const problems = await submit('saveMeetingSettings', { ...values });
    if (problems) errors.show(problems);
    else nav.next();
  };

  return (
    <StepPage
      step="SERVICE_SETUP"
      title={nav.title}
      stage={nav.stage}
      intro={t('service.meetings.intro')}
      formRef={formRef}
      onSubmit={onSubmit}
      onBack={nav.back}
    >
      <ErrorSummary errors={errors.others(['siteName', 'timeZone', 'language'])} />
      <Input
        errors={errors}
        name="siteName"
        required
        autoCapitalize="none"
        spellCheck={false}
        label={t('service.meetings.siteName')}
        value={values.siteName}
        onChange={set('siteName')}
        hint={t('service.meetings.siteUrl', { url: siteUrl })}
        slotProps={{ formHelperText: { 'aria-live': 'polite' } as object }}
      />
      <Select
        errors={errors}
        name="timeZone"
        required
        label={t('service.meetings.timeZone')}
        value={values.timeZone}
        onChange={set('timeZone')}
        options={zones}
      />
      <Select
        errors={errors}
        name="language"
        required
        label={t('service.meetings.language')}
        value={values.language}
        onChange={set('language')}
        options={languages}
      />
    </StepPage>
  );
}

function EnterpriseSettings({ nav }: { nav: Nav }) {
  const { t } = useI18n();
  const { session, sessionToken, submit, busy, draft, remember } = useWizard();
  const saved = session.subscription?.subdomain ?? null;
  const [subdomain, setSubdomain] = useState(() => draft<string>('subdomain') ?? saved ?? '');
  const [available, setAvailable] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);
  const normalised = subdomain.trim().toLowerCase();
  const isSaved = !!saved && saved === normalised && !session.missingSettings.includes('ENTERPRISE_SETTINGS');

  const change = (value: string) => {
    setSubdomain(value);
    setAvailable(null);
    errors.clear();
  };

  const check = async () => {
    setChecking(true);
    setAvailable(null);
    try {
      const answer = await checkSubdomainAvailability(subdomain, sessionToken);
      if (answer.available) {
        errors.clear();
        setAvailable(answer.subdomain);
      } else {
        errors.show([{ code: answer.reason ?? 'SUBDOMAIN_TAKEN', message: answer.message ?? '', field: ['input', 'subdomain'] }]);
      }
    } catch (error) {
      const problem: UserError = {
        code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED',
        message: String(error),
        field: null,
      };
      errors.show([problem]);
    } finally {
      setChecking(false);
    }
  };

  const save = async () => {
    remember('subdomain', subdomain);
    setAvailable(null);
    const problems = await submit('saveEnterpriseSettings', { subdomain });
    if (problems) errors.show(problems);
  };

  const domain = `${normalised || '…'}.calls.webex.com`;
  const status = isSaved
    ? t('service.enterprise.saved', { domain: `${saved}.calls.webex.com` })
    : available
      ? t('service.enterprise.available', { subdomain: available })
      : null;
  return (
    <StepPage
      step="SERVICE_SETUP"
      title={nav.title}
      stage={nav.stage}
      intro={t('service.enterprise.intro')}
      formRef={formRef}
      onSubmit={save}
      onBack={nav.back}
      onNext={nav.next}
      nextDisabled={!isSaved}
    >
      <ErrorSummary errors={errors.others(['subdomain'])} />
      <Input
        errors={errors}
        name="subdomain"
        required
        autoCapitalize="none"
        spellCheck={false}
        label={t('service.enterprise.subdomain')}
        value={subdomain}
        onChange={change}
        hint={t('service.enterprise.hint', { domain })}
      />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
        <Button variant="outlined" onClick={check} disabled={checking || busy || !normalised}>
          {t('service.enterprise.check')}
        </Button>
        <Button type="submit" variant="contained" disabled={busy || !normalised || isSaved}>
          {t('common.save')}
        </Button>
      </Box>
      <Box aria-live="polite" sx={{ mt: 2 }}>
        {status && (
          // A long subdomain has no space to break at: on a 375 px phone it wraps instead of being clipped.
          <Alert severity="success" sx={{ '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' } }} data-testid="subdomain-status">
            {status}
          </Alert>
        )}
        {!isSaved && !status && <Typography color="text.secondary">{t('service.enterprise.saveFirst')}</Typography>}
      </Box>
    </StepPage>
  );
}

function Provision({ nav }: { nav: Nav }) {
  const { t } = useI18n();
  const { session, submit, mode } = useWizard();
  const serviceList = useServiceList();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(formRef);
  const missing = session.missingSettings;
  // With a login, the API does not say which settings were saved earlier: only what Provision reports.
  const known = mode === 'setup';

  const onSubmit = async () => {
    const problems = await submit('provisionSubscription', {});
    if (problems) errors.show(problems);
  };

  return (
    <StepPage
      step="SERVICE_SETUP"
      title={nav.title}
      stage={nav.stage}
      intro={t('service.provision.intro')}
      formRef={formRef}
      onSubmit={onSubmit}
      onBack={nav.back}
      nextLabel={t('service.provision.button')}
    >
      <ErrorSummary errors={errors.errors} />
      <Facts items={[[t('review.services'), serviceList(session.subscription?.services ?? session.order.services)]]} />
      {missing.length ? (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {t('service.provision.missing')}
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {missing.map((setting) => (
              <li key={setting}>
                <Button size="small" onClick={() => nav.goTo(PAGE_OF_SETTING[setting])}>
                  {t(`missing.${setting}`)}
                </Button>
              </li>
            ))}
          </Box>
        </Alert>
      ) : (
        known && (
          <Alert severity="success" sx={{ mt: 2 }}>
            {t('service.provision.ready')}
          </Alert>
        )
      )}
    </StepPage>
  );
}
