import Button from '@mui/material/Button';
import { resetPassword } from '../api/operations';
import { TokenPasswordPage } from '../components/TokenPasswordPage';
import { useI18n } from '../i18n/i18n';

/**
 * `/portal/reset-password?token=…`: the emailed link. A new password logs the administrator in and
 * ends their other sessions; a used or expired link offers to ask for a new one.
 */
export function ResetPassword({ token, onLoggedIn }: { token: string | null; onLoggedIn: (loginToken: string) => void }) {
  const { t } = useI18n();
  return (
    <TokenPasswordPage
      token={token}
      id="reset"
      title={t('recovery.reset.title')}
      intro={t('recovery.reset.intro')}
      submitLabel={t('recovery.reset.submit')}
      problemMessage={(problem) => t(problem === 'TOKEN_EXPIRED' ? 'recovery.reset.expired' : 'recovery.reset.invalid')}
      problemActions={() => (
        <Button variant="contained" href="/portal/forgot-password" sx={{ mt: 2 }}>
          {t('recovery.reset.askAgain')}
        </Button>
      )}
      submit={async (linkToken, password) => {
        const payload = await resetPassword(linkToken, password);
        if (payload.token) {
          onLoggedIn(payload.token);
          return [];
        }
        return payload.errors;
      }}
    />
  );
}
