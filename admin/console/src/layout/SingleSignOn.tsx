import { Alert, Box, Button, CircularProgress, Divider, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { authProvider } from '../authProvider';
import { useLocation, useNavigate } from 'react-router-dom';
import { client } from '../dataProvider/client';
import { SINGLE_SIGN_ON } from '../dataProvider/documents';

/** On the login page: "Sign in with single sign-on" when the server has an OpenID provider, and why the last try failed. */
export function SingleSignOnButton() {
  const translate = useTranslate();
  const location = useLocation();
  const [loginPath, setLoginPath] = useState<string | null>(null);
  const error = new URLSearchParams(location.search).get('sso_error');
  // After logout from a single sign-on login: whether the provider's session was ended too.
  const loggedOut = new URLSearchParams(location.search).get('sso_logout');

  useEffect(() => {
    let live = true;
    client
      .query({ query: SINGLE_SIGN_ON })
      .then(({ data }) => live && setLoginPath(data.singleSignOn.enabled ? data.singleSignOn.loginPath : null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (!loginPath && !error && !loggedOut) return null;
  return (
    <Box sx={{ px: 2, pt: 1 }} data-testid="single-sign-on">
      {loggedOut && (
        <Alert severity={loggedOut === 'done' ? 'success' : 'warning'} sx={{ mb: 1 }} role="status">
          {translate(`console.sso.logout.${loggedOut === 'done' ? 'done' : 'still_open'}`)}
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 1 }} role="alert">
          {translate(`console.sso.errors.${error}`, { _: translate('console.sso.errors.failed') })}
        </Alert>
      )}
      {loginPath && (
        <>
          <Button variant="outlined" fullWidth href={loginPath}>
            {translate('console.sso.button')}
          </Button>
          <Divider sx={{ mt: 2 }}>
            <Typography variant="caption" color="text.secondary">
              {translate('console.sso.or')}
            </Typography>
          </Divider>
        </>
      )}
    </Box>
  );
}

/** `/#/sso?code=…`: where the sign-in callback lands; the one-time code becomes the rep's login. */
export function SingleSignOnLanding() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const location = useLocation();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const code = new URLSearchParams(location.search).get('code') ?? '';
    // The code is spent once: off the address bar and the history at once.
    window.history.replaceState(null, '', `${window.location.pathname}#/sso`);
    // Then a fresh start of the app: react-admin still holds "not logged in" from before the login.
    authProvider.login({ ssoCode: code }).then(
      () => {
        // A full load of the console's address (no fragment): changing only the fragment would route
        // within the stale state first, and its "not logged in" would log the fresh session out.
        window.location.replace(window.location.pathname);
      },
      (error: Error) => {
        notify(error?.message || 'console.sso.errors.failed', { type: 'error' });
        void navigate('/login?sso_error=TOKEN_INVALID', { replace: true });
      },
    );
  }, [location.search, navigate, notify]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2, mt: 12 }}>
      <CircularProgress />
      <Typography>{translate('console.sso.signing_in')}</Typography>
    </Box>
  );
}
