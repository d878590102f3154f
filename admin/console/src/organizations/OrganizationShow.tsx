import { Alert, Box, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DataTable,
  EditButton,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { OrganizationInput } from '../common/choiceInputs';
import { DemoChip, EnumChip, EnumField, RecordLink, ServicesField, useFormatDate, When, WhenDetailed } from '../common/fields';
import { Timeline } from '../common/Timeline';
import { SendActivationLinkButton } from './SendActivationLinkButton';
import { OrderNumber } from '../common/Truncated';

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

/**
 * A rep moves a customer organization that a partner manages, with its orders and subscriptions, to another partner
 * (transferCustomerOrganization). The server's refusals (an order still in setup, the same partner) show in the dialog.
 */
function TransferButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || record.kind !== 'CUSTOMER' || !record.managingPartner) return null;
  return (
    <ActionDialog
      label={translate('console.actions.transfer')}
      title={translate('console.actions.transfer_title', { name: record.name })}
      text={translate('console.actions.transfer_text', { partner: record.managingPartner.name })}
      action="transferCustomerOrganization"
      formFields={['toPartnerOrganizationId', 'reason']}
      toInput={(v) => ({ organizationId: record.id, toPartnerOrganizationId: v.toPartnerOrganizationId, reason: v.reason || null })}
      success="console.actions.transferred"
      variant="text"
      testId="transfer-organization"
    >
      <OrganizationInput source="toPartnerOrganizationId" kind="PARTNER" label="console.actions.transfer_to" />
      <TextInput source="reason" label="console.actions.transfer_reason" multiline minRows={2} fullWidth />
    </ActionDialog>
  );
}

function Title() {
  const record = useRecordContext();
  return record ? <>{record.name}</> : null;
}

function Summary() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!record) return null;
  const f = (field: string) => translate(`resources.organizations.fields.${field}`);
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, md: 6 }}>
        <Item label={f('name')}>
          <Typography variant="body2" data-testid="organization-name">
            {record.name}
            <DemoChip />
          </Typography>
        </Item>
        <Item label={f('kind')}>
          <EnumChip enumName="OrganizationKind" value={record.kind} />
        </Item>
        <Item label={f('address')}>
          {[record.address, [record.postalCode, record.city].filter(Boolean).join(' '), record.country].filter(Boolean).join(', ') || '—'}
        </Item>
        {record.kind === 'PARTNER' ? <Item label={f('partnerAccountId')}>{record.partnerAccountId ?? '—'}</Item> : null}
        {record.kind === 'CUSTOMER' ? (
          <>
            <Item label={f('managingPartner')}>
              {record.managingPartner ? (
                <RecordLink resource="organizations" record={record.managingPartner}>
                  {record.managingPartner.name}
                </RecordLink>
              ) : (
                translate('resources.organizations.self_setup')
              )}
            </Item>
            <Item label={f('subdomain')}>{record.subdomain ? `${record.subdomain} (${record.subdomain}.calls.webex.com)` : '—'}</Item>
          </>
        ) : null}
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Item label={f('activeSubscriptionCount')}>{String(record.activeSubscriptionCount)}</Item>
        <Item label={f('orderCount')}>{String(record.orderCount)}</Item>
        <Item label={f('createdAt')}>{format(record.createdAt)}</Item>
        <Item label={f('updatedAt')}>
          <When value={record.updatedAt} />
        </Item>
      </Grid>
    </Grid>
  );
}

function People() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!record) return null;
  const f = (field: string) => translate(`resources.organizations.users.${field}`);
  if (!record.users.length) return <Typography color="text.secondary">{f('empty')}</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{f('email')}</TableCell>
          <TableCell>{f('role')}</TableCell>
          <TableCell>{f('activated')}</TableCell>
          <TableCell>{f('createdAt')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {record.users.map((u: any) => (
          <TableRow key={u.id}>
            <TableCell>{u.email}</TableCell>
            <TableCell>{translate(`console.enums.UserRole.${u.role}`, { _: u.role })}</TableCell>
            <TableCell>{translate(u.activated ? 'ra.boolean.true' : 'ra.boolean.false')}</TableCell>
            <TableCell>{format(u.createdAt, false)}</TableCell>
            <TableCell>{u.activated ? null : <SendActivationLinkButton user={u} />}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Orders() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <ReferenceManyField
      reference="orders"
      target={record.kind === 'PARTNER' ? 'partnerOrganizationId' : 'customerOrganizationId'}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination />}
      empty={<Typography color="text.secondary">{translate('resources.organizations.no_orders')}</Typography>}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="ccwOrderNumber" render={(r) => <OrderNumber value={r.ccwOrderNumber} />} />
        <DataTable.Col source="status" render={() => <EnumField source="status" enumName="OrderStatus" />} />
        <DataTable.Col source="partnerName" />
        <DataTable.Col source="customerName" />
        <DataTable.Col source="createdAt" render={(r) => <When value={r.createdAt} />} />
      </DataTable>
    </ReferenceManyField>
  );
}

function Subscriptions() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.kind !== 'CUSTOMER') return <Alert severity="info">{translate('resources.organizations.no_subscriptions')}</Alert>;
  return (
    <ReferenceManyField
      reference="subscriptions"
      target="customerOrganizationId"
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination />}
      empty={<Typography color="text.secondary">{translate('resources.organizations.no_subscriptions')}</Typography>}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="status" render={() => <EnumField source="status" enumName="SubscriptionStatus" />} />
        <DataTable.Col source="services" disableSort render={() => <ServicesField />} />
        <DataTable.Col
          source="order.ccwOrderNumber"
          label="resources.subscriptions.fields.order"
          disableSort
          render={(r) => <OrderNumber value={r.order.ccwOrderNumber} />}
        />
        <DataTable.Col source="billingStartedAt" render={(r) => <When value={r.billingStartedAt} />} />
      </DataTable>
    </ReferenceManyField>
  );
}

function History() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.auditTrail?.length) return <Typography color="text.secondary">{translate('resources.organizations.no_history')}</Typography>;
  return <Timeline entries={record.auditTrail} />;
}

export function OrganizationShow() {
  return (
    <Show
      title={<Title />}
      actions={
        <TopToolbar>
          <TransferButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <WhenDetailed field="users">
        <TabbedShowLayout>
          <TabbedShowLayout.Tab label="resources.organizations.tabs.summary">
            <Summary />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.organizations.tabs.people" path="people">
            <People />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.organizations.tabs.orders" path="orders">
            <Orders />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.organizations.tabs.subscriptions" path="subscriptions">
            <Subscriptions />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="resources.organizations.tabs.history" path="history">
            <History />
          </TabbedShowLayout.Tab>
        </TabbedShowLayout>
      </WhenDetailed>
    </Show>
  );
}
