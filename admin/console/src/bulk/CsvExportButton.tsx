import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, FilterButton, TopToolbar, useListContext, useNotify } from 'react-admin';
import { exportQuery } from '../dataProvider';
import { downloadCsv } from './download';

/** "Export CSV": every row the list's filters match (all pages, not only the one shown), in the list's order. */
export function CsvExportButton() {
  const { resource, filterValues, sort } = useListContext();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      await downloadCsv(`/export/${resource}.csv?${exportQuery(resource, filterValues, sort)}`);
    } catch (error) {
      notify('console.export.failed', { type: 'error', messageArgs: { _: `${(error as Error).message}` } });
    } finally {
      setBusy(false);
    }
  };
  return <Button label="console.export.button" onClick={onClick} disabled={busy} startIcon={<DownloadIcon />} data-testid="csv-export" />;
}

/** A list's toolbar: its filters' button and the CSV export. */
export function ListActionsWithExport({ children }: { children?: React.ReactNode }) {
  return (
    <TopToolbar>
      <FilterButton />
      {children}
      <CsvExportButton />
    </TopToolbar>
  );
}

/** On an order's page: its timeline as a CSV file. */
export function AuditTrailCsvButton({ orderId }: { orderId: string }) {
  const notify = useNotify();
  return (
    <Button
      label="console.export.audit_trail"
      startIcon={<DownloadIcon />}
      onClick={() =>
        downloadCsv(`/export/orders/${encodeURIComponent(orderId)}/audit-trail.csv`).catch(() => notify('console.export.failed', { type: 'error' }))
      }
    />
  );
}
