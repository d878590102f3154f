import { DateInput, FormDataConsumer, minValue, NumberInput, RadioButtonGroupInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useSettingText } from '../common/fields';
import { subscriptionActions } from './subscription-actions';

const T = 'resources.subscriptions.lifecycle.actions';

interface ServiceLine {
  kind: string;
  quantity: number;
}

/** "At once" or "from a later day" (a day in the order's time zone), as the lifecycle's mutations take `effectiveDate`. */
function WhenInputs({ timeZone }: { timeZone: string }) {
  const translate = useTranslate();
  const setting = useSettingText();
  return (
    <>
      <RadioButtonGroupInput
        source="when"
        label={`${T}.when`}
        choices={[
          { id: 'NOW', name: `${T}.now` },
          { id: 'DATE', name: `${T}.on_date` },
        ]}
        row
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.when === 'DATE' ? (
            <DateInput
              source="effectiveDate"
              label={`${T}.effective_date`}
              validate={required()}
              helperText={translate(`${T}.effective_hint`, { zone: setting('timeZone', timeZone) })}
            />
          ) : null
        }
      </FormDataConsumer>
    </>
  );
}

const effectiveDateOf = (values: Record<string, any>) => (values.when === 'DATE' && values.effectiveDate ? String(values.effectiveDate).slice(0, 10) : null);

/**
 * The reps' actions on a provisioned subscription (#26), each a dialog, offered only where the status
 * allows it: suspend, resume, change quantities and cancel (the last two at once or from a later day).
 * Mistakes the server reports land on the dialog's fields (the reason, the date, a quantity).
 */
export function SubscriptionActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const allowed = subscriptionActions(record.status);
  const orderId = record.order.id;
  // The form inside a dialog has a record of its own: what it needs of this one is passed down.
  const timeZone: string = record.order.timeZone;
  const services: ServiceLine[] = record.services ?? [];
  return (
    <>
      {allowed.includes('SUSPEND') ? (
        <ActionDialog
          label={translate(`${T}.suspend`)}
          title={translate(`${T}.suspend_title`)}
          text={translate(`${T}.suspend_text`)}
          action="suspendSubscription"
          formFields={['reason']}
          toInput={(v) => ({ orderId, reason: v.reason })}
          success={`${T}.suspended`}
          color="warning"
          variant="text"
          testId="subscription-suspend"
        >
          <TextInput source="reason" label={`${T}.reason`} multiline minRows={2} fullWidth validate={required()} />
        </ActionDialog>
      ) : null}
      {allowed.includes('RESUME') ? (
        <ActionDialog
          label={translate(`${T}.resume`)}
          title={translate(`${T}.resume_title`)}
          text={translate(`${T}.resume_text`)}
          action="resumeSubscription"
          formFields={['reason']}
          toInput={(v) => ({ orderId, reason: v.reason?.trim() ? v.reason : null })}
          success={`${T}.resumed`}
          variant="text"
          testId="subscription-resume"
        >
          <TextInput source="reason" label={`${T}.reason_optional`} multiline minRows={2} fullWidth />
        </ActionDialog>
      ) : null}
      {allowed.includes('CHANGE_QUANTITIES') ? (
        <ActionDialog
          label={translate(`${T}.change_quantities`)}
          title={translate(`${T}.change_quantities_title`)}
          text={translate(`${T}.change_quantities_text`)}
          action="changeSubscriptionQuantities"
          formFields={['services', 'effectiveDate']}
          defaultValues={{ when: 'NOW', services: services.map((s) => ({ kind: s.kind, quantity: s.quantity })) }}
          toInput={(v) => ({
            orderId,
            services: services.map((s, i) => ({ kind: s.kind, quantity: Number(v.services?.[i]?.quantity) })),
            effectiveDate: effectiveDateOf(v),
          })}
          success={(v) => (effectiveDateOf(v) ? `${T}.quantities_scheduled` : `${T}.quantities_changed`)}
          variant="text"
          testId="subscription-quantities"
        >
          {services.map((service, i) => (
            <NumberInput
              key={service.kind}
              source={`services.${i}.quantity`}
              label={translate(`console.enums.ServiceKind.${service.kind}`, { _: service.kind })}
              min={1}
              step={1}
              validate={[required(), minValue(1)]}
              fullWidth
            />
          ))}
          <WhenInputs timeZone={timeZone} />
        </ActionDialog>
      ) : null}
      {allowed.includes('CANCEL') ? (
        <ActionDialog
          label={translate(`${T}.cancel`)}
          title={translate(`${T}.cancel_title`)}
          text={translate(`${T}.cancel_text`)}
          action="cancelSubscription"
          formFields={['reason', 'effectiveDate']}
          defaultValues={{ when: 'NOW' }}
          toInput={(v) => ({ orderId, reason: v.reason, effectiveDate: effectiveDateOf(v) })}
          success={(v) => (effectiveDateOf(v) ? `${T}.cancel_scheduled` : `${T}.cancelled`)}
          color="error"
          variant="text"
          testId="subscription-cancel"
        >
          <TextInput source="reason" label={`${T}.reason`} multiline minRows={2} fullWidth validate={required()} />
          <WhenInputs timeZone={timeZone} />
        </ActionDialog>
      ) : null}
    </>
  );
}
