import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { client } from '../dataProvider/client';
import { SEND_ACTIVATION_LINK } from '../dataProvider/documents';
import { describeUserError } from '../i18n/user-errors';

/** On an organization's People: a fresh activation link for someone who has not chosen a password (links expire after 7 days). */
export function SendActivationLinkButton({ user }: { user: { id: string; email: string } }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const send = async () => {
    setBusy(true);
    try {
      const { data } = await client.mutate({ mutation: SEND_ACTIVATION_LINK, variables: { input: { userId: user.id } } });
      const [error] = data!.sendActivationLink.errors;
      if (error) notify(translate(`recovery.errors.${error.code}`, { _: describeUserError(error, locale, translate) }), { type: 'error' });
      else notify(translate('recovery.activation.sent', { email: user.email }), { type: 'success' });
      setOpen(false);
      refresh();
    } catch (e) {
      notify(String(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} data-testid={`send-activation-${user.email}`}>
        {translate('recovery.activation.send')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={`send-activation-title-${user.id}`}>
        <DialogTitle id={`send-activation-title-${user.id}`}>{translate('recovery.activation.title', { email: user.email })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('recovery.activation.text')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('console.common.cancel')}</Button>
          <Button variant="contained" onClick={send} disabled={busy}>
            {translate('recovery.activation.send')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
