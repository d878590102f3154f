import { Alert, Box, Card, CardContent, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, Show, TabbedShowLayout, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip, RecordLink, ServicesField, useSettingText, When, WhenDetailed } from '../common/fields';
import { Timeline } from '../common/Timeline';

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
  return <TopToolbar>{record?.status === 'PENDING' ? <EditButton /> : null}</TopToolbar>;
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
          <EnumChip enumName="SubscriptionStatus" value={record.status} />
        </Item>
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

function Settings() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const bought = (kind: string) => record.services.some((s: any) => s.kind === kind);
  return (
    <>
      {record.status === 'ACTIVE' ? (
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

function History() {
  const record = useRecordContext();
  return <Timeline entries={record?.auditTrail} />;
}

export function SubscriptionShow() {
  return (
    <Show title={<Title />} actions={<Actions />}>
      <WhenDetailed field="auditTrail">
        <TabbedShowLayout>
          <TabbedShowLayout.Tab label="resources.subscriptions.tabs.summary">
            <Summary />
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
