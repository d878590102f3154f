import { BooleanInput, Create, Edit, email, PasswordInput, required, SelectInput, SimpleForm, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { SaveOnlyToolbar } from '../common/fields';

const ROLES = [
  { id: 'REP', name: 'console.enums.RepRole.REP' },
  { id: 'ADMIN', name: 'console.enums.RepRole.ADMIN' },
];

function Title() {
  const record = useRecordContext();
  return record ? <>{record.name}</> : null;
}

/** Admins only: a new rep account with a first password (server rules: strong enough, email unused). */
export function RepCreate() {
  const translate = useTranslate();
  return (
    <Create redirect="list">
      <SimpleForm sx={{ maxWidth: 480 }} defaultValues={{ role: 'REP' }}>
        <TextInput source="email" type="email" validate={[required(), email()]} fullWidth />
        <TextInput source="name" validate={required()} fullWidth />
        <SelectInput source="role" choices={ROLES} validate={required()} />
        <PasswordInput source="password" validate={required()} helperText={translate('resources.reps.password_hint')} fullWidth />
      </SimpleForm>
    </Create>
  );
}

export function RepEdit() {
  const translate = useTranslate();
  return (
    <Edit title={<Title />} mutationMode="pessimistic" redirect="list">
      <SimpleForm sx={{ maxWidth: 480 }} toolbar={<SaveOnlyToolbar />}>
        <TextInput source="email" disabled fullWidth />
        <TextInput source="name" validate={required()} fullWidth />
        <SelectInput source="role" choices={ROLES} validate={required()} />
        <BooleanInput source="active" />
        <PasswordInput source="newPassword" label="resources.reps.fields.newPassword" helperText={translate('resources.reps.password_hint')} fullWidth />
      </SimpleForm>
    </Edit>
  );
}
