import DeleteIcon from '@mui/icons-material/Delete';
import KeyIcon from '@mui/icons-material/Key';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Divider, Typography } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  DateField,
  Form,
  FunctionField,
  NumberField,
  NumberInput,
  SaveButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { WEBHOOK_DELETE, WEBHOOK_RESUME, WEBHOOK_ROTATE, WEBHOOK_UPDATE } from '../dataProvider/documents';
import { runWebhookMutation } from './api';
import { DeliveryLog } from './DeliveryLog';
import { SecretDialog } from './SecretDialog';

function failureMessage(error: any): string {
  return error?.message && error.message !== 'ra.message.invalid_form' ? error.message : 'ra.notification.http_error';
}

function RotateButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  if (!record) return null;
  const submit = async (values: Record<string, any>) => {
    try {
      const payload = await runWebhookMutation<{ errors: []; secret: string }>(
        WEBHOOK_ROTATE,
        { id: record.id, overlapSeconds: Math.round(Number(values.overlapHours ?? 0) * 3600) },
        ['overlapSeconds'],
      );
      setOpen(false);
      setSecret(payload.secret);
      return undefined;
    } catch (error: any) {
      notify(failureMessage(error), { type: 'error' });
      return undefined;
    }
  };
  return (
    <>
      <Button startIcon={<KeyIcon />} onClick={() => setOpen(true)} data-testid="webhook-rotate">
        {translate('console.webhooks.rotate')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} record={{}} defaultValues={{ overlapHours: 24 }} noValidate>
          <DialogTitle>{translate('console.webhooks.rotate_title')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('console.webhooks.rotate_text')}</DialogContentText>
            <NumberInput source="overlapHours" label="console.webhooks.overlap_hours" min={0} max={168} />
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button onClick={() => setOpen(false)}>{translate('console.common.cancel')}</Button>
            <SaveButton label="console.webhooks.rotate" icon={<></>} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
      <SecretDialog
        secret={secret}
        onClose={() => {
          setSecret(null);
          refresh();
        }}
      />
    </>
  );
}

function EnableButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  const toggle = async () => {
    try {
      await runWebhookMutation(WEBHOOK_UPDATE, { id: record.id, enabled: !record.enabled });
      notify(record.enabled ? 'console.webhooks.disabled_done' : 'console.webhooks.enabled_done', { type: 'success' });
      refresh();
    } catch (error) {
      notify(failureMessage(error), { type: 'error' });
    }
  };
  return <Button onClick={() => void toggle()}>{translate(record.enabled ? 'console.webhooks.disable' : 'console.webhooks.enable')}</Button>;
}

/** A webhook paused after too many FAILED deliveries in a row: resuming sends the held deliveries, in order. */
function ResumeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record?.pausedAt) return null;
  const resume = async () => {
    try {
      await runWebhookMutation(WEBHOOK_RESUME, { id: record.id });
      notify('console.webhooks.resumed_done', { type: 'success' });
      refresh();
    } catch (error) {
      notify(failureMessage(error), { type: 'error' });
    }
  };
  return (
    <Button variant="contained" onClick={() => void resume()} data-testid="webhook-resume">
      {translate('console.webhooks.resume')}
    </Button>
  );
}

function DeleteWebhookButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  const remove = async () => {
    try {
      await runWebhookMutation(WEBHOOK_DELETE, { id: record.id });
      notify('console.webhooks.deleted', { type: 'success' });
      redirect('list', 'webhooks');
    } catch (error) {
      notify(failureMessage(error), { type: 'error' });
    }
  };
  return (
    <>
      <Button color="error" startIcon={<DeleteIcon />} onClick={() => setOpen(true)}>
        {translate('console.webhooks.delete')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('console.webhooks.delete_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('console.webhooks.delete_text')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('console.common.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => void remove()}>
            {translate('console.webhooks.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function Log() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Divider sx={{ my: 2 }} />
      <Typography variant="h6" gutterBottom>
        {translate('console.webhooks.log_title')}
      </Typography>
      <DeliveryLog filter={{ subscriptionId: String(record.id) }} />
    </>
  );
}

/** Admins: a webhook's settings, its secret's rotation, enable/disable/delete, and its delivery log. */
export function WebhookShow() {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <ResumeButton />
          <RotateButton />
          <EnableButton />
          <DeleteWebhookButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="url" />
        <FunctionField
          source="eventTypes"
          render={(record) => record.eventTypes.map((type: string) => translate(`console.enums.OrderEventType.${type}`, { _: type })).join(', ')}
        />
        <TextField source="description" emptyText="—" />
        <BooleanField source="enabled" />
        <DateField source="pausedAt" showTime emptyText="—" />
        <TextField source="pauseReason" emptyText="—" />
        <NumberField source="consecutiveFailures" />
        <FunctionField
          source="ownedByApiKey"
          render={(record) => translate(record.ownedByApiKey ? 'console.webhooks.owner_key' : 'console.webhooks.owner_reps')}
        />
        <TextField source="createdBy" />
        <DateField source="createdAt" showTime />
        <DateField source="secretRotatedAt" showTime emptyText="—" />
        <DateField source="previousSecretExpiresAt" showTime emptyText="—" />
        <Log />
      </SimpleShowLayout>
    </Show>
  );
}
