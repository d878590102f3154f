import { BooleanField, CreateButton, DataTable, List, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { fitColumns } from '../common/fitColumns';
import { EmptyState, When } from '../common/fields';

function EventTypes() {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{(record?.eventTypes ?? []).map((type: string) => translate(`console.enums.OrderEventType.${type}`, { _: type })).join(', ')}</>;
}

function Owner() {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{translate(record?.ownedByApiKey ? 'console.webhooks.owner_key' : 'console.webhooks.owner_reps')}</>;
}

/** Admins: every webhook subscription, the reps' and the machine keys', newest first. */
export function WebhookList() {
  return (
    <List
      empty={
        <EmptyState resource="webhooks">
          <CreateButton />
        </EmptyState>
      }
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      perPage={25}
      exporter={false}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <DataTable
        empty={<EmptyState resource="webhooks" />}
        rowClick="show"
        bulkActionButtons={false}
        sx={fitColumns([{ below: 1440, columns: ['createdBy'] }])}
      >
        <DataTable.Col
          source="url"
          disableSort
          render={(record) => (
            <span
              style={{ display: 'inline-block', maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' }}
            >
              {record.url}
            </span>
          )}
        />
        <DataTable.Col source="eventTypes" disableSort render={() => <EventTypes />} />
        <DataTable.Col source="enabled" disableSort field={BooleanField} />
        <DataTable.Col source="ownedByApiKey" disableSort render={() => <Owner />} />
        <DataTable.Col source="createdBy" disableSort />
        <DataTable.Col source="createdAt" disableSort render={(record) => <When value={record.createdAt} dateOnly />} />
      </DataTable>
    </List>
  );
}
