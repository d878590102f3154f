import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RequestFailed } from '../api/graphql';
import { activateAccount, type Viewer } from '../api/operations';
import { ErrorSummary, useFormErrors } from '../components/forms';
import { Shell } from '../components/Shell';
import { useI18n } from '../i18n/i18n';
import { NewActivationLink } from '../recovery/NewActivationLink';
import { PasswordFields } from '../setup/steps/review';

/** `/portal/activate?token=…`: a customer administrator created by a partner chooses a password and is logged in. */
export function Activate({ token, onActivated }: { token: string | null; onActivated: (loginToken: string, viewer: Viewer) => void }) {
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
      const payload = await activateAccount(token, password);
      if (payload.token && payload.viewer) return onActivated(payload.token, payload.viewer);
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
        <Box component="form" ref={formRef} noValidate onSubmit={submit} aria-labelledby="activate-heading">
          <Typography variant="h1" id="activate-heading" ref={heading} tabIndex={-1} gutterBottom>
            {t('activate.title')}
          </Typography>
          {linkProblem ? (
            <>
              <Alert severity="warning" role="alert">
                {t(linkProblem === 'TOKEN_EXPIRED' ? 'activate.expired' : 'activate.invalid')}
              </Alert>
              {linkProblem === 'TOKEN_EXPIRED' && token && <NewActivationLink token={token} />}
              <Button variant={linkProblem === 'TOKEN_EXPIRED' ? 'outlined' : 'contained'} href="/portal/" sx={{ mt: 2 }}>
                {t('common.login')}
              </Button>
            </>
          ) : (
            <>
              <Typography color="text.secondary">{t('activate.intro')}</Typography>
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
                  {t('activate.submit')}
                </Button>
              </Box>
            </>
          )}
        </Box>
      </Paper>
    </Shell>
  );
}
