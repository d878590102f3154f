import { Alert, Box, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, Show, TabbedShowLayout, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../../shared/glossary.js';
import { EnumChip, RecordLink, ServicesField, useFormatDate, useSettingText, When, WhenDetailed } from '../common/fields';
import { Timeline, type AuditEntry } from '../common/Timeline';
import { SubscriptionActions } from './SubscriptionActions';

const L = 'resources.subscriptions.lifecycle';

interface ScheduledChange {
  id: string;
  kind: string;
  status: string;
  effectiveAt: string;
  createdAt: string;
  services: { kind: string; quantity: number }[] | null;
}

/** A day in the order's time zone: a scheduled change takes effect from the start of that day there. */
function useOrderDay() {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  return (iso: string) => formatDate(locale === 'it' ? 'it' : 'en', iso, record?.order?.timeZone);
}

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

function Title() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <>{`${translate('resources.subscriptions.name', { smart_count: 1 })} · ${record.customerOrganization.name}`}</> : null;
}

function Actions() {
  const record = useRecordContext();
  return (
    <TopToolbar>
      {record?.status === 'PENDING' ? <EditButton /> : null}
      <SubscriptionActions />
    </TopToolbar>
  );
}

/** The changes still waiting for their day, soonest first: what, from when, asked when; each marked as scheduled. */
function ScheduledChanges() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  const day = useOrderDay();
  if (!record) return null;
  const changes: ScheduledChange[] = record.scheduledChanges ?? [];
  return (
    <Box component="section" aria-labelledby="scheduled-changes-title" data-testid="scheduled-changes" sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h2" id="scheduled-changes-title" gutterBottom>
        {translate(`${L}.scheduled.title`)}
      </Typography>
      {changes.length ? (
        <Stack spacing={1}>
          {changes.map((change) => (
            <Alert key={change.id} severity="info" icon={false} data-testid="scheduled-change" data-kind={change.kind}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {translate(`console.enums.SubscriptionChangeKind.${change.kind}`, { _: change.kind })}
                </Typography>
                <EnumChip enumName="SubscriptionChangeStatus" value={change.status} />
                <Typography variant="body2">{translate(`${L}.scheduled.takes_effect`, { date: day(change.effectiveAt) })}</Typography>
              </Stack>
              {change.services ? <ServicesField services={change.services} /> : null}
              <Typography variant="caption" color="text.secondary">
                {translate(`${L}.scheduled.asked`, { date: format(change.createdAt) })}
              </Typography>
            </Alert>
          ))}
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate(`${L}.scheduled.none`)}
        </Typography>
      )}
    </Box>
  );
}

function Summary() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const f = (field: string) => translate(`resources.subscriptions.fields.${field}`);
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Item label={f('status')}>
          <span data-testid="subscription-status">
            <EnumChip enumName="SubscriptionStatus" value={record.status} />
          </span>
        </Item>
        {record.status === 'SUSPENDED' ? (
          <>
            <Item label={translate(`${L}.suspended_since`)}>
              <When value={record.suspendedAt} />
            </Item>
            <Item label={translate(`${L}.suspension_reason`)}>{record.suspensionReason ?? '—'}</Item>
          </>
        ) : null}
        {record.status === 'CANCELLED' ? (
          <>
            <Item label={translate(`${L}.cancelled_at`)}>
              <When value={record.cancelledAt} />
            </Item>
            <Item label={translate(`${L}.cancellation_reason`)}>{record.cancellationReason ?? '—'}</Item>
          </>
        ) : null}
        <Item label={f('services')}>
          <ServicesField />
        </Item>
        <Item label={f('customerOrganization')}>
          <RecordLink resource="organizations" record={record.customerOrganization}>
            {record.customerOrganization.name}
          </RecordLink>
        </Item>
        <Item label={f('order')}>
          <RecordLink resource="orders" record={record.order}>
            {record.order.ccwOrderNumber}
          </RecordLink>
        </Item>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Item label={f('subdomain')}>{record.subdomain ?? '—'}</Item>
        {record.subdomain ? <Item label={translate('resources.subscriptions.sip_domain')}>{`${record.subdomain}.calls.webex.com`}</Item> : null}
        <Item label={f('createdAt')}>
          <When value={record.createdAt} />
        </Item>
        <Item label={f('billingStartedAt')}>
          <When value={record.billingStartedAt} />
        </Item>
      </Grid>
    </Grid>
  );
}

function SettingsCard({ title, values, prefix }: { title: string; values: Record<string, unknown> | null; prefix: string }) {
  const translate = useTranslate();
  const setting = useSettingText();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {title}
        </Typography>
        {values ? (
          Object.entries(values)
            .filter(([key]) => key !== '__typename')
            .map(([key, value]) => (
              <Item key={key} label={translate(`${prefix}.${key}`)}>
                {setting(key, value)}
              </Item>
            ))
        ) : (
          <Typography color="text.secondary">{translate('resources.subscriptions.not_saved')}</Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** After provisioning: the changes still waiting, under the summary. */
function LifecycleSummary() {
  const record = useRecordContext();
  return record && record.status !== 'PENDING' ? (
    <Box sx={{ mt: 2 }}>
      <ScheduledChanges />
    </Box>
  ) : null;
}

function Settings() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const bought = (kind: string) => record.services.some((s: any) => s.kind === kind);
  return (
    <>
      {record.status !== 'PENDING' ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.subscriptions.provisioned_read_only')}
        </Alert>
      ) : null}
      <Grid container spacing={2}>
        {bought('MEETINGS') ? (
          <Grid size={{ xs: 12, md: 6 }}>
            <SettingsCard
              title={translate('resources.subscriptions.fields.meetingSettings.title')}
              values={record.meetingSettings}
              prefix="resources.subscriptions.fields.meetingSettings"
            />
          </Grid>
        ) : null}
        {bought('CALLING') ? (
          <Grid size={{ xs: 12, md: 6 }}>
            <SettingsCard
              title={translate('resources.subscriptions.fields.callingSettings.title')}
              values={record.callingSettings}
              prefix="resources.subscriptions.fields.callingSettings"
            />
          </Grid>
        ) : null}
      </Grid>
    </>
  );
}

/**
 * What became of a change scheduled by this entry: still waiting (the subscription's scheduled changes),
 * applied (a later entry applied it), replaced by a later request, or voided by a cancellation.
 */
function scheduledChangeStatus(changeId: string, entries: AuditEntry[], waiting: ScheduledChange[]): string | null {
  if (waiting.some((change) => change.id === changeId)) return 'SCHEDULED';
  const listed = (entry: AuditEntry, key: string) => Array.isArray(entry.after?.[key]) && (entry.after[key] as unknown[]).includes(changeId);
  for (const entry of entries) {
    if (entry.after?.scheduledChangeId === changeId && !entry.action.endsWith('_scheduled')) return 'APPLIED';
    if (listed(entry, 'supersededChanges')) return 'SUPERSEDED';
    if (listed(entry, 'voidedChanges')) return 'VOIDED';
  }
  return null;
}

/** The subscription's life, newest first: its audit trail, each scheduled change marked with what became of it; the changes still waiting on top. */
function History() {
  const record = useRecordContext();
  if (!record) return null;
  const entries: AuditEntry[] = record.auditTrail ?? [];
  const waiting: ScheduledChange[] = record.scheduledChanges ?? [];
  const annotate = (entry: AuditEntry) => {
    const changeId = entry.action.endsWith('_scheduled') ? entry.after?.scheduledChangeId : null;
    const status = typeof changeId === 'string' ? scheduledChangeStatus(changeId, entries, waiting) : null;
    return status ? (
      <Box sx={{ mt: 0.5 }} data-testid="scheduled-change-status">
        <EnumChip enumName="SubscriptionChangeStatus" value={status} />
      </Box>
    ) : null;
  };
  return (
    <>
      <ScheduledChanges />
      <Timeline entries={entries} timeZone={record.order?.timeZone} annotate={annotate} />
    </>
  );
}

export function SubscriptionShow() {
  return (
    <Show title={<Title />} actions={<Actions />}>
      <WhenDetailed field="auditTrail">
        <TabbedShowLayout>
          <TabbedShowLayout.Tab label="resources.subscriptions.tabs.summary">
            <Summary />
            <LifecycleSummary />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.subscriptions.tabs.settings" path="settings">
            <Settings />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.subscriptions.tabs.history" path="history">
            <History />
          </TabbedShowLayout.Tab>
        </TabbedShowLayout>
      </WhenDetailed>
    </Show>
  );
}
