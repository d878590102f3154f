import { BooleanField, CreateButton, DataTable, List, SearchInput, TopToolbar, usePermissions, useTranslate } from 'react-admin';
import { CsvExportButton } from '../bulk/CsvExportButton';
import { EmptyState, EnumField, When } from '../common/fields';

export function RepList() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const admin = permissions === 'ADMIN';
  return (
    <List
      empty={
        <EmptyState resource="reps">
          <CreateButton />
        </EmptyState>
      }
      sort={{ field: 'name', order: 'ASC' }}
      filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.reps.filters.search')} />]}
      actions={
        <TopToolbar>
          {admin ? <CreateButton /> : null}
          <CsvExportButton />
        </TopToolbar>
      }
      perPage={25}
      exporter={false}
    >
      <DataTable empty={<EmptyState resource="reps" />} rowClick={admin ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="email" />
        <DataTable.Col source="role" disableSort render={() => <EnumField source="role" enumName="RepRole" />} />
        <DataTable.Col source="active" disableSort field={BooleanField} />
        <DataTable.Col source="createdAt" render={(record) => <When value={record.createdAt} dateOnly />} />
      </DataTable>
    </List>
  );
}
