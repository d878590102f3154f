import { Card, CardContent } from '@mui/material';
import { useState } from 'react';
import { CheckboxGroupInput, Form, SaveButton, TextInput, Title, required, useNotify, useRedirect, useTranslate } from 'react-admin';
import { WEBHOOK_CREATE } from '../dataProvider/documents';
import { EVENT_TYPES, runWebhookMutation } from './api';
import { SecretDialog } from './SecretDialog';

const FIELDS = ['url', 'eventTypes', 'description'] as const;

/** Admins: a new webhook; its signing secret is shown once, in a dialog, then the webhook's page opens. */
export function WebhookCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const choices = EVENT_TYPES.map((id) => ({ id, name: `console.enums.OrderEventType.${id}` }));

  const submit = async (values: Record<string, any>) => {
    try {
      const payload = await runWebhookMutation<{ errors: []; secret: string; subscription: { id: string } }>(
        WEBHOOK_CREATE,
        { url: values.url ?? '', eventTypes: values.eventTypes ?? [], description: values.description || null },
        FIELDS,
      );
      setCreated({ id: payload.subscription.id, secret: payload.secret });
      return undefined;
    } catch (error: any) {
      if (error?.message && error.message !== 'ra.message.invalid_form') notify(error.message, { type: 'error' });
      return error?.body?.errors;
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title={translate('console.webhooks.create_title')} />
      <CardContent>
        <Form onSubmit={submit} defaultValues={{ eventTypes: ['ORDER_STATUS_CHANGED'] }} noValidate>
          <TextInput source="url" resource="webhooks" validate={required()} helperText={translate('console.webhooks.url_hint')} fullWidth />
          <CheckboxGroupInput source="eventTypes" resource="webhooks" choices={choices} row={false} />
          <TextInput source="description" resource="webhooks" fullWidth />
          <SaveButton alwaysEnable />
        </Form>
      </CardContent>
      <SecretDialog
        secret={created?.secret ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          if (id) redirect('show', 'webhooks', id);
        }}
      />
    </Card>
  );
}
