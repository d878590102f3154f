import AccessTimeIcon from '@mui/icons-material/AccessTime';
import CategoryIcon from '@mui/icons-material/Category';
import PersonIcon from '@mui/icons-material/Person';
import { Card, CardContent, Divider, Tab, Tabs } from '@mui/material';
import { useEffect, useState } from 'react';
import { DataTable, FilterList, FilterListItem, FilterLiveSearch, List, SearchInput, useGetIdentity, useListContext, useTranslate } from 'react-admin';
import { AgeField, EnumField, RecordLink, When } from '../common/fields';
import { fitColumns } from '../common/fitColumns';
import { useConsoleDataProvider } from '../common/useConsoleDataProvider';
import { ListActionsWithExport } from '../bulk/CsvExportButton';
import { EscalationBulkActions } from '../bulk/EscalationBulkActions';

const UNRESOLVED = ['OPEN', 'IN_PROGRESS'];
const RESOLVED = ['RESOLVED'];
const KINDS = ['OVERDUE_PROVISIONING', 'UNRECOGNIZED_PARTNER_ORGANIZATION', 'UNRECOGNIZED_CUSTOMER_ORGANIZATION', 'STALLED_SETUP'];

function FilterSidebar() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 210, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <FilterLiveSearch source="partner" label={translate('resources.escalations.filters.partner')} />
        <FilterList label="resources.escalations.filters.kind" icon={<CategoryIcon />}>
          {KINDS.map((kind) => (
            <FilterListItem key={kind} label={`console.enums.EscalationKind.${kind}`} value={{ kind }} />
          ))}
        </FilterList>
        <FilterList label="resources.escalations.filters.assignee" icon={<PersonIcon />}>
          {identity ? <FilterListItem label="resources.escalations.filters.mine" value={{ assigneeId: identity.id, unassigned: undefined }} /> : null}
          <FilterListItem label="resources.escalations.filters.unassigned" value={{ unassigned: true, assigneeId: undefined }} />
        </FilterList>
        <FilterList label="resources.escalations.filters.age" icon={<AccessTimeIcon />}>
          <FilterListItem label="resources.escalations.filters.older_1d" value={{ olderThanHours: 24 }} />
          <FilterListItem label="resources.escalations.filters.older_2d" value={{ olderThanHours: 48 }} />
          <FilterListItem label="resources.escalations.filters.older_7d" value={{ olderThanHours: 168 }} />
        </FilterList>
      </CardContent>
    </Card>
  );
}

/** "To do" and "Resolved", each with its count under the other filters. */
function StatusTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const dataProvider = useConsoleDataProvider();
  const translate = useTranslate();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const { status: _status, ...others } = filterValues;
  const key = JSON.stringify(others);
  useEffect(() => {
    let live = true;
    dataProvider
      .escalationCounts(JSON.parse(key))
      .then((c) => live && setCounts(Object.fromEntries(c.byStatus.map((s) => [s.status, s.count]))))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [dataProvider, key]);
  const resolved = Array.isArray(filterValues.status) && filterValues.status.includes('RESOLVED');
  const unresolvedCount = (counts.OPEN ?? 0) + (counts.IN_PROGRESS ?? 0);
  return (
    <>
      <Tabs
        value={resolved ? 'resolved' : 'unresolved'}
        onChange={(_e, value) => setFilters({ ...filterValues, status: value === 'resolved' ? RESOLVED : UNRESOLVED }, displayedFilters)}
        indicatorColor="primary"
      >
        <Tab value="unresolved" label={`${translate('resources.escalations.tabs.unresolved')} (${unresolvedCount})`} data-testid="tab-unresolved" />
        <Tab value="resolved" label={`${translate('resources.escalations.tabs.resolved')} (${counts.RESOLVED ?? 0})`} data-testid="tab-resolved" />
      </Tabs>
      <Divider />
    </>
  );
}

export function EscalationList() {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'createdAt', order: 'ASC' }}
      filterDefaultValues={{ status: UNRESOLVED }}
      filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.escalations.filters.search')} sx={{ minWidth: 320 }} />]}
      aside={<FilterSidebar />}
      perPage={25}
      exporter={false}
      actions={<ListActionsWithExport />}
      sx={{ '& .RaList-main': { minWidth: 0 } }}
    >
      <StatusTabs />
      <DataTable
        rowClick="show"
        bulkActionButtons={<EscalationBulkActions />}
        data-testid="escalation-queue"
        sx={fitColumns([
          { below: 1536, columns: ['partnerContactedAt'] },
          { below: 1440, columns: ['order.customerName'] },
        ])}
      >
        <DataTable.Col source="kind" render={() => <EnumField source="kind" enumName="EscalationKind" short />} />
        <DataTable.Col
          source="order.ccwOrderNumber"
          label="resources.escalations.fields.order"
          cellSx={() => ({ whiteSpace: 'nowrap' })}
          render={(record) => (
            <RecordLink resource="orders" record={record.order}>
              {record.order.ccwOrderNumber}
            </RecordLink>
          )}
        />
        <DataTable.Col source="order.partnerName" label="resources.escalations.fields.partner" disableSort />
        <DataTable.Col source="order.customerName" label="resources.escalations.fields.customer" disableSort />
        <DataTable.Col source="createdAt" label="resources.escalations.fields.ageHours" render={() => <AgeField />} />
        <DataTable.Col source="status" render={() => <EnumField source="status" enumName="EscalationStatus" />} />
        <DataTable.Col source="assignee.name" label="resources.escalations.fields.assignee" disableSort render={(record) => record.assignee?.name ?? '—'} />
        <DataTable.Col source="partnerContactedAt" disableSort render={(record) => <When value={record.partnerContactedAt} />} />
      </DataTable>
    </List>
  );
}
