import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { RequestFailed } from '../api/graphql';
import { login, logout, myOrders, viewer as fetchViewer, type OrderRow, type UserError, type Viewer } from '../api/operations';
import { ErrorSummary, Input, useFormErrors } from '../components/forms';
import { Shell } from '../components/Shell';
import { useI18n } from '../i18n/i18n';
import { Facts } from '../setup/StepPage';
import { ContinueSetup } from './ContinueSetup';
import { People } from './People';
import { storedLogin, storeLogin } from './login-token';
import { countryLabel } from '../../../shared/choices';

type AccountState = { status: 'loading' } | { status: 'login'; notice?: 'sessionEnded' } | { status: 'ready'; token: string; viewer: Viewer };

function requestError(error: unknown): UserError {
  return { code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED', message: String(error), field: null };
}

/**
 * `/portal/`: partner and customer administrators log in and see their orders and subscriptions
 * (read-only): after provisioning, each subscription's status, since when it is suspended or when it
 * was cancelled, and the changes scheduled for a later day. The reasons a rep or CCW gave stay out of
 * the portal, as they stay out of the partner's emails.
 */
export function Account({ token: given }: { token?: string | null }) {
  const { t } = useI18n();
  const [state, setState] = useState<AccountState>({ status: 'loading' });

  useEffect(() => {
    const token = given ?? storedLogin();
    if (!token) {
      setState({ status: 'login' });
      return;
    }
    let live = true;
    fetchViewer(token).then(
      (viewer) => {
        if (!live) return;
        if (viewer) {
          storeLogin(token);
          setState({ status: 'ready', token, viewer });
        } else {
          storeLogin(null);
          setState({ status: 'login', notice: 'sessionEnded' });
        }
      },
      () => live && setState({ status: 'login', notice: 'sessionEnded' }),
    );
    return () => {
      live = false;
    };
  }, [given]);

  const signOut = useCallback(async (token: string) => {
    try {
      await logout(token);
    } catch {
      // Logged out locally all the same.
    }
    storeLogin(null);
    setState({ status: 'login' });
  }, []);

  const ended = useCallback(() => {
    storeLogin(null);
    setState({ status: 'login', notice: 'sessionEnded' });
  }, []);

  return (
    <Shell
      actions={
        state.status === 'ready' && (
          <Button variant="outlined" size="small" onClick={() => signOut(state.token)}>
            {t('account.logout')}
          </Button>
        )
      }
    >
      {state.status === 'loading' && (
        <Box role="status" sx={{ display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'center', py: 6 }}>
          <CircularProgress size={28} aria-hidden="true" />
          <Typography>{t('app.loading')}</Typography>
        </Box>
      )}
      {state.status === 'login' && (
        <LoginForm
          notice={state.notice}
          onLoggedIn={(token, viewer) => {
            storeLogin(token);
            setState({ status: 'ready', token, viewer });
          }}
        />
      )}
      {state.status === 'ready' && <Dashboard token={state.token} viewer={state.viewer} onSessionEnded={ended} />}
    </Shell>
  );
}

function LoginForm({ notice, onLoggedIn }: { notice?: 'sessionEnded'; onLoggedIn: (token: string, viewer: Viewer) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const errors = useFormErrors(formRef);

  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const payload = await login(email, password);
      if (payload.token && payload.viewer) onLoggedIn(payload.token, payload.viewer);
      else errors.show(payload.errors);
    } catch (error) {
      errors.show([requestError(error)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
      <Box component="form" ref={formRef} noValidate onSubmit={submit} aria-labelledby="login-heading">
        <Typography variant="h1" id="login-heading" ref={heading} tabIndex={-1} gutterBottom>
          {t('account.login.title')}
        </Typography>
        <Typography color="text.secondary">{t('account.login.intro')}</Typography>
        {notice === 'sessionEnded' && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('account.sessionEnded')}
          </Alert>
        )}
        <ErrorSummary errors={errors.others(['email', 'password'])} />
        <Input name="email" type="email" autoComplete="username" required label={t('account.email')} value={email} onChange={setEmail} errors={errors} />
        <Input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={t('account.password')}
          value={password}
          onChange={setPassword}
          errors={errors}
        />
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mt: 2 }}>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('common.login')}
          </Button>
          <Link href="/portal/forgot-password">{t('recovery.forgotLink')}</Link>
        </Box>
      </Box>
    </Paper>
  );
}

function Dashboard({ token, viewer, onSessionEnded }: { token: string; viewer: Viewer; onSessionEnded: () => void }) {
  const { t, term, lang, day, date, dateTime, count } = useI18n();
  const [orders, setOrders] = useState<OrderRow[]>([]);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<UserError | null>(null);
  const [continuing, setContinuing] = useState<OrderRow | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const isAdministrator = viewer.kind === 'PARTNER_ADMIN' || viewer.kind === 'CUSTOMER_ADMIN';

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      try {
        const page = await myOrders(token, after);
        setOrders((previous) => [...(after ? previous : []), ...page.edges.map((edge) => edge.node)]);
        setTotal(page.totalCount);
        setCursor(page.pageInfo.endCursor);
        setMore(page.pageInfo.hasNextPage);
      } catch (error) {
        if (error instanceof RequestFailed && error.code === 'UNAUTHENTICATED') onSessionEnded();
        else setProblem(requestError(error));
      } finally {
        setLoading(false);
      }
    },
    [token, onSessionEnded],
  );

  useEffect(() => {
    if (continuing) return;
    heading.current?.focus();
    if (isAdministrator) void load(null);
    else setLoading(false);
  }, [isAdministrator, load, continuing]);

  const services = (order: OrderRow['services']) => order.map((s) => `${term('ServiceKind', s.kind)} (${s.quantity})`).join(', ');
  const subscriptions = orders.filter((order) => order.subscription);
  const hiddenCustomer = (order: OrderRow) => !order.customerOrganization && (order.status === 'SET_UP' || order.status === 'PROVISIONED');

  if (continuing) {
    return <ContinueSetup token={token} viewer={viewer} order={continuing} onClose={() => setContinuing(null)} onSessionEnded={onSessionEnded} />;
  }

  return (
    <Box>
      <Typography variant="h1" ref={heading} tabIndex={-1} gutterBottom>
        {t('account.title')}
      </Typography>
      <Typography>{t('account.signedInAs', { email: viewer.email ?? '' })}</Typography>
      {viewer.organization && (
        <Typography>
          {t('account.organization', { name: viewer.organization.name })}
          {viewer.organization.kind && ` (${t(`account.kind.${viewer.organization.kind}`)})`}
          {viewer.organization.country && ` · ${countryLabel(lang, viewer.organization.country)}`}
        </Typography>
      )}
      {!isAdministrator && (
        <Alert severity="info" sx={{ mt: 2 }} action={<Button href="/admin/">{t('account.adminConsole')}</Button>}>
          {t('account.notForReps')}
        </Alert>
      )}
      <ErrorSummary errors={problem ? [problem] : []} />

      {isAdministrator && (
        <>
          <Box component="section" aria-labelledby="orders-heading" sx={{ mt: 3 }}>
            <Typography variant="h2" id="orders-heading" gutterBottom>
              {t('account.orders')}{' '}
              <Typography component="span" color="text.secondary">
                ({count('account.count', total)})
              </Typography>
            </Typography>
            {!loading && !orders.length && <Typography>{t('account.noOrders')}</Typography>}
            {orders.map((order) => (
              <Paper key={order.id} variant="outlined" component="article" sx={{ p: 2, mb: 2 }} data-testid="order">
                <Typography variant="h3" gutterBottom>
                  {t('account.order', { number: order.ccwOrderNumber })}
                </Typography>
                <Facts
                  items={[
                    [t('account.status'), term('OrderStatus', order.status)],
                    [t('review.offer'), order.offer.replace('_', '-')],
                    [t('review.startDate'), day(order.requestedStartDate)],
                    [t('review.services'), services(order.services)],
                    ...(viewer.kind === 'CUSTOMER_ADMIN' && order.partnerOrganization
                      ? ([[t('account.partner'), order.partnerOrganization.name]] as [string, string][])
                      : []),
                    [t('account.customer'), order.customerOrganization?.name ?? (hiddenCustomer(order) ? t('account.subscriptionHidden') : '—')],
                  ]}
                />
              </Paper>
            ))}
            {loading && <CircularProgress size={24} aria-label={t('app.loading')} />}
            {more && !loading && (
              <Button variant="outlined" onClick={() => load(cursor)}>
                {t('account.more')}
              </Button>
            )}
          </Box>

          <Box component="section" aria-labelledby="subscriptions-heading" sx={{ mt: 3 }}>
            <Typography variant="h2" id="subscriptions-heading" gutterBottom>
              {t('account.subscriptions')}
            </Typography>
            {!loading && !subscriptions.length && <Typography>{t('account.noSubscriptions')}</Typography>}
            {subscriptions.map((order) => {
              const subscription = order.subscription!;
              return (
                <Paper key={subscription.id} variant="outlined" component="article" sx={{ p: 2, mb: 2 }} data-testid="subscription">
                  <Typography variant="h3" gutterBottom>
                    {t('account.subscription', { organization: order.customerOrganization?.name ?? order.ccwOrderNumber })}
                  </Typography>
                  <Facts
                    items={[
                      [t('account.status'), term('SubscriptionStatus', subscription.status)],
                      [t('review.orderNumber'), order.ccwOrderNumber],
                      [t('review.services'), services(subscription.services)],
                      [t('account.subdomain'), subscription.subdomain ? `${subscription.subdomain} (${subscription.subdomain}.calls.webex.com)` : '—'],
                      [
                        t('account.billingStartedAt'),
                        subscription.billingStartedAt ? dateTime(subscription.billingStartedAt, order.timeZone) : t('account.notStarted'),
                      ],
                      ...(subscription.status === 'SUSPENDED' && subscription.suspendedAt
                        ? ([[t('account.suspendedSince'), dateTime(subscription.suspendedAt, order.timeZone)]] as [string, string][])
                        : []),
                      ...(subscription.status === 'CANCELLED' && subscription.cancelledAt
                        ? ([[t('account.cancelledAt'), dateTime(subscription.cancelledAt, order.timeZone)]] as [string, string][])
                        : []),
                    ]}
                  />
                  {subscription.scheduledChanges.length > 0 && (
                    <Box component="section" aria-labelledby={`scheduled-${subscription.id}`} sx={{ mt: 2 }}>
                      <Typography variant="h4" component="h4" id={`scheduled-${subscription.id}`} sx={{ fontSize: '1rem', fontWeight: 600 }}>
                        {t('account.scheduledChanges')}
                      </Typography>
                      <Box component="ul" sx={{ my: 1, pl: 3 }}>
                        {subscription.scheduledChanges.map((change) => (
                          <li key={change.id} data-testid="scheduled-change" data-kind={change.kind}>
                            {`${term('SubscriptionChangeKind', change.kind)} (${term('SubscriptionChangeStatus', 'SCHEDULED').toLowerCase()}): `}
                            {t('account.takesEffect', { date: date(change.effectiveAt, order.timeZone) })}
                            {change.services?.length ? ` · ${services(change.services)}` : ''}
                          </li>
                        ))}
                      </Box>
                    </Box>
                  )}
                  {subscription.status === 'PENDING' && (
                    <Button variant="contained" sx={{ mt: 2 }} onClick={() => setContinuing(order)}>
                      {t('account.continueSetup')}
                    </Button>
                  )}
                </Paper>
              );
            })}
          </Box>

          <People token={token} onSessionEnded={onSessionEnded} />
        </>
      )}
    </Box>
  );
}
