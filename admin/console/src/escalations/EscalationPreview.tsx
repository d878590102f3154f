import CloseIcon from '@mui/icons-material/Close';
import OpenInFullIcon from '@mui/icons-material/OpenInFull';
import { Box, Button, IconButton, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, useTranslate, type RaRecord } from 'react-admin';
import { AgeField, EnumChip, RecordLink, SlaCountdown, When } from '../common/fields';
import { AssignDialog, ResolveDialog, UnassignButton } from './EscalationDialogs';

/** The width of the preview beside the queue (the queue's table hides its less needed columns while it shows). */
export const PREVIEW_WIDTH = 320;

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box sx={{ mb: 1.25 }}>
      <Typography component="dt" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {label}
      </Typography>
      <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </Box>
  );
}

/**
 * Beside the queue: the escalation a rep selected (a click on its row, or j/k), its essentials and its
 * actions (assign, resolve, give back), without leaving the queue. "Open" goes to its page.
 */
export function EscalationPreview({ record, onClose }: { record: RaRecord; onClose: () => void }) {
  const translate = useTranslate();
  const f = (field: string) => translate(`resources.escalations.fields.${field}`);
  const resolved = record.status === 'RESOLVED';
  return (
    <RecordContextProvider value={record}>
      <Box
        component="aside"
        aria-labelledby="escalation-preview-title"
        data-testid="escalation-preview"
        sx={{ width: PREVIEW_WIDTH, flexShrink: 0, borderLeft: 1, borderColor: 'divider', p: 2, alignSelf: 'flex-start', position: 'sticky', top: 56 }}
      >
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <Typography id="escalation-preview-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600, overflowWrap: 'anywhere', minWidth: 0 }}>
            {translate('console.workspace.preview.title', { number: record.order.ccwOrderNumber })}
          </Typography>
          <IconButton size="small" onClick={onClose} aria-label={translate('console.workspace.preview.close')} data-testid="preview-close">
            <CloseIcon fontSize="small" />
          </IconButton>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap', rowGap: 1 }}>
          <EnumChip enumName="EscalationKind" value={record.kind} />
          <EnumChip enumName="EscalationStatus" value={record.status} />
        </Stack>
        <Box component="dl" sx={{ m: 0 }}>
          <Item label={f('order')}>
            <RecordLink resource="orders" record={record.order}>
              {record.order.ccwOrderNumber}
            </RecordLink>
          </Item>
          <Item label={f('partner')}>
            <Typography variant="body2">{record.order.partnerName}</Typography>
          </Item>
          <Item label={f('customer')}>
            <Typography variant="body2">{record.order.customerName}</Typography>
          </Item>
          <Item label={translate('console.workspace.preview.contact')}>
            <Typography variant="body2">{record.order.provisioningContactEmail ?? '—'}</Typography>
          </Item>
          <Item label={f('ageHours')}>
            <AgeField />
          </Item>
          <Item label={translate('console.sla.column')}>
            <SlaCountdown />
          </Item>
          <Item label={f('assignee')}>
            <Typography variant="body2">{record.assignee ? `${record.assignee.name} <${record.assignee.email}>` : '—'}</Typography>
          </Item>
          <Item label={f('partnerContactedAt')}>{record.partnerContactedAt ? <When value={record.partnerContactedAt} /> : '—'}</Item>
        </Box>
        <Stack spacing={1} sx={{ mt: 2 }}>
          {resolved ? null : <AssignDialog escalation={record as never} />}
          {resolved ? null : <ResolveDialog escalation={record as never} />}
          <UnassignButton escalation={record as never} />
          <Button component={Link} to={`/escalations/${record.id}/show`} startIcon={<OpenInFullIcon />} data-testid="preview-open">
            {translate('console.workspace.preview.open')}
          </Button>
        </Stack>
      </Box>
    </RecordContextProvider>
  );
}
