import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RequestFailed } from '../api/graphql';
import { resetPassword } from '../api/operations';
import { ErrorSummary, useFormErrors } from '../components/forms';
import { Shell } from '../components/Shell';
import { useI18n } from '../i18n/i18n';
import { PasswordFields } from '../setup/steps/review';

/**
 * `/portal/reset-password?token=…`: the emailed link. A new password logs the administrator in and
 * ends their other sessions; a used or expired link offers to ask for a new one.
 */
export function ResetPassword({ token, onLoggedIn }: { token: string | null; onLoggedIn: (loginToken: string) => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [linkProblem, setLinkProblem] = useState<'TOKEN_EXPIRED' | 'TOKEN_INVALID' | null>(token ? null : 'TOKEN_INVALID');
  const formRef = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const errors = useFormErrors(formRef);

  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !token) return;
    if (password !== confirm) return errors.show([{ code: 'MISMATCH', message: t('password.mismatch'), field: ['input', 'confirm'] }]);
    setBusy(true);
    try {
      const payload = await resetPassword(token, password);
      if (payload.token) return onLoggedIn(payload.token);
      const link = payload.errors.find((e) => e.code === 'TOKEN_EXPIRED' || e.code === 'TOKEN_INVALID');
      if (link) setLinkProblem(link.code as 'TOKEN_EXPIRED' | 'TOKEN_INVALID');
      else errors.show(payload.errors);
    } catch (error) {
      errors.show([{ code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED', message: String(error), field: null }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
        <Box component="form" ref={formRef} noValidate onSubmit={submit} aria-labelledby="reset-heading">
          <Typography variant="h1" id="reset-heading" ref={heading} tabIndex={-1} gutterBottom>
            {t('recovery.reset.title')}
          </Typography>
          {linkProblem ? (
            <>
              <Alert severity="warning" role="alert">
                {t(linkProblem === 'TOKEN_EXPIRED' ? 'recovery.reset.expired' : 'recovery.reset.invalid')}
              </Alert>
              <Button variant="contained" href="/portal/forgot-password" sx={{ mt: 2 }}>
                {t('recovery.reset.askAgain')}
              </Button>
            </>
          ) : (
            <>
              <Typography color="text.secondary">{t('recovery.reset.intro')}</Typography>
              <ErrorSummary errors={errors.others(['password', 'confirm'])} />
              <PasswordFields
                password={password}
                confirm={confirm}
                onChange={(p, c) => {
                  setPassword(p);
                  setConfirm(c);
                }}
                errors={errors}
              />
              <Box>
                <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 2 }}>
                  {t('recovery.reset.submit')}
                </Button>
              </Box>
            </>
          )}
        </Box>
      </Paper>
    </Shell>
  );
}
