import { Alert, Box, Button, Chip, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { email, Link, required, Show, TabbedShowLayout, TextInput, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { AuditTrailCsvButton } from '../bulk/CsvExportButton';
import { ResendEmailButton } from '../bulk/ResendEmailButton';
import { ActionDialog } from '../common/ActionDialog';
import { DemoChip, EnumChip, RecordLink, ServicesField, useFormatDate, useSettingText, When, WhenDetailed } from '../common/fields';
import { Timeline } from '../common/Timeline';
import { DeliveryLog } from '../webhooks/DeliveryLog';

/** The server says what may be done now (`Order.availableActions`). */
const can = (record: { availableActions?: unknown; id?: unknown }, action: string) =>
  Array.isArray(record.availableActions) && record.availableActions.includes(action);

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      {typeof children === 'string' ? <Typography variant="body2">{children}</Typography> : children}
    </Box>
  );
}

function OrderTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <>{`${translate('resources.orders.name', { smart_count: 1 })} ${record.ccwOrderNumber}`}</> : null;
}

function OrderActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <TopToolbar>
      {can(record, 'RESEND_LINK') ? (
        <ActionDialog
          label={translate('console.actions.resend_link')}
          title={translate('console.actions.resend_link_title')}
          text={translate('console.actions.resend_link_text', { email: record.setupHolder ?? record.provisioningContactEmail })}
          action="updateProvisioningContact"
          toInput={() => ({ orderId: record.id, resend: true })}
          success="console.actions.link_resent"
          variant="text"
        />
      ) : null}
      {can(record, 'CHANGE_CONTACT') ? (
        <ActionDialog
          label={translate('console.actions.change_contact')}
          title={translate('console.actions.change_contact_title')}
          text={translate('console.actions.change_contact_text')}
          action="updateProvisioningContact"
          formFields={['email']}
          defaultValues={{ email: record.provisioningContactEmail }}
          toInput={(v) => ({ orderId: record.id, email: v.email, resend: true })}
          success="console.actions.contact_changed"
          variant="text"
        >
          <TextInput source="email" type="email" label="console.actions.new_contact_email" fullWidth validate={[required(), email()]} />
        </ActionDialog>
      ) : null}
      {can(record, 'TAKE_BACK') ? (
        <ActionDialog
          label={translate('console.actions.take_back')}
          title={translate('console.actions.take_back_title', { number: record.ccwOrderNumber, holder: record.setupHolder })}
          text={translate('console.actions.take_back_text', { holder: record.setupHolder, email: record.provisioningContactEmail })}
          action="takeOrderBack"
          formFields={['reason']}
          toInput={(v) => ({ orderId: record.id, reason: v.reason })}
          success="console.actions.taken_back"
          variant="text"
        >
          <TextInput source="reason" label="console.actions.take_back_reason" multiline minRows={2} fullWidth validate={required()} />
        </ActionDialog>
      ) : null}
      {can(record, 'CANCEL') ? (
        <ActionDialog
          label={translate('console.actions.cancel_order')}
          title={translate('console.actions.cancel_order_title', { number: record.ccwOrderNumber })}
          text={translate('console.actions.cancel_order_text')}
          action="cancelOrder"
          formFields={['reason']}
          toInput={(v) => ({ orderId: record.id, reason: v.reason })}
          success="console.actions.order_cancelled"
          color="error"
          variant="text"
        >
          <TextInput source="reason" label="console.actions.cancel_reason" multiline minRows={2} fullWidth validate={required()} />
        </ActionDialog>
      ) : null}
    </TopToolbar>
  );
}

const HOLD_REASONS: Record<string, string> = {
  UNRECOGNIZED_PARTNER_ORGANIZATION: 'console.reason.on_hold_partner',
  UNRECOGNIZED_CUSTOMER_ORGANIZATION: 'console.reason.on_hold_customer',
};

/** Why the order waits for a rep (on hold, overdue, stalled), with a link to its open escalation. */
export function OrderReason() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  const createPath = useCreatePath();
  if (!record || !Array.isArray(record.escalations)) return null;
  const open = (kinds: string[]) => record.escalations.find((e: any) => e.status !== 'RESOLVED' && kinds.includes(e.kind));
  let reason: string | null = null;
  let escalation: any = null;
  if (record.status === 'ON_HOLD') {
    escalation = open(Object.keys(HOLD_REASONS));
    reason = translate(escalation ? HOLD_REASONS[escalation.kind] : 'console.reason.on_hold');
  } else if (record.overdue) {
    escalation = open(['OVERDUE_PROVISIONING']);
    reason = translate('console.reason.overdue', { date: format(record.overdueAt) });
  } else if ((escalation = open(['STALLED_SETUP']))) {
    reason = translate('console.reason.stalled');
  }
  if (!reason) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      data-testid="order-reason"
      action={
        escalation ? (
          <Button
            component={Link}
            to={createPath({ resource: 'escalations', id: escalation.id, type: 'show' })}
            color="inherit"
            size="small"
            data-testid="order-reason-escalation"
          >
            {translate('console.reason.open_escalation')}
          </Button>
        ) : undefined
      }
    >
      {reason}
    </Alert>
  );
}

function Summary() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  const setting = useSettingText();
  if (!record) return null;
  const f = (field: string) => translate(`resources.orders.fields.${field}`);
  const organization = (org: any) =>
    org ? (
      <RecordLink resource="organizations" record={org}>
        {org.name}
      </RecordLink>
    ) : (
      '—'
    );
  return (
    <Grid container spacing={3}>
      <Grid size={12}>
        <OrderReason />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Item label={f('ccwOrderNumber')}>
          <Typography variant="body2">
            {record.ccwOrderNumber}
            <DemoChip />
          </Typography>
        </Item>
        <Item label={f('status')}>
          <span data-testid="order-status">
            <EnumChip enumName="OrderStatus" value={record.status} />
          </span>
          {record.overdue ? <Chip size="small" color="error" sx={{ ml: 1 }} label={f('overdue')} /> : null}
        </Item>
        <Item label={f('offer')}>{translate(`console.enums.Offer.${record.offer}`)}</Item>
        <Item label={f('services')}>
          <ServicesField />
        </Item>
        <Item label={f('requestedStartDate')}>{`${format(record.requestedStartDate, false)} (${setting('timeZone', record.timeZone)})`}</Item>
        <Item label={f('locale')}>{setting('locale', record.locale)}</Item>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Item label={f('partnerName')}>{`${record.partnerName} (${record.partnerAccountId})`}</Item>
        <Item label={f('partnerOrganization')}>{organization(record.partnerOrganization)}</Item>
        <Item label={f('customerName')}>{record.customerName}</Item>
        <Item label={f('customerOrganization')}>{organization(record.customerOrganization)}</Item>
        {record.customerSelfSetup ? <Alert severity="info">{translate('resources.orders.hidden_from_partner')}</Alert> : null}
        <Item label={f('provisioningContactEmail')}>{record.provisioningContactEmail}</Item>
        <Item label={f('subscription')}>
          {record.subscription ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <RecordLink resource="subscriptions" record={record.subscription}>
                <EnumChip enumName="SubscriptionStatus" value={record.subscription.status} />
              </RecordLink>
              {record.subscription.subdomain ? <Typography variant="body2">{`${record.subscription.subdomain}.calls.webex.com`}</Typography> : null}
            </Stack>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.orders.no_subscription')}
            </Typography>
          )}
        </Item>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        {['createdAt', 'linkSentAt', 'overdueAt', 'setupStartedAt', 'setUpAt', 'provisionedAt', 'linkExpiresAt', 'updatedAt'].map((field) => (
          <Item key={field} label={f(field)}>
            <When value={record[field]} />
          </Item>
        ))}
      </Grid>
    </Grid>
  );
}

function SimpleTable({ columns, rows, empty, testId }: { columns: string[]; rows: ReactNode[][]; empty: string; testId?: string }) {
  if (!rows.length) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid={testId}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c}>{c}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((cells, i) => (
            <TableRow key={i}>
              {cells.map((cell, j) => (
                <TableCell key={j}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function Escalations() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!record) return null;
  const f = (field: string) => translate(`resources.escalations.fields.${field}`);
  return (
    <SimpleTable
      columns={[f('kind'), f('status'), f('createdAt'), f('assignee'), f('resolvedAt'), f('resolution')]}
      empty={translate('resources.orders.no_escalations')}
      rows={record.escalations.map((e: any) => [
        <RecordLink key="k" resource="escalations" record={e}>
          {translate(`console.enums.EscalationKind.${e.kind}`)}
        </RecordLink>,
        <EnumChip key="s" enumName="EscalationStatus" value={e.status} />,
        format(e.createdAt),
        e.assignee?.name ?? '—',
        format(e.resolvedAt),
        e.resolution ?? '—',
      ])}
    />
  );
}

function Emails() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!record) return null;
  const f = (field: string) => translate(`resources.orders.emails.${field}`);
  return (
    <SimpleTable
      testId="emails"
      columns={[f('template'), f('recipient'), f('subject'), f('status'), f('attempts'), f('createdAt'), f('sentAt'), f('lastError'), '']}
      empty={f('empty')}
      rows={record.outboxMessages.map((m: any) => [
        translate(`console.enums.EmailTemplate.${m.template}`, { _: m.template }),
        m.recipient,
        m.subject,
        <EnumChip key="s" enumName="OutboxStatus" value={m.status} />,
        m.attempts,
        format(m.createdAt),
        format(m.sentAt),
        m.lastError ?? '—',
        m.status === 'FAILED' ? <ResendEmailButton key="resend" emailId={m.id} /> : null,
      ])}
    />
  );
}

/** The order's webhook deliveries (every subscription), with "Send again" on a FAILED one. */
function OrderWebhooks() {
  const record = useRecordContext();
  return record ? <DeliveryLog filter={{ orderId: String(record.id) }} showWebhook /> : null;
}

function Links() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!record) return null;
  const f = (field: string) => translate(`resources.orders.links.${field}`);
  const state = (l: any) => (l.usedAt ? f('used') : l.revokedAt ? f('revoked') : new Date(l.expiresAt).getTime() < Date.now() ? f('expired') : f('active'));
  return (
    <SimpleTable
      columns={[f('kind'), f('recipientEmail'), f('audience'), f('createdAt'), f('expiresAt'), f('state')]}
      empty={f('empty')}
      rows={record.setupLinks.map((l: any) => [
        translate(`console.enums.LinkKind.${l.kind}`, { _: l.kind }),
        l.recipientEmail,
        translate(`console.enums.LinkAudience.${l.audience}`, { _: l.audience }),
        format(l.createdAt),
        format(l.expiresAt),
        state(l),
      ])}
    />
  );
}

function OrderTimeline() {
  const record = useRecordContext();
  return (
    <>
      {record ? <AuditTrailCsvButton orderId={String(record.id)} /> : null}
      <Timeline entries={record?.auditTrail} timeZone={record?.timeZone} />
    </>
  );
}

export function OrderShow() {
  return (
    <Show title={<OrderTitle />} actions={<OrderActions />}>
      <WhenDetailed field="auditTrail">
        <TabbedShowLayout>
          <TabbedShowLayout.Tab label="resources.orders.tabs.summary">
            <Summary />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.orders.tabs.escalations" path="escalations">
            <Escalations />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.orders.tabs.emails" path="emails">
            <Emails />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.orders.tabs.webhooks" path="webhooks">
            <OrderWebhooks />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.orders.tabs.links" path="links">
            <Links />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.orders.tabs.timeline" path="timeline">
            <OrderTimeline />
          </TabbedShowLayout.Tab>
        </TabbedShowLayout>
      </WhenDetailed>
    </Show>
  );
}
