import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { client } from '../dataProvider/client';
import { BULK_ACTIONS } from '../dataProvider/documents';
import { describeUserError } from '../i18n/user-errors';
import { i18nProvider } from '../i18n';

type BulkAction = keyof typeof BULK_ACTIONS;

/** Runs one bulk mutation on the selected escalations and says what became of them. */
function useBulk() {
  const { selectedIds, resource } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const translate = useTranslate();
  return async (action: BulkAction, input: Record<string, unknown>): Promise<boolean> => {
    try {
      const { data } = await client.mutate({ mutation: BULK_ACTIONS[action], variables: { input: { ...input, escalationIds: selectedIds } } });
      const payload = (data as Record<string, any>)[action];
      const describe = (e: any) => describeUserError(e, i18nProvider.getLocale(), i18nProvider.translate);
      if (payload.errors.length) {
        notify(payload.errors.map(describe).join(' '), { type: 'error' });
        return false;
      }
      const failed = payload.results.filter((r: any) => r.errors.length);
      const done = payload.results.length - failed.length;
      if (failed.length) {
        const reasons = [...new Set(failed.flatMap((r: any) => r.errors.map(describe)))].join(' ');
        notify(translate('console.bulk.partly', { done, failed: failed.length, reasons }), { type: 'warning' });
      } else {
        notify(translate('console.bulk.done', { smart_count: done }), { type: 'success' });
      }
      unselectAll();
      refresh();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return false;
    }
  };
}

/** The queue's bulk actions: assign the selected escalations to me, or resolve them with one resolution. */
export function EscalationBulkActions() {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const bulk = useBulk();
  const [resolving, setResolving] = useState(false);
  const [resolution, setResolution] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (action: BulkAction, input: Record<string, unknown>) => {
    setBusy(true);
    const ok = await bulk(action, input);
    setBusy(false);
    return ok;
  };
  return (
    <>
      <Button label="console.bulk.assign_to_me" startIcon={<AssignmentIndIcon />} disabled={busy} onClick={() => run('assignEscalations', {})} />
      <Button label="console.bulk.resolve" startIcon={<DoneAllIcon />} disabled={busy} onClick={() => setResolving(true)} />
      <Dialog open={resolving} onClose={() => setResolving(false)} fullWidth maxWidth="sm" aria-labelledby="bulk-resolve-title">
        <DialogTitle id="bulk-resolve-title">{translate('console.bulk.resolve_title', { smart_count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          <TextField
            label={translate('console.bulk.resolution')}
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
            multiline
            minRows={2}
            fullWidth
            required
            sx={{ mt: 1 }}
            slotProps={{ htmlInput: { name: 'resolution' } }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <MuiButton onClick={() => setResolving(false)}>{translate('console.common.cancel')}</MuiButton>
          <MuiButton
            variant="contained"
            disabled={busy || !resolution.trim()}
            onClick={async () => {
              if (await run('resolveEscalations', { resolution })) {
                setResolving(false);
                setResolution('');
              }
            }}
          >
            {translate('console.bulk.resolve')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
