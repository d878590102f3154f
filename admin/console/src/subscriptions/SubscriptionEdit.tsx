import { Alert, Typography } from '@mui/material';
import { Edit, required, SimpleForm, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ServiceLanguageInput, TimeZoneInput } from '../common/choiceInputs';
import { SaveOnlyToolbar, WhenDetailed } from '../common/fields';

function Title() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <>{`${translate('resources.subscriptions.name', { smart_count: 1 })} · ${record.customerOrganization.name}`}</> : null;
}

/** Only the saved settings a rep may correct, only while pending; the server has the last word. */
function SettingsInputs() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (record.status !== 'PENDING') return <Alert severity="info">{translate('resources.subscriptions.provisioned_read_only')}</Alert>;
  return (
    <>
      {record.meetingSettings ? (
        <>
          <Typography variant="subtitle1" sx={{ mt: 1 }}>
            {translate('resources.subscriptions.fields.meetingSettings.title')}
          </Typography>
          <TimeZoneInput source="meetingSettings.timeZone" validate={required()} />
          <ServiceLanguageInput source="meetingSettings.language" validate={required()} />
        </>
      ) : null}
      {record.callingSettings ? (
        <>
          <Typography variant="subtitle1" sx={{ mt: 1 }}>
            {translate('resources.subscriptions.fields.callingSettings.title')}
          </Typography>
          <TimeZoneInput source="callingSettings.timeZone" validate={required()} />
          <ServiceLanguageInput source="callingSettings.announcementLanguage" validate={required()} />
          <ServiceLanguageInput source="callingSettings.emailLanguage" validate={required()} />
          <TextInput source="callingSettings.mainNumber" helperText="+390212345678" />
        </>
      ) : null}
      {!record.meetingSettings && !record.callingSettings ? <Alert severity="info">{translate('resources.subscriptions.not_saved')}</Alert> : null}
    </>
  );
}

export function SubscriptionEdit() {
  const translate = useTranslate();
  return (
    <Edit title={<Title />} mutationMode="pessimistic" redirect="show">
      <WhenDetailed field="auditTrail">
        <SimpleForm sx={{ maxWidth: 560 }} toolbar={<SaveOnlyToolbar />}>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.subscriptions.edit_hint')}
          </Alert>
          <SettingsInputs />
        </SimpleForm>
      </WhenDetailed>
    </Edit>
  );
}
