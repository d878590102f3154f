import { Alert, Box, Button, Card, CardContent, Link, TextField, Typography } from '@mui/material';
import { useState, type FormEvent, type ReactNode } from 'react';
import { LocalesMenuButton, useLocaleState, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { client, session, type RepIdentity } from '../dataProvider/client';
import { LOGOUT, REP_NAME, REQUEST_PASSWORD_RESET, RESET_PASSWORD } from '../dataProvider/documents';
import { describeUserError } from '../i18n/user-errors';

interface ServerError {
  code: string;
  message: string;
  field: string[] | null;
}

/** A centred card like react-admin's login, outside the layout (these pages are for people not signed in). */
function Page({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'background.default', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 440 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {title}
          </Typography>
          {children}
          <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2, color: 'text.secondary' }}>
            <LocalesMenuButton />
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}

function useErrorText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (error: ServerError) => translate(`recovery.errors.${error.code}`, { _: describeUserError(error, locale, translate) });
}

/** `#/forgot-password`: a rep asks for a link to choose a new password (the same answer for any address). */
export function ForgotPasswordPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<ServerError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.mutate({ mutation: REQUEST_PASSWORD_RESET, variables: { input: { email, locale } } });
      const errors: ServerError[] = data!.requestPasswordReset.errors;
      if (errors.length) setError(errors[0]);
      else setSentTo(email.trim());
    } catch (e) {
      setError({ code: 'UNEXPECTED', message: String(e), field: null });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={translate('recovery.forgot.title')}>
      {sentTo ? (
        <Alert severity="success" role="status">
          {translate('recovery.forgot.sent', { email: sentTo })}
        </Alert>
      ) : (
        <Box component="form" onSubmit={submit} noValidate>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('recovery.forgot.intro')}
          </Typography>
          <TextField
            name="email"
            type="email"
            autoComplete="username"
            label={translate('ra.auth.username')}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={!!error}
            helperText={error ? errorText(error) : undefined}
            fullWidth
            margin="normal"
            required
          />
          <Button type="submit" variant="contained" disabled={busy} fullWidth>
            {translate('recovery.forgot.submit')}
          </Button>
        </Box>
      )}
      <Box sx={{ textAlign: 'center', mt: 2 }}>
        <Link href="#/login">{translate('recovery.back_to_login')}</Link>
      </Box>
    </Page>
  );
}

/** `#/reset-password?token=…`: the emailed link. A rep is signed in with the new password; others are told where to go. */
export function ResetPasswordPage() {
  const translate = useTranslate();
  const errorText = useErrorText();
  const token = new URLSearchParams(useLocation().search).get('token');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ServerError | null>(null);
  const [linkProblem, setLinkProblem] = useState<'TOKEN_EXPIRED' | 'TOKEN_INVALID' | null>(token ? null : 'TOKEN_INVALID');
  const [notARep, setNotARep] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token) return;
    if (password !== confirm) return setError({ code: 'MISMATCH', message: translate('recovery.reset.mismatch'), field: ['input', 'confirm'] });
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.mutate({ mutation: RESET_PASSWORD, variables: { input: { token, password } } });
      const result = data!.resetPassword;
      const link = result.errors.find((e: ServerError) => e.code === 'TOKEN_EXPIRED' || e.code === 'TOKEN_INVALID');
      if (link) return setLinkProblem(link.code as 'TOKEN_EXPIRED' | 'TOKEN_INVALID');
      if (result.errors.length) return setError(result.errors[0]);
      if (!result.viewer || !result.token || !result.expiresAt)
        return setError({ code: 'UNEXPECTED', message: translate('ra.auth.sign_in_error'), field: null });
      if (result.viewer.kind !== 'REP' && result.viewer.kind !== 'ADMIN') {
        await client.mutate({ mutation: LOGOUT, context: { headers: { authorization: `Bearer ${result.token}` } } }).catch(() => undefined);
        return setNotARep(true);
      }
      const identity: RepIdentity = { id: result.viewer.id, email: result.viewer.email ?? '', name: result.viewer.email ?? '', kind: result.viewer.kind };
      session.set({ token: result.token, expiresAt: result.expiresAt, identity });
      const rep = await client.query({ query: REP_NAME, variables: { id: identity.id } }).catch(() => null);
      if (rep?.data?.rep?.name) session.set({ token: result.token, expiresAt: result.expiresAt, identity: { ...identity, name: rep.data.rep.name } });
      // A fresh start of the console, signed in; the spent link leaves the address bar.
      window.location.replace(`${window.location.pathname}`);
    } catch (e) {
      setError({ code: 'UNEXPECTED', message: String(e), field: null });
    } finally {
      setBusy(false);
    }
  };

  if (notARep) {
    return (
      <Page title={translate('recovery.reset.title')}>
        <Alert severity="info">{translate('recovery.reset.not_a_rep')}</Alert>
      </Page>
    );
  }
  if (linkProblem) {
    return (
      <Page title={translate('recovery.reset.title')}>
        <Alert severity="warning" role="alert">
          {translate(linkProblem === 'TOKEN_EXPIRED' ? 'recovery.reset.expired' : 'recovery.reset.invalid')}
        </Alert>
        <Button variant="contained" href="#/forgot-password" fullWidth sx={{ mt: 2 }}>
          {translate('recovery.reset.ask_again')}
        </Button>
      </Page>
    );
  }
  const passwordError = error && (error.field?.[1] === 'password' || error.field?.[1] === 'confirm' || error.code === 'PASSWORD_TOO_WEAK') ? error : null;
  return (
    <Page title={translate('recovery.reset.title')}>
      <Box component="form" onSubmit={submit} noValidate>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('recovery.reset.intro')}
        </Typography>
        {error && !passwordError && (
          <Alert severity="error" role="alert">
            {errorText(error)}
          </Alert>
        )}
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={translate('recovery.reset.password')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={passwordError?.field?.[1] === 'password' || passwordError?.code === 'PASSWORD_TOO_WEAK'}
          helperText={passwordError && passwordError.code !== 'MISMATCH' ? errorText(passwordError) : translate('resources.reps.password_hint')}
          fullWidth
          margin="normal"
          required
        />
        <TextField
          name="confirm"
          type="password"
          autoComplete="new-password"
          label={translate('recovery.reset.confirm')}
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={passwordError?.code === 'MISMATCH'}
          helperText={passwordError?.code === 'MISMATCH' ? passwordError.message : undefined}
          fullWidth
          margin="normal"
          required
        />
        <Button type="submit" variant="contained" disabled={busy} fullWidth>
          {translate('recovery.reset.submit')}
        </Button>
      </Box>
    </Page>
  );
}
