import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ReplayIcon from '@mui/icons-material/Replay';
import { Box, Button as MuiButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, useNotify, usePermissions, useTranslate } from 'react-admin';
import { client } from '../dataProvider/client';
import { WEBHOOK_DELIVERIES, WEBHOOK_RESEND } from '../dataProvider/documents';
import { EnumChip, RecordLink, useFormatDate } from '../common/fields';
import { runWebhookMutation } from './api';
import { OrderNumber } from '../common/Truncated';

/** Deliveries per page (the server allows up to 100). */
export const DELIVERY_LOG_PAGE_SIZE = 25;

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
  /** Why a PENDING delivery waits whatever `nextAttemptAt` says (its webhook is paused or disabled); null otherwise. */
  heldBecause: 'SUBSCRIPTION_PAUSED' | 'SUBSCRIPTION_DISABLED' | null;
}

const HELD_UNTIL = { SUBSCRIPTION_PAUSED: 'console.webhooks.held_until_resumed', SUBSCRIPTION_DISABLED: 'console.webhooks.held_until_enabled' } as const;

/**
 * The delivery log of a webhook or of an order, newest first, a page at a time with the total: state
 * (a held delivery says why it waits instead of a next attempt in the past), attempts, the last answer
 * (HTTP status or error), the next attempt; "Send again" on a FAILED delivery.
 */
export function DeliveryLog({ filter, showWebhook }: { filter: { subscriptionId?: string; orderId?: string }; showWebhook?: boolean }) {
  const translate = useTranslate();
  const format = useFormatDate();
  const notify = useNotify();
  // The Webhooks pages are for admins; other reps see the log without links to them.
  const { permissions } = usePermissions();
  const [page, setPage] = useState<{ nodes: Delivery[]; totalCount: number } | null>(null);
  const [offset, setOffset] = useState(0);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(filter);
  const previousButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);

  // Another webhook or order: from its newest deliveries again.
  useEffect(() => setOffset(0), [key]);

  useEffect(() => {
    let live = true;
    client
      .query({ query: WEBHOOK_DELIVERIES, variables: { offset, limit: DELIVERY_LOG_PAGE_SIZE, filter: JSON.parse(key) } })
      .then(({ data }) => {
        if (!live) return;
        const loaded = (data as { webhookDeliveries: { nodes: Delivery[]; totalCount: number } }).webhookDeliveries;
        // Fewer deliveries than the page starts at (some were deleted with their webhook): the last page there is.
        if (offset > 0 && offset >= loaded.totalCount)
          setOffset(Math.max(0, Math.floor((loaded.totalCount - 1) / DELIVERY_LOG_PAGE_SIZE) * DELIVERY_LOG_PAGE_SIZE));
        else setPage(loaded);
      })
      .catch((error: Error) => notify(error.message, { type: 'error' }));
    return () => {
      live = false;
    };
  }, [key, offset, version, notify]);

  /** The pager's button a keyboard user turned the page with: the focus stays on the pager once the page is there. */
  const turnedWith = useRef<'previous' | 'next' | null>(null);
  const turn = (to: number, from: 'previous' | 'next') => {
    turnedWith.current = from;
    setOffset(to);
  };
  // On the same button, or on the other one when this one has nowhere further to go (a disabled button loses the focus).
  useEffect(() => {
    const from = turnedWith.current;
    if (!from || !page) return;
    turnedWith.current = null;
    const same = from === 'next' ? nextButton.current : previousButton.current;
    const other = from === 'next' ? previousButton.current : nextButton.current;
    (same && !same.disabled ? same : other)?.focus();
  }, [page]);

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
  const hasPrevious = offset > 0;
  const hasNext = offset + page.nodes.length < page.totalCount;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Stack
        component="nav"
        aria-label={translate('console.webhooks.log_pages')}
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', justifyContent: 'flex-end', mb: 1 }}
        data-testid="webhook-deliveries-pager"
      >
        <Typography variant="body2" color="text.secondary" role="status" aria-live="polite" data-testid="webhook-deliveries-range">
          {translate('console.webhooks.log_range', { from: offset + 1, to: offset + page.nodes.length, total: page.totalCount })}
        </Typography>
        <MuiButton
          ref={previousButton}
          size="small"
          startIcon={<ChevronLeftIcon />}
          disabled={!hasPrevious}
          onClick={() => turn(Math.max(0, offset - DELIVERY_LOG_PAGE_SIZE), 'previous')}
          data-testid="webhook-deliveries-previous"
        >
          {translate('console.webhooks.log_previous')}
        </MuiButton>
        <MuiButton
          ref={nextButton}
          size="small"
          endIcon={<ChevronRightIcon />}
          disabled={!hasNext}
          onClick={() => turn(offset + DELIVERY_LOG_PAGE_SIZE, 'next')}
          data-testid="webhook-deliveries-next"
        >
          {translate('console.webhooks.log_next')}
        </MuiButton>
      </Stack>
      <Table size="small" data-testid="webhook-deliveries">
        <TableHead>
          <TableRow>
            <TableCell>{f('event')}</TableCell>
            <TableCell>{f('eventAt')}</TableCell>
            <TableCell>{showWebhook ? f('webhook') : f('order')}</TableCell>
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
            <TableRow key={d.id} data-status={d.status} data-held={d.heldBecause ?? undefined}>
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
                    <OrderNumber value={d.ccwOrderNumber} />
                  </RecordLink>
                )}
              </TableCell>
              <TableCell>
                {d.status === 'PENDING' && d.heldBecause ? (
                  <EnumChip enumName="WebhookDeliveryHold" value={d.heldBecause} />
                ) : (
                  <EnumChip enumName="WebhookDeliveryStatus" value={d.status} />
                )}
              </TableCell>
              <TableCell>{d.attempts}</TableCell>
              <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>{d.lastError ?? d.lastResponseStatus ?? '—'}</TableCell>
              <TableCell>{d.status !== 'PENDING' ? '—' : d.heldBecause ? translate(HELD_UNTIL[d.heldBecause]) : format(d.nextAttemptAt)}</TableCell>
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
