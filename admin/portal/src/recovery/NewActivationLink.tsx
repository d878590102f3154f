import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useState } from 'react';
import { RequestFailed } from '../api/graphql';
import { requestActivationLink, type UserError } from '../api/operations';
import { ErrorSummary } from '../components/forms';
import { useI18n } from '../i18n/i18n';

/**
 * On the expired-activation-link page: "Send me a new link". The old link names the person; the
 * new one goes to the address on file (nothing is typed here), and the page says so.
 */
export function NewActivationLink({ token }: { token: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'sent' | 'active'>('idle');
  const [problem, setProblem] = useState<UserError | null>(null);

  const send = async () => {
    setState('busy');
    setProblem(null);
    try {
      const { errors } = await requestActivationLink(token);
      if (!errors.length) return setState('sent');
      if (errors[0].code === 'ACCOUNT_ALREADY_ACTIVE') return setState('active');
      setProblem(errors[0]);
    } catch (error) {
      setProblem({ code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED', message: String(error), field: null });
    }
    setState('idle');
  };

  if (state === 'sent') {
    return (
      <Alert severity="success" role="status" sx={{ mt: 2 }}>
        {t('recovery.activation.sent')}
      </Alert>
    );
  }
  if (state === 'active') {
    return (
      <Alert severity="info" role="status" sx={{ mt: 2 }}>
        {t('recovery.activation.alreadyActive')} <Link href="/portal/forgot-password">{t('recovery.forgotLink')}</Link>
      </Alert>
    );
  }
  return (
    <Box sx={{ mt: 2 }}>
      <ErrorSummary errors={problem ? [problem] : []} />
      <Button variant="contained" onClick={send} disabled={state === 'busy'}>
        {t('recovery.activation.send')}
      </Button>
    </Box>
  );
}
