import FlagIcon from '@mui/icons-material/Flag';
import { Card, CardContent } from '@mui/material';
import { DataTable, FilterList, FilterListItem, List, SearchInput, useTranslate } from 'react-admin';
import { fitColumns } from '../common/fitColumns';
import { EmptyState, EnumField, RecordLink, ServicesField, When } from '../common/fields';
import { ListActionsWithExport } from '../bulk/CsvExportButton';
import { OrderNumber } from '../common/Truncated';

function FilterSidebar() {
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 210, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <FilterList label="resources.subscriptions.filters.status" icon={<FlagIcon />}>
          <FilterListItem label="console.enums.SubscriptionStatus.PENDING" value={{ status: ['PENDING'] }} />
          <FilterListItem label="console.enums.SubscriptionStatus.ACTIVE" value={{ status: ['ACTIVE'] }} />
          <FilterListItem label="console.enums.SubscriptionStatus.SUSPENDED" value={{ status: ['SUSPENDED'] }} />
          <FilterListItem label="console.enums.SubscriptionStatus.CANCELLED" value={{ status: ['CANCELLED'] }} />
        </FilterList>
      </CardContent>
    </Card>
  );
}

export function SubscriptionList() {
  const translate = useTranslate();
  return (
    <List
      empty={<EmptyState resource="subscriptions" />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.subscriptions.filters.search')} sx={{ minWidth: 320 }} />]}
      aside={<FilterSidebar />}
      perPage={25}
      exporter={false}
      actions={<ListActionsWithExport />}
      sx={{ '& .RaList-main': { minWidth: 0 } }}
    >
      <DataTable
        empty={<EmptyState resource="subscriptions" />}
        rowClick="show"
        bulkActionButtons={false}
        sx={fitColumns([{ below: 1440, columns: ['createdAt'] }])}
      >
        <DataTable.Col
          source="customerOrganization.name"
          label="resources.subscriptions.fields.customerOrganization"
          disableSort
          render={(record) => (
            <RecordLink resource="organizations" record={record.customerOrganization}>
              {record.customerOrganization.name}
            </RecordLink>
          )}
        />
        <DataTable.Col
          source="order.ccwOrderNumber"
          label="resources.subscriptions.fields.order"
          disableSort
          cellSx={() => ({ whiteSpace: 'nowrap' })}
          render={(record) => (
            <RecordLink resource="orders" record={record.order}>
              <OrderNumber value={record.order.ccwOrderNumber} />
            </RecordLink>
          )}
        />
        <DataTable.Col source="status" render={() => <EnumField source="status" enumName="SubscriptionStatus" />} />
        <DataTable.Col source="services" disableSort render={() => <ServicesField />} />
        <DataTable.Col source="subdomain" disableSort render={(record) => record.subdomain ?? '—'} />
        <DataTable.Col source="billingStartedAt" render={(record) => <When value={record.billingStartedAt} />} />
        <DataTable.Col source="createdAt" render={(record) => <When value={record.createdAt} />} />
      </DataTable>
    </List>
  );
}
