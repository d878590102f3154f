import CategoryIcon from '@mui/icons-material/Category';
import { Card, CardContent } from '@mui/material';
import { DataTable, FilterList, FilterListItem, List, SearchInput, useTranslate } from 'react-admin';
import { DemoChip, EmptyState, EnumField, RecordLink, When } from '../common/fields';
import { ListActionsWithExport } from '../bulk/CsvExportButton';
import { fitColumns } from '../common/fitColumns';

function FilterSidebar() {
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 210, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <FilterList label="resources.organizations.filters.kind" icon={<CategoryIcon />}>
          <FilterListItem label="console.enums.OrganizationKind.PARTNER" value={{ kind: 'PARTNER' }} />
          <FilterListItem label="console.enums.OrganizationKind.CUSTOMER" value={{ kind: 'CUSTOMER' }} />
        </FilterList>
      </CardContent>
    </Card>
  );
}

export function OrganizationList() {
  const translate = useTranslate();
  return (
    <List
      empty={<EmptyState resource="organizations" />}
      sort={{ field: 'name', order: 'ASC' }}
      filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.organizations.filters.search')} sx={{ minWidth: 340 }} />]}
      aside={<FilterSidebar />}
      perPage={25}
      exporter={false}
      actions={<ListActionsWithExport />}
      sx={{ '& .RaList-main': { minWidth: 0 } }}
    >
      <DataTable
        empty={<EmptyState resource="organizations" />}
        rowClick="show"
        bulkActionButtons={false}
        sx={fitColumns([
          { below: 1536, columns: ['subdomain', 'createdAt'] },
          { below: 1440, columns: ['city', 'orderCount'] },
        ])}
      >
        <DataTable.Col
          source="name"
          render={(record) => (
            <>
              {record.name}
              <DemoChip />
            </>
          )}
        />
        <DataTable.Col source="kind" render={() => <EnumField source="kind" enumName="OrganizationKind" />} />
        <DataTable.Col source="country" />
        <DataTable.Col source="city" disableSort />
        <DataTable.Col source="partnerAccountId" disableSort render={(record) => record.partnerAccountId ?? '—'} />
        <DataTable.Col source="subdomain" disableSort render={(record) => record.subdomain ?? '—'} />
        <DataTable.Col
          source="managingPartner.name"
          label="resources.organizations.fields.managingPartner"
          disableSort
          render={(record) =>
            record.managingPartner ? (
              <RecordLink resource="organizations" record={record.managingPartner}>
                {record.managingPartner.name}
              </RecordLink>
            ) : (
              '—'
            )
          }
        />
        <DataTable.NumberCol source="activeSubscriptionCount" disableSort />
        <DataTable.NumberCol source="orderCount" disableSort />
        <DataTable.Col source="createdAt" render={(record) => <When value={record.createdAt} dateOnly />} />
      </DataTable>
    </List>
  );
}
