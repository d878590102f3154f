import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Alert, Box, Button, Card, CardContent, Chip, Divider, Grid, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { email, required, Show, TextInput, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { OrganizationInput } from '../common/choiceInputs';
import { EnumChip, formatAge, RecordLink, ServicesField, SlaCountdown, useFormatDate, useSettingText, When, WhenDetailed } from '../common/fields';
import { Timeline } from '../common/Timeline';
import { AssignDialog, UnassignButton } from './EscalationDialogs';
import { useConsoleDataProvider } from '../common/useConsoleDataProvider';
import { CannedResolutionPicker } from '../workspace/CannedResolutions';

/** The server says what may be done with the order now (`Order.availableActions`). */
const can = (order: { availableActions?: unknown; id?: unknown }, action: string) =>
  Array.isArray(order.availableActions) && order.availableActions.includes(action);

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', gap: 2, py: 0.5, alignItems: 'baseline' }}>
      <Typography variant="body2" color="text.secondary" sx={{ width: 180, flexShrink: 0 }}>
        {label}
      </Typography>
      <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>{typeof children === 'string' ? <Typography variant="body2">{children}</Typography> : children}</Box>
    </Box>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Title() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>{translate('resources.escalations.title', { kind: translate(`console.enums.EscalationKind.${record.kind}`), number: record.order.ccwOrderNumber })}</>
  );
}

function AssignToMe() {
  const record = useRecordContext();
  const { identity } = useGetIdentity();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record || !identity || (record.assignee?.id === identity.id && record.status === 'IN_PROGRESS')) return null;
  const assign = async () => {
    try {
      await dataProvider.act('assignEscalation', { escalationId: record.id });
      notify('console.actions.assigned', { type: 'success' });
      refresh();
    } catch (error: any) {
      notify(error?.message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Button variant="contained" startIcon={<AssignmentIndIcon />} onClick={assign} data-testid="assign-to-me">
      {translate('console.actions.assign_to_me')}
    </Button>
  );
}

/** The actions that fit the escalation's kind and the order's state. */
function Work() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!record) return null;
  const order = record.order;
  const resolved = record.status === 'RESOLVED';
  // Overdue and stalled setups ask a rep to act; the order is not on hold.
  const overdue = record.kind === 'OVERDUE_PROVISIONING' || record.kind === 'STALLED_SETUP';
  const onHold = order.status === 'ON_HOLD';
  const organization = record.organizationInQuestion;
  const wantedKind = record.kind === 'UNRECOGNIZED_PARTNER_ORGANIZATION' ? 'PARTNER' : 'CUSTOMER';
  const resolutionInput = (
    <>
      <TextInput source="resolution" label="console.actions.resolution" multiline minRows={2} fullWidth validate={required()} />
      <CannedResolutionPicker />
    </>
  );

  if (resolved) {
    return (
      <Alert severity="success" data-testid="resolved-banner">
        {translate('console.work.resolved', { date: format(record.resolvedAt), who: record.resolvedBy?.name ?? translate('console.enums.ActorKind.SYSTEM') })}
        {record.resolution ? ` “${record.resolution}”` : ''}
      </Alert>
    );
  }
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {translate(
          record.kind === 'STALLED_SETUP'
            ? 'console.work.stalled'
            : overdue
              ? 'console.work.overdue'
              : wantedKind === 'PARTNER'
                ? 'console.work.unrecognized_partner'
                : 'console.work.unrecognized_customer',
        )}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <AssignToMe />
        <AssignDialog escalation={record as never} />
        <UnassignButton escalation={record as never} />
        <ActionDialog
          label={translate('console.actions.add_note')}
          title={translate('console.actions.add_note')}
          action="addEscalationNote"
          formFields={['body']}
          toInput={(v) => ({ escalationId: record.id, body: v.body })}
          success="console.actions.note_added"
          testId="add-note"
        >
          <TextInput source="body" label="console.actions.note" multiline minRows={3} fullWidth validate={required()} autoFocus />
        </ActionDialog>
        {overdue ? (
          <>
            <ActionDialog
              label={translate('console.actions.mark_contacted')}
              title={translate('console.actions.mark_contacted_title')}
              action="markPartnerContacted"
              formFields={['note']}
              toInput={(v) => ({ escalationId: record.id, note: v.note ?? null })}
              success="console.actions.contacted"
              testId="mark-contacted"
            >
              <TextInput source="note" label="console.actions.contacted_note" multiline minRows={2} fullWidth />
            </ActionDialog>
            {can(order, 'RESEND_LINK') ? (
              <ActionDialog
                label={translate('console.actions.resend_link')}
                title={translate('console.actions.resend_link_title')}
                text={translate('console.actions.resend_link_text', { email: order.setupHolder ?? order.provisioningContactEmail })}
                action="updateProvisioningContact"
                toInput={() => ({ orderId: order.id, resend: true })}
                success="console.actions.link_resent"
                testId="resend-link"
              />
            ) : null}
            {can(order, 'CHANGE_CONTACT') ? (
              <ActionDialog
                label={translate('console.actions.change_contact')}
                title={translate('console.actions.change_contact_title')}
                text={translate('console.actions.change_contact_text')}
                action="updateProvisioningContact"
                formFields={['email']}
                defaultValues={{ email: order.provisioningContactEmail }}
                toInput={(v) => ({ orderId: order.id, email: v.email, resend: true })}
                success="console.actions.contact_changed"
                testId="change-contact"
              >
                <TextInput source="email" type="email" label="console.actions.new_contact_email" fullWidth validate={[required(), email()]} />
              </ActionDialog>
            ) : null}
            <ActionDialog
              label={translate('console.actions.resolve')}
              title={translate('console.actions.resolve_title')}
              action="resolveEscalation"
              formFields={['resolution']}
              toInput={(v) => ({ escalationId: record.id, resolution: v.resolution })}
              success="console.actions.resolved"
              variant="contained"
              color="success"
              testId="resolve"
            >
              {resolutionInput}
            </ActionDialog>
          </>
        ) : onHold ? (
          <>
            <ActionDialog
              label={translate('console.actions.confirm_organization')}
              title={translate('console.actions.confirm_organization_title')}
              text={
                organization
                  ? translate('console.actions.confirm_organization_text', { name: organization.name })
                  : translate('console.actions.confirm_organization_text_unknown')
              }
              action="resolveEscalation"
              formFields={['resolution']}
              defaultValues={{ resolution: translate('console.actions.confirm_resolution_default') }}
              toInput={(v) => ({ escalationId: record.id, resolution: v.resolution })}
              success="console.actions.organization_confirmed"
              variant="contained"
              color="success"
              testId="confirm-organization"
            >
              {resolutionInput}
            </ActionDialog>
            <ActionDialog
              label={translate('console.actions.reassign')}
              title={translate('console.actions.reassign_title')}
              text={translate('console.actions.reassign_text', { kind: translate(`console.enums.OrganizationKind.${wantedKind}`).toLowerCase() })}
              action="reassignOrderOrganization"
              formFields={['organizationId', 'resolution']}
              toInput={(v) => ({ escalationId: record.id, organizationId: v.organizationId, resolution: v.resolution || null })}
              success="console.actions.reassigned"
              testId="reassign"
            >
              <OrganizationInput source="organizationId" kind={wantedKind} label="console.actions.reassign_to" />
              <TextInput source="resolution" label="console.actions.resolution" multiline minRows={2} fullWidth />
            </ActionDialog>
            <ActionDialog
              label={translate('console.actions.cancel_order')}
              title={translate('console.actions.cancel_order_title', { number: order.ccwOrderNumber })}
              text={translate('console.actions.cancel_order_text')}
              action="cancelOrder"
              formFields={['reason']}
              toInput={(v) => ({ orderId: order.id, reason: v.reason })}
              success="console.actions.order_cancelled"
              color="error"
              testId="cancel-order"
            >
              <TextInput source="reason" label="console.actions.cancel_reason" multiline minRows={2} fullWidth validate={required()} />
            </ActionDialog>
          </>
        ) : (
          <>
            <Alert severity="info" sx={{ flexBasis: '100%' }}>
              {translate('console.work.not_on_hold')}
            </Alert>
            <ActionDialog
              label={translate('console.actions.resolve')}
              title={translate('console.actions.resolve_title')}
              action="resolveEscalation"
              formFields={['resolution']}
              toInput={(v) => ({ escalationId: record.id, resolution: v.resolution })}
              success="console.actions.resolved"
              variant="contained"
              color="success"
              testId="resolve"
            >
              {resolutionInput}
            </ActionDialog>
          </>
        )}
      </Stack>
    </Stack>
  );
}

function OrganizationInQuestion() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  if (!record || record.kind === 'OVERDUE_PROVISIONING' || record.kind === 'STALLED_SETUP') return null;
  const organization = record.organizationInQuestion;
  return (
    <Section title={translate('console.work.in_question')} testId="organization-in-question">
      {organization ? (
        <>
          <Row label={translate('resources.organizations.fields.name')}>
            <RecordLink resource="organizations" record={organization}>
              {organization.name}
            </RecordLink>
          </Row>
          <Row label={translate('resources.organizations.fields.kind')}>
            <EnumChip enumName="OrganizationKind" value={organization.kind} />
          </Row>
          <Row label={translate('resources.organizations.fields.city')}>{[organization.city, organization.country].filter(Boolean).join(', ') || '—'}</Row>
          {organization.partnerAccountId ? (
            <Row label={translate('resources.organizations.fields.partnerAccountId')}>{organization.partnerAccountId}</Row>
          ) : null}
          {organization.kind === 'CUSTOMER' ? (
            <Row label={translate('resources.organizations.fields.managingPartner')}>
              {organization.managingPartner ? (
                <RecordLink resource="organizations" record={organization.managingPartner}>
                  {organization.managingPartner.name}
                </RecordLink>
              ) : (
                translate('resources.organizations.self_setup')
              )}
            </Row>
          ) : null}
          <Row label={translate('resources.organizations.fields.createdAt')}>{format(organization.createdAt, false)}</Row>
          <Row label={translate('resources.organizations.fields.activeSubscriptionCount')}>{String(organization.activeSubscriptionCount)}</Row>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('console.work.in_question_none')}
        </Typography>
      )}
      {record.organizationNow ? (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="organization-now">
          {translate('console.team.now_mapped_to')}:{' '}
          <RecordLink resource="organizations" record={record.organizationNow}>
            {record.organizationNow.name}
          </RecordLink>
        </Alert>
      ) : null}
    </Section>
  );
}

function Details() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormatDate();
  const setting = useSettingText();
  if (!record) return null;
  const order = record.order;
  const f = (field: string) => translate(`resources.escalations.fields.${field}`);
  const o = (field: string) => translate(`resources.orders.fields.${field}`);
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Grid size={{ xs: 12, lg: 7 }}>
        <Stack spacing={2}>
          <Section title={translate('resources.escalations.sections.escalation')} testId="escalation-details">
            <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
              <EnumChip enumName="EscalationKind" value={record.kind} />
              <EnumChip enumName="EscalationStatus" value={record.status} />
              {record.slaBreached && !record.resolvedAt ? (
                <Chip size="small" color="error" variant="outlined" label={translate('console.sla.breached')} />
              ) : null}
            </Stack>
            <Row label={f('createdAt')}>{format(record.createdAt)}</Row>
            <Row label={f('ageHours')}>
              {`${formatAge(record.ageHours, translate)} · ${translate(record.slaBreached ? 'console.sla.breached' : 'console.sla.within')} (${translate('console.sla.due', { date: format(record.slaDueAt) })})`}
            </Row>
            <Row label={translate('console.sla.column')}>
              <SlaCountdown record={record as never} />
            </Row>
            <Row label={f('assignee')}>{record.assignee ? `${record.assignee.name} <${record.assignee.email}>` : '—'}</Row>
            <Row label={f('partnerContactedAt')}>
              {record.partnerContactedAt ? `${format(record.partnerContactedAt)} · ${record.partnerContactedBy?.name ?? ''}` : '—'}
            </Row>
            {record.resolvedAt ? (
              <>
                <Row label={f('resolvedAt')}>{format(record.resolvedAt)}</Row>
                <Row label={f('resolvedBy')}>{record.resolvedBy?.name ?? '—'}</Row>
                <Row label={f('resolution')}>{record.resolution ?? '—'}</Row>
              </>
            ) : null}
            <Divider sx={{ my: 2 }} />
            <Typography variant="subtitle1" gutterBottom>
              {translate('console.work.title')}
            </Typography>
            <Work />
          </Section>
          <OrganizationInQuestion />
          <Section title={translate('resources.escalations.sections.notes')} testId="notes">
            {record.notes.length ? (
              <Stack spacing={1.5}>
                {record.notes.map((note: any) => (
                  <Box key={note.id} data-testid="note">
                    <Typography variant="caption" color="text.secondary">
                      {format(note.createdAt)} · {note.author.name}
                    </Typography>
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                      {note.body}
                    </Typography>
                  </Box>
                ))}
              </Stack>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('resources.escalations.sections.no_notes')}
              </Typography>
            )}
          </Section>
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, lg: 5 }}>
        <Stack spacing={2}>
          <Section title={translate('resources.escalations.sections.order')} testId="order-summary">
            <Row label={o('ccwOrderNumber')}>
              <RecordLink resource="orders" record={order}>
                {order.ccwOrderNumber}
              </RecordLink>
            </Row>
            <Row label={f('orderStatus')}>
              <span data-testid="order-status">
                <EnumChip enumName="OrderStatus" value={order.status} />
              </span>
            </Row>
            <Row label={o('partnerName')}>{`${order.partnerName} (${order.partnerAccountId})`}</Row>
            <Row label={o('partnerOrganization')}>
              {order.partnerOrganization ? (
                <RecordLink resource="organizations" record={order.partnerOrganization}>
                  {order.partnerOrganization.name}
                </RecordLink>
              ) : (
                '—'
              )}
            </Row>
            <Row label={o('customerName')}>{order.customerName}</Row>
            <Row label={o('customerOrganization')}>
              {order.customerOrganization ? (
                <RecordLink resource="organizations" record={order.customerOrganization}>
                  {order.customerOrganization.name}
                </RecordLink>
              ) : (
                '—'
              )}
            </Row>
            <Row label={o('provisioningContactEmail')}>
              <span data-testid="contact-email">{order.provisioningContactEmail}</span>
            </Row>
            <Row label={o('services')}>
              <ServicesField services={order.services} />
            </Row>
            <Row label={o('requestedStartDate')}>{`${format(order.requestedStartDate, false)} (${setting('timeZone', order.timeZone)})`}</Row>
            <Row label={o('linkSentAt')}>
              <When value={order.linkSentAt} />
            </Row>
            <Row label={o('linkExpiresAt')}>
              <When value={order.linkExpiresAt} />
            </Row>
            <Row label={o('setupStartedAt')}>
              <When value={order.setupStartedAt} />
            </Row>
          </Section>
          <Section title={translate('console.timeline.title')}>
            <Timeline entries={order.auditTrail} dense />
          </Section>
        </Stack>
      </Grid>
    </Grid>
  );
}

export function EscalationShow() {
  return (
    <Show title={<Title />} actions={false}>
      <WhenDetailed field="notes">
        <Details />
      </WhenDetailed>
    </Show>
  );
}
