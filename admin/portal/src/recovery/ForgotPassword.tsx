import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RequestFailed } from '../api/graphql';
import { requestPasswordReset } from '../api/operations';
import { ErrorSummary, Input, useFormErrors } from '../components/forms';
import { Shell } from '../components/Shell';
import { useI18n } from '../i18n/i18n';

/**
 * `/portal/forgot-password`: an administrator asks for a link to choose a new password. The answer
 * is the same whether or not the address has an account, so the page says "if".
 */
export function ForgotPassword() {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const errors = useFormErrors(formRef);

  useEffect(() => heading.current?.focus(), [sentTo]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const payload = await requestPasswordReset(email, lang);
      if (payload.errors.length) errors.show(payload.errors);
      else setSentTo(email.trim());
    } catch (error) {
      errors.show([{ code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED', message: String(error), field: null }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
        <Box component="form" ref={formRef} noValidate onSubmit={submit} aria-labelledby="forgot-heading">
          <Typography variant="h1" id="forgot-heading" ref={heading} tabIndex={-1} gutterBottom>
            {t('recovery.forgot.title')}
          </Typography>
          {sentTo ? (
            <>
              <Alert severity="success" role="status">
                {t('recovery.forgot.sent', { email: sentTo })}
              </Alert>
              <Button variant="outlined" href="/portal/" sx={{ mt: 2 }}>
                {t('recovery.backToLogin')}
              </Button>
            </>
          ) : (
            <>
              <Typography color="text.secondary">{t('recovery.forgot.intro')}</Typography>
              <ErrorSummary errors={errors.others(['email'])} />
              <Input name="email" type="email" autoComplete="username" required label={t('account.email')} value={email} onChange={setEmail} errors={errors} />
              <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mt: 2 }}>
                <Button type="submit" variant="contained" disabled={busy}>
                  {t('recovery.forgot.submit')}
                </Button>
                <Link href="/portal/">{t('recovery.backToLogin')}</Link>
              </Box>
            </>
          )}
        </Box>
      </Paper>
    </Shell>
  );
}
