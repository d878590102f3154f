import { Alert } from '@mui/material';
import { Edit, maxLength, required, SimpleForm, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { CountryInput } from '../common/choiceInputs';
import { SaveOnlyToolbar, WhenDetailed } from '../common/fields';

function Title() {
  const record = useRecordContext();
  return record ? <>{record.name}</> : null;
}

function PartnerAccountInput() {
  const record = useRecordContext();
  return record?.kind === 'PARTNER' ? <TextInput source="partnerAccountId" /> : null;
}

/**
 * Corrects what people typed. The server validates (country codes, formats, the CCW account's
 * uniqueness) and its mistakes appear under the fields (pessimistic mode: nothing is shown as
 * saved until the server agrees).
 */
export function OrganizationEdit() {
  const translate = useTranslate();
  return (
    <Edit title={<Title />} mutationMode="pessimistic" redirect="show">
      <WhenDetailed field="users">
        <SimpleForm sx={{ maxWidth: 560 }} toolbar={<SaveOnlyToolbar />}>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.organizations.edit_hint')}
          </Alert>
          <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
          <CountryInput source="country" />
          <TextInput source="address" fullWidth />
          <TextInput source="city" />
          <TextInput source="postalCode" />
          <PartnerAccountInput />
        </SimpleForm>
      </WhenDetailed>
    </Edit>
  );
}
