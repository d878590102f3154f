import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import type { Session } from '../api/operations';
import { useI18n } from '../i18n/i18n';
import { NewSetupLink } from '../recovery/NewSetupLink';
import type { WizardState } from './wizard-state';

/** A page that ends the walk and says what happens next. */
export function Ending({
  title,
  severity,
  message,
  children,
  actions,
  testId,
}: {
  title: string;
  severity: 'success' | 'info' | 'warning' | 'error';
  /** What happened, in the alert under the heading. */
  message: ReactNode;
  /** What happens next. */
  children?: ReactNode;
  actions?: ReactNode;
  testId: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }} data-testid={testId}>
      <Typography variant="h1" ref={heading} tabIndex={-1} gutterBottom>
        {title}
      </Typography>
      <Alert severity={severity} sx={{ mb: 2 }} role="status">
        {message}
      </Alert>
      {children}
      {actions && <Box sx={{ mt: 3, display: 'flex', gap: 1, flexWrap: 'wrap' }}>{actions}</Box>}
    </Paper>
  );
}

function LoginButton() {
  const { t } = useI18n();
  return (
    <Button variant="contained" href="/portal/">
      {t('common.login')}
    </Button>
  );
}

/** The end of the walk: billing started. `drafts` holds what was typed (the API does not return meeting settings). */
export function Done({ session, drafts = {}, actions = <LoginButton /> }: { session: Session; drafts?: Record<string, unknown>; actions?: ReactNode }) {
  const { t, term, dateTime } = useI18n();
  const subscription = session.subscription;
  const services = subscription?.services ?? session.order.services;
  const meetingSite = services.some((s) => s.kind === 'MEETINGS')
    ? (drafts.meetings as { siteName?: string } | undefined)?.siteName?.trim().toLowerCase()
    : undefined;
  return (
    <Ending
      title={t('end.done.title')}
      severity="success"
      testId="end-done"
      actions={actions}
      message={t('end.done.text', { date: subscription?.billingStartedAt ? dateTime(subscription.billingStartedAt, session.order.timeZone) : '—' })}
    >
      <List dense>
        {services.map((service) => (
          <ListItem key={service.kind}>
            <ListItemText primary={`${term('ServiceKind', service.kind)} (${service.quantity})`} />
          </ListItem>
        ))}
      </List>
      {subscription?.subdomain && (
        <Typography sx={{ overflowWrap: 'anywhere' }}>{t('end.done.subdomain', { domain: `${subscription.subdomain}.calls.webex.com` })}</Typography>
      )}
      {meetingSite && <Typography sx={{ overflowWrap: 'anywhere' }}>{t('end.done.meetingSite', { url: `${meetingSite}.webex.com` })}</Typography>}
      <Typography sx={{ mt: 1 }}>{t('end.done.next')}</Typography>
    </Ending>
  );
}

/** What the link opens: what is about to happen, and the Set up now button that starts it. */
function Landing({ onBegin, restarted }: { onBegin?: () => void; restarted?: boolean }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }} data-testid="setup-landing">
      {restarted && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="setup-restarted">
          {t('start.restarted')}
        </Alert>
      )}
      <Typography variant="h1" ref={heading} tabIndex={-1} gutterBottom>
        {t('start.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('start.text')}</Typography>
      <Typography sx={{ mb: 3 }} color="text.secondary">
        {t('start.note')}
      </Typography>
      <Button variant="contained" size="large" onClick={onBegin}>
        {t('start.button')}
      </Button>
    </Paper>
  );
}

/** The pages where the walk stops: done, handed over, on hold, expired or used links, errors. */
export function EndPage({
  state,
  onRestart,
  onBegin,
  token,
  restarted,
}: {
  state: WizardState;
  /** This link's wizard was left before step 8 in this tab (a reload, Back): the landing says it starts again. */
  restarted?: boolean;
  onRestart?: () => void;
  /** The landing page's Set up now: the click that starts the setup. */
  onBegin?: () => void;
  token?: string | null;
}) {
  const { t } = useI18n();
  if (state.status === 'landing') return <Landing onBegin={onBegin} restarted={restarted} />;
  if (state.status === 'starting') {
    return (
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 6, justifyContent: 'center' }}>
        <CircularProgress size={28} aria-hidden="true" />
        <Typography>{t('app.loading')}</Typography>
      </Box>
    );
  }

  const session = state.session;
  const drafts = state.drafts ?? {};
  const reason = state.status === 'ended' ? state.reason : state.session.nextStep;
  const again = onRestart && (
    <Button variant="contained" onClick={onRestart}>
      {t('end.startAgain')}
    </Button>
  );

  switch (reason) {
    case 'DONE':
      return <Done session={session!} drafts={drafts} />;
    case 'HANDED_OVER': {
      const owner = session?.owner === 'CUSTOMER' ? 'CUSTOMER' : 'COLLEAGUE';
      return (
        <Ending
          title={t('end.handed.title')}
          severity="success"
          testId="end-handed-over"
          message={t(`end.handed.${owner}`, { email: String(drafts.handedTo ?? ''), order: session?.order.ccwOrderNumber ?? '' })}
        >
          <Typography>{t('end.handed.next')}</Typography>
        </Ending>
      );
    }
    case 'ON_HOLD':
    case 'ORDER_ON_HOLD':
      return (
        <Ending title={t('end.hold.title')} severity="warning" testId="end-on-hold" message={t('end.hold.text')}>
          <Typography>{t('end.hold.next')}</Typography>
        </Ending>
      );
    case 'TOKEN_EXPIRED':
      return (
        <Ending title={t('end.expired.title')} severity="warning" testId="end-expired" message={t('end.expired.text')}>
          <Typography>{t('end.expired.next')}</Typography>
          {token && <NewSetupLink token={token} />}
        </Ending>
      );
    case 'ORDER_CANCELLED':
      return <Ending title={t('end.cancelled.title')} severity="info" testId="end-cancelled" message={t('end.cancelled.text')} />;
    case 'ORDER_EXPIRED':
      return <Ending title={t('end.orderExpired.title')} severity="warning" testId="end-order-expired" message={t('end.orderExpired.text')} />;
    case 'TOKEN_INVALID':
      return <Ending title={t('end.invalid.title')} severity="error" testId="end-invalid" message={t('end.invalid.text')} />;
    case 'ORDER_ALREADY_SET_UP':
      return <Ending title={t('end.setUp.title')} severity="info" testId="end-already-set-up" actions={<LoginButton />} message={t('end.setUp.text')} />;
    case 'SESSION_EXPIRED':
      return <Ending title={t('end.sessionEnded.title')} severity="warning" testId="end-session-ended" actions={again} message={t('end.sessionEnded.text')} />;
    case 'NO_TOKEN':
      return <Ending title={t('end.noToken.title')} severity="info" testId="end-no-token" actions={<LoginButton />} message={t('end.noToken.text')} />;
    default:
      return (
        <Ending
          title={t('end.failed.title')}
          severity="error"
          testId="end-failed"
          actions={
            onRestart && (
              <Button variant="contained" onClick={onRestart}>
                {t('end.tryAgain')}
              </Button>
            )
          }
          message={t('end.failed.text')}
        />
      );
  }
}
