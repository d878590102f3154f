import { AutocompleteInput, ReferenceInput, required, TextInput, useGetIdentity, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { CannedResolutionPicker } from '../workspace/CannedResolutions';

interface EscalationLike {
  id: string | number;
  assignee?: { id: string } | null;
  status?: string;
}

/**
 * Assign an escalation to any active rep (the caller first); the rep chosen gets an email about it,
 * once. With `open`, the dialog is opened by its owner (the queue's `a` key); otherwise by its button.
 */
export function AssignDialog({ escalation, open, onClose }: { escalation: EscalationLike; open?: boolean; onClose?: () => void }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <ActionDialog
      label={translate('console.team.assign_to')}
      title={translate('console.team.assign_to_title')}
      text={translate('console.team.assign_to_text')}
      action="assignEscalation"
      formFields={['repId']}
      defaultValues={{ repId: escalation.assignee?.id ?? identity?.id }}
      toInput={(v) => ({ escalationId: escalation.id, repId: v.repId })}
      success="console.team.assigned"
      submitLabel={translate('console.team.assign_to_title')}
      testId="assign-to"
      open={open}
      onClose={onClose}
    >
      <ReferenceInput source="repId" reference="reps" filter={{ active: true }} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <AutocompleteInput label="console.team.rep" optionText={(r: any) => `${r.name} <${r.email}>`} fullWidth validate={required()} autoFocus />
      </ReferenceInput>
    </ActionDialog>
  );
}

/** Resolve with a resolution (the queue's `r` key; the escalation's page has its own, fitted to the kind). */
export function ResolveDialog({ escalation, open, onClose }: { escalation: EscalationLike; open?: boolean; onClose?: () => void }) {
  const translate = useTranslate();
  return (
    <ActionDialog
      label={translate('console.actions.resolve')}
      title={translate('console.actions.resolve_title')}
      action="resolveEscalation"
      formFields={['resolution']}
      toInput={(v) => ({ escalationId: escalation.id, resolution: v.resolution })}
      success="console.actions.resolved"
      variant="contained"
      color="success"
      testId="resolve"
      open={open}
      onClose={onClose}
    >
      <TextInput source="resolution" label="console.actions.resolution" multiline minRows={2} fullWidth validate={required()} autoFocus />
      <CannedResolutionPicker />
    </ActionDialog>
  );
}

/** Gives the escalation back to the queue (no assignee, open again). */
export function UnassignButton({ escalation }: { escalation: EscalationLike }) {
  const translate = useTranslate();
  if (!escalation.assignee || escalation.status === 'RESOLVED') return null;
  return (
    <ActionDialog
      label={translate('console.team.unassign')}
      title={translate('console.team.unassign')}
      action="unassignEscalation"
      toInput={() => ({ escalationId: escalation.id })}
      success="console.team.unassigned"
      testId="unassign"
    />
  );
}
