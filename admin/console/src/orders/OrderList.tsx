import AccessTimeIcon from '@mui/icons-material/AccessTime';
import FlagIcon from '@mui/icons-material/Flag';
import { Card, CardContent, Chip } from '@mui/material';
import { DataTable, FilterList, FilterListItem, List, SearchInput, useTranslate } from 'react-admin';
import { DemoChip, EmptyState, EnumField, RecordLink, When } from '../common/fields';
import { ListActionsWithExport } from '../bulk/CsvExportButton';
import { fitColumns } from '../common/fitColumns';
import { OrderNumber, Truncated } from '../common/Truncated';
import { SavedViewsMenu } from '../workspace/SavedViewsMenu';
import { ColumnsChooser } from '../workspace/ColumnsChooser';

/** The orders list's columns (their sources), in their default order: what the column chooser and a saved view choose from. */
export const ORDER_COLUMNS = [
  'ccwOrderNumber',
  'status',
  'partnerName',
  'customerName',
  'provisioningContactEmail',
  'requestedStartDate',
  'overdue',
  'customerOrganization.name',
  'createdAt',
] as const;

export const ORDER_STATUSES = ['PLACED', 'AWAITING_SETUP', 'SETUP_IN_PROGRESS', 'HANDED_OVER', 'ON_HOLD', 'SET_UP', 'PROVISIONED', 'EXPIRED', 'CANCELLED'];

function FilterSidebar() {
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 210, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <FilterList label="resources.orders.filters.overdue" icon={<AccessTimeIcon />}>
          <FilterListItem label="ra.boolean.true" value={{ overdue: true }} />
          <FilterListItem label="ra.boolean.false" value={{ overdue: false }} />
        </FilterList>
        <FilterList label="resources.orders.filters.status" icon={<FlagIcon />}>
          {ORDER_STATUSES.map((status) => (
            <FilterListItem key={status} label={`console.enums.OrderStatus.${status}`} value={{ status: [status] }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
}

export function OrderList() {
  const translate = useTranslate();
  return (
    <List
      empty={<EmptyState resource="orders" />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.orders.filters.search')} sx={{ minWidth: 360 }} />]}
      aside={<FilterSidebar />}
      perPage={25}
      exporter={false}
      actions={
        <ListActionsWithExport>
          <SavedViewsMenu resource="ORDERS" columns={ORDER_COLUMNS} />
          <ColumnsChooser
            columns={Object.fromEntries(
              ORDER_COLUMNS.map((source) => [source, `resources.orders.fields.${source === 'customerOrganization.name' ? 'customerOrganization' : source}`]),
            )}
          />
        </ListActionsWithExport>
      }
      sx={{ '& .RaList-main': { minWidth: 0 } }}
    >
      <DataTable
        empty={<EmptyState resource="orders" />}
        sx={fitColumns([
          { below: 1536, columns: ['customerOrganization.name', 'createdAt'] },
          { below: 1440, columns: ['provisioningContactEmail'] },
        ])}
        rowClick="show"
        bulkActionButtons={false}
      >
        <DataTable.Col
          source="ccwOrderNumber"
          cellSx={() => ({ whiteSpace: 'nowrap' })}
          render={(record) => (
            <>
              <OrderNumber value={record.ccwOrderNumber} />
              <DemoChip />
            </>
          )}
        />
        <DataTable.Col source="status" render={() => <EnumField source="status" enumName="OrderStatus" />} />
        <DataTable.Col source="partnerName" render={(record) => <Truncated text={record.partnerName} width={170} />} />
        <DataTable.Col source="customerName" render={(record) => <Truncated text={record.customerName} width={170} />} />
        <DataTable.Col source="provisioningContactEmail" disableSort />
        <DataTable.Col source="requestedStartDate" render={(record) => <When value={record.requestedStartDate} dateOnly />} />
        <DataTable.Col
          source="overdue"
          disableSort
          render={(record) => (record.overdue ? <Chip size="small" color="error" label={translate('resources.orders.fields.overdue')} /> : null)}
        />
        <DataTable.Col
          source="customerOrganization.name"
          label="resources.orders.fields.customerOrganization"
          disableSort
          render={(record) =>
            record.customerOrganization ? (
              <RecordLink resource="organizations" record={record.customerOrganization}>
                {record.customerOrganization.name}
              </RecordLink>
            ) : (
              '—'
            )
          }
        />
        <DataTable.Col source="createdAt" render={(record) => <When value={record.createdAt} />} />
      </DataTable>
    </List>
  );
}
