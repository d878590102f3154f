import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { RequestFailed } from '../api/graphql';
import { requestSetupLink, type UserError } from '../api/operations';
import { ErrorSummary } from '../components/forms';
import { useI18n } from '../i18n/i18n';

/**
 * On the expired Set up now link page: "Send me a new link". The old link names the order; while it
 * is open for setup the new link goes to whoever holds its setup on file (nothing is typed here).
 */
export function NewSetupLink({ token }: { token: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'sent'>('idle');
  const [problem, setProblem] = useState<UserError | null>(null);

  const send = async () => {
    setState('busy');
    setProblem(null);
    try {
      const { errors } = await requestSetupLink(token);
      if (!errors.length) return setState('sent');
      setProblem(errors[0]);
    } catch (error) {
      setProblem({ code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED', message: String(error), field: null });
    }
    setState('idle');
  };

  if (state === 'sent') {
    return (
      <Alert severity="success" role="status" sx={{ mt: 2 }} data-testid="setup-link-sent">
        {t('recovery.setup.sent')}
      </Alert>
    );
  }
  return (
    <Box sx={{ mt: 2 }}>
      <ErrorSummary errors={problem ? [problem] : []} />
      <Button variant="contained" onClick={send} disabled={state === 'busy'} data-testid="send-new-setup-link">
        {t('recovery.setup.send')}
      </Button>
    </Box>
  );
}
