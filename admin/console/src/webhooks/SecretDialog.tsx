import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** The signing secret, shown once (after create or rotate): the server never shows it again. */
export function SecretDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    navigator.clipboard
      ?.writeText(secret ?? '')
      .then(() => setCopied(true))
      .catch(() => undefined);
  };
  return (
    <Dialog open={secret !== null} fullWidth maxWidth="sm" aria-labelledby="webhook-secret-title">
      <DialogTitle id="webhook-secret-title">{translate('console.webhooks.secret_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('console.webhooks.secret_text')}</DialogContentText>
        <TextField
          value={secret ?? ''}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'webhook-secret', style: { fontFamily: 'monospace' } } }}
          onFocus={(event) => event.target.select()}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={copy}>{translate(copied ? 'console.webhooks.copied' : 'console.webhooks.copy')}</Button>
        <Button variant="contained" onClick={onClose} data-testid="webhook-secret-stored">
          {translate('console.webhooks.stored')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
