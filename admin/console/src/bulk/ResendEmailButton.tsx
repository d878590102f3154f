import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { Button, useNotify, useRefresh } from 'react-admin';
import { client } from '../dataProvider/client';
import { RESEND_EMAIL } from '../dataProvider/documents';
import { i18nProvider } from '../i18n';
import { describeUserError } from '../i18n/user-errors';

/** "Send again" on a FAILED email of an order: back in the outbox, sent by the next delivery. */
export function ResendEmailButton({ emailId }: { emailId: string }) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      const { data } = await client.mutate({ mutation: RESEND_EMAIL, variables: { input: { emailId } } });
      const payload = (data as Record<string, any>).resendEmail;
      if (payload.errors.length) {
        notify(payload.errors.map((e: any) => describeUserError(e, i18nProvider.getLocale(), i18nProvider.translate)).join(' '), { type: 'error' });
      } else {
        notify('console.emails.sent_again', { type: 'success' });
        refresh();
      }
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="console.emails.send_again" startIcon={<ReplayIcon />} onClick={onClick} disabled={busy} size="small" />;
}
