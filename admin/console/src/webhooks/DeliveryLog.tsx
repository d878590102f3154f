import ReplayIcon from '@mui/icons-material/Replay';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, useNotify, usePermissions, useTranslate } from 'react-admin';
import { client } from '../dataProvider/client';
import { WEBHOOK_DELIVERIES, WEBHOOK_RESEND } from '../dataProvider/documents';
import { EnumChip, RecordLink, useFormatDate } from '../common/fields';
import { runWebhookMutation } from './api';

const LIMIT = 50;

interface Delivery {
  id: string;
  subscriptionId: string;
  eventType: string;
  eventAt: string;
  orderId: string;
  ccwOrderNumber: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  lastResponseStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string;
  deliveredAt: string | null;
}

/**
 * The delivery log of a webhook or of an order, newest first: state, attempts, the last answer (HTTP
 * status or error), the next attempt; "Send again" on a FAILED delivery.
 */
export function DeliveryLog({ filter, showWebhook }: { filter: { subscriptionId?: string; orderId?: string }; showWebhook?: boolean }) {
  const translate = useTranslate();
  const format = useFormatDate();
  const notify = useNotify();
  // The Webhooks pages are for admins; other reps see the log without links to them.
  const { permissions } = usePermissions();
  const [page, setPage] = useState<{ nodes: Delivery[]; totalCount: number } | null>(null);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    client
      .query({ query: WEBHOOK_DELIVERIES, variables: { limit: LIMIT, filter: JSON.parse(key) } })
      .then(({ data }) => live && setPage((data as { webhookDeliveries: { nodes: Delivery[]; totalCount: number } }).webhookDeliveries))
      .catch((error: Error) => notify(error.message, { type: 'error' }));
    return () => {
      live = false;
    };
  }, [key, version, notify]);

  const resend = useCallback(
    async (deliveryId: string) => {
      try {
        await runWebhookMutation(WEBHOOK_RESEND, { deliveryId });
        notify('console.webhooks.sent_again', { type: 'success' });
        setVersion((v) => v + 1);
      } catch (error) {
        notify((error as Error).message, { type: 'error' });
      }
    },
    [notify],
  );

  const f = (field: string) => translate(`resources.webhooks.deliveries.${field}`);
  if (!page) return null;
  if (!page.nodes.length) return <Typography color="text.secondary">{translate('console.webhooks.log_empty')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      {page.totalCount > page.nodes.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('console.webhooks.log_latest', { count: page.nodes.length, total: page.totalCount })}
        </Typography>
      ) : null}
      <Table size="small" data-testid="webhook-deliveries">
        <TableHead>
          <TableRow>
            <TableCell>{f('event')}</TableCell>
            <TableCell>{f('eventAt')}</TableCell>
            <TableCell>{showWebhook ? translate('resources.webhooks.name', { smart_count: 1 }) : f('order')}</TableCell>
            <TableCell>{f('status')}</TableCell>
            <TableCell>{f('attempts')}</TableCell>
            <TableCell>{f('lastResponse')}</TableCell>
            <TableCell>{f('nextAttemptAt')}</TableCell>
            <TableCell>{f('deliveredAt')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {page.nodes.map((d) => (
            <TableRow key={d.id} data-status={d.status}>
              <TableCell>{translate(`console.enums.OrderEventType.${d.eventType}`, { _: d.eventType })}</TableCell>
              <TableCell>{format(d.eventAt)}</TableCell>
              <TableCell>
                {showWebhook ? (
                  permissions !== 'ADMIN' ? (
                    '—'
                  ) : (
                    <RecordLink resource="webhooks" record={{ id: d.subscriptionId }}>
                      {translate('console.common.view')}
                    </RecordLink>
                  )
                ) : (
                  <RecordLink resource="orders" record={{ id: d.orderId }}>
                    {d.ccwOrderNumber}
                  </RecordLink>
                )}
              </TableCell>
              <TableCell>
                <EnumChip enumName="WebhookDeliveryStatus" value={d.status} />
              </TableCell>
              <TableCell>{d.attempts}</TableCell>
              <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>{d.lastError ?? d.lastResponseStatus ?? '—'}</TableCell>
              <TableCell>{d.status === 'PENDING' ? format(d.nextAttemptAt) : '—'}</TableCell>
              <TableCell>{format(d.deliveredAt)}</TableCell>
              <TableCell>
                {d.status === 'FAILED' ? (
                  <Button label="console.webhooks.send_again" startIcon={<ReplayIcon />} onClick={() => void resend(d.id)} size="small" />
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
