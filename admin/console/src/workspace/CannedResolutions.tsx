import QuickreplyIcon from '@mui/icons-material/Quickreply';
import { Autocomplete, TextField as MuiTextField } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import {
  Create,
  CreateButton,
  DataTable,
  DeleteButton,
  Edit,
  List,
  SaveButton,
  SearchInput,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  required,
  useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { When } from '../common/fields';
import { Truncated } from '../common/Truncated';
import { useCannedResolutions, type CannedResolutionRecord } from './api';

/** Every rep administers the canned resolutions: a list to search, create, edit and delete them. */
export function CannedResolutionList() {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'title', order: 'ASC' }}
      perPage={25}
      exporter={false}
      filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.cannedResolutions.filters.search')} />]}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
      empty={
        <CannedEmpty>
          <CreateButton />
        </CannedEmpty>
      }
    >
      <DataTable rowClick="edit" bulkActionButtons={false} empty={<CannedEmpty />} data-testid="canned-resolutions">
        <DataTable.Col source="title" render={(record) => <Truncated text={record.title} width={260} />} />
        <DataTable.Col source="text" disableSort render={(record) => <Truncated text={record.text} width={520} />} />
        <DataTable.Col source="updatedAt" render={(record) => <When value={record.updatedAt} />} />
      </DataTable>
    </List>
  );
}

/** What the list is for and how to start it (the console's other lists say the same through EmptyState). */
function CannedEmpty({ children }: { children?: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, maxWidth: 720 }} data-testid="empty-state">
      <Typography variant="h6" component="p" gutterBottom>
        {translate('console.workspace.canned.empty_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('console.workspace.canned.empty_text')}
      </Typography>
      {children ? <Box sx={{ mt: 2 }}>{children}</Box> : null}
    </Box>
  );
}

function CannedForm({ withDelete }: { withDelete?: boolean }) {
  const translate = useTranslate();
  return (
    <SimpleForm
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton />
          {withDelete ? <DeleteButton mutationMode="pessimistic" sx={{ '&&': { color: '#9a1c1c' } }} /> : null}
        </Toolbar>
      }
    >
      <TextInput source="title" validate={required()} fullWidth helperText={translate('resources.cannedResolutions.hints.title')} />
      <TextInput source="text" validate={required()} multiline minRows={4} fullWidth helperText={translate('resources.cannedResolutions.hints.text')} />
    </SimpleForm>
  );
}

export function CannedResolutionCreate() {
  return (
    <Create redirect="list">
      <CannedForm />
    </Create>
  );
}

export function CannedResolutionEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <CannedForm withDelete />
    </Edit>
  );
}

/**
 * In a resolve dialog: choosing a canned resolution fills the resolution note with its text, which the
 * rep may then change.
 */
export function CannedResolutionPicker({ source = 'resolution' }: { source?: string }) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const { data = [] } = useCannedResolutions();
  if (!data.length) return null;
  return (
    <Autocomplete<CannedResolutionRecord>
      options={data}
      getOptionLabel={(option) => option.title}
      onChange={(_event, option) => {
        if (option) setValue(source, option.text, { shouldDirty: true, shouldValidate: true });
      }}
      renderInput={(params) => <MuiTextField {...params} label={translate('console.workspace.canned.pick')} size="small" />}
      sx={{ mb: 2 }}
      data-testid="canned-picker"
    />
  );
}

export const cannedResolutions = {
  list: CannedResolutionList,
  create: CannedResolutionCreate,
  edit: CannedResolutionEdit,
  icon: QuickreplyIcon,
  recordRepresentation: 'title',
};
