import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Account } from './account/Account';
import { Activate } from './activate/Activate';
import { Shell } from './components/Shell';
import { useI18n } from './i18n/i18n';
import { ForgotPassword } from './recovery/ForgotPassword';
import { ResetPassword } from './recovery/ResetPassword';
import { SetupWizard } from './setup/SetupWizard';

/** No router: a few pages under /portal/, chosen by the path (the server sends index.html for all of them). */
type Route =
  | { page: 'setup' | 'activate' | 'resetPassword'; token: string | null }
  | { page: 'account'; token?: string | null }
  | { page: 'forgotPassword' }
  | { page: 'notFound' };

/**
 * The Set up now link's token, taken off the address bar (and so off the history, bookmarks and what
 * a screen share shows) as soon as it is read: `history.replaceState` leaves `/portal/setup`. The
 * token stays with this history entry's state only, so a reload of the page (or coming back to it)
 * still has it.
 */
export function takeSetupToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    url.searchParams.delete('token');
    window.history.replaceState({ ...(window.history.state ?? {}), setupToken: fromUrl }, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  // Only a reload (or back/forward) of that entry finds it: opening /portal/setup afresh has no link.
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (navigation?.type !== 'reload' && navigation?.type !== 'back_forward') return null;
  const kept: unknown = window.history.state?.setupToken;
  return typeof kept === 'string' ? kept : null;
}

function routeOf(location: Location): Route {
  const path = location.pathname.replace(/^\/portal/, '').replace(/\/+$/, '');
  const token = new URLSearchParams(location.search).get('token');
  if (path === '/setup') return { page: 'setup', token: takeSetupToken() };
  if (path === '/activate') return { page: 'activate', token };
  if (path === '' || path === '/login') return { page: 'account' };
  if (path === '/forgot-password') return { page: 'forgotPassword' };
  if (path === '/reset-password') return { page: 'resetPassword', token };
  return { page: 'notFound' };
}

export function App() {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location));
  switch (route.page) {
    case 'setup':
      return <SetupWizard token={route.token} />;
    case 'activate':
      return (
        <Activate
          token={route.token}
          onActivated={(token) => {
            // The activation token is spent: leave its URL (and the secret in it) behind.
            window.history.replaceState(null, '', '/portal/');
            setRoute({ page: 'account', token });
          }}
        />
      );
    case 'account':
      return <Account token={route.token} />;
    case 'forgotPassword':
      return <ForgotPassword />;
    case 'resetPassword':
      return (
        <ResetPassword
          token={route.token}
          onLoggedIn={(token) => {
            // The reset token is spent: leave its URL (and the secret in it) behind.
            window.history.replaceState(null, '', '/portal/');
            setRoute({ page: 'account', token });
          }}
        />
      );
    default:
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Shell>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
        <Typography variant="h1" gutterBottom>
          {t('app.notFound.title')}
        </Typography>
        <Typography gutterBottom>{t('app.notFound.text')}</Typography>
        <Button variant="contained" href="/portal/">
          {t('common.login')}
        </Button>
      </Paper>
    </Shell>
  );
}
