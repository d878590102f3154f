import Button from '@mui/material/Button';
import { activateAccount, type Viewer } from '../api/operations';
import { TokenPasswordPage } from '../components/TokenPasswordPage';
import { useI18n } from '../i18n/i18n';
import { NewActivationLink } from '../recovery/NewActivationLink';

/** `/portal/activate?token=…`: a customer administrator created by a partner chooses a password and is logged in. */
export function Activate({ token, onActivated }: { token: string | null; onActivated: (loginToken: string, viewer: Viewer) => void }) {
  const { t } = useI18n();
  return (
    <TokenPasswordPage
      token={token}
      id="activate"
      title={t('activate.title')}
      intro={t('activate.intro')}
      submitLabel={t('activate.submit')}
      problemMessage={(problem) => t(problem === 'TOKEN_EXPIRED' ? 'activate.expired' : 'activate.invalid')}
      problemActions={(problem) => (
        <>
          {problem === 'TOKEN_EXPIRED' && token && <NewActivationLink token={token} />}
          <Button variant={problem === 'TOKEN_EXPIRED' ? 'outlined' : 'contained'} href="/portal/" sx={{ mt: 2 }}>
            {t('common.login')}
          </Button>
        </>
      )}
      submit={async (linkToken, password) => {
        const payload = await activateAccount(linkToken, password);
        if (payload.token && payload.viewer) {
          onActivated(payload.token, payload.viewer);
          return [];
        }
        return payload.errors;
      }}
    />
  );
}
