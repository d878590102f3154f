import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { RequestFailed } from '../api/graphql';
import { organizationUsers, sendActivationLink, type OrganizationUser, type UserError } from '../api/operations';
import { ErrorSummary } from '../components/forms';
import { useI18n } from '../i18n/i18n';

/**
 * The administrator's organization's people; for anyone who has not activated their account yet,
 * "Send a new activation link" (activation links expire after 7 days).
 */
export function People({ token, onSessionEnded }: { token: string; onSessionEnded: () => void }) {
  const { t, day } = useI18n();
  const [people, setPeople] = useState<OrganizationUser[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<UserError | null>(null);

  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof RequestFailed && error.code === 'UNAUTHENTICATED') onSessionEnded();
      else setProblem({ code: error instanceof RequestFailed && error.code === 'NETWORK' ? 'NETWORK' : 'UNEXPECTED', message: String(error), field: null });
    },
    [onSessionEnded],
  );

  useEffect(() => {
    organizationUsers(token).then(setPeople, fail);
  }, [token, fail]);

  const send = async (person: OrganizationUser) => {
    setBusy(person.id);
    setProblem(null);
    setSent(null);
    try {
      const payload = await sendActivationLink(token, person.id);
      if (payload.errors.length) setProblem(payload.errors[0]);
      else setSent(person.email);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box component="section" aria-labelledby="people-heading" sx={{ mt: 3 }}>
      <Typography variant="h2" id="people-heading" gutterBottom>
        {t('recovery.people.title')}
      </Typography>
      <ErrorSummary errors={problem ? [problem] : []} />
      {sent && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('recovery.people.sent', { email: sent })}
        </Alert>
      )}
      {people.map((person) => (
        <Paper
          key={person.id}
          variant="outlined"
          component="article"
          sx={{ p: 2, mb: 1, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}
          data-testid="person"
        >
          <Box sx={{ flex: 1 }}>
            <Typography component="h3" sx={{ fontWeight: 600 }}>
              {person.email}
            </Typography>
            <Typography color="text.secondary" variant="body2">
              {person.activated ? t('recovery.people.active') : t('recovery.people.pending', { date: day(person.createdAt.slice(0, 10)) })}
            </Typography>
          </Box>
          {!person.activated && (
            <Button
              variant="outlined"
              onClick={() => send(person)}
              disabled={busy === person.id}
              aria-label={t('recovery.people.sendFor', { email: person.email })}
            >
              {t('recovery.people.send')}
            </Button>
          )}
        </Paper>
      ))}
    </Box>
  );
}
