import AccessTimeIcon from '@mui/icons-material/AccessTime';
import CategoryIcon from '@mui/icons-material/Category';
import PersonIcon from '@mui/icons-material/Person';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Dialog,
  DialogContent,
  DialogTitle,
  Divider,
  IconButton,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Tabs,
  Tooltip,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { createContext, forwardRef, useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import {
  DataTable,
  DataTableBody,
  DataTableRow,
  FilterList,
  FilterListItem,
  FilterLiveSearch,
  List,
  SearchInput,
  useGetIdentity,
  useListContext,
  useNavigate,
  useRecordContext,
  useRefresh,
  useTranslate,
  type DataTableBodyProps,
  type DataTableRowProps,
} from 'react-admin';
import { AgeField, EmptyState, EnumField, RecordLink, SlaCountdown, When } from '../common/fields';
import { fitColumns } from '../common/fitColumns';
import { LIVE_POLL_MS, useEscalationCounts } from '../common/live';
import { useConsoleDataProvider } from '../common/useConsoleDataProvider';
import { AssignDialog, ResolveDialog } from './EscalationDialogs';
import { ListActionsWithExport } from '../bulk/CsvExportButton';
import { EscalationBulkActions } from '../bulk/EscalationBulkActions';
import { OrderNumber, Truncated } from '../common/Truncated';
import { SavedViewsMenu } from '../workspace/SavedViewsMenu';
import { ColumnsChooser } from '../workspace/ColumnsChooser';
import { EscalationPreview } from './EscalationPreview';

const UNRESOLVED = ['OPEN', 'IN_PROGRESS'];
const RESOLVED = ['RESOLVED'];
/** The queue's columns (their sources), in their default order: what the column chooser and a saved view choose from. */
export const QUEUE_COLUMNS = [
  'kind',
  'order.ccwOrderNumber',
  'order.partnerName',
  'order.customerName',
  'createdAt',
  'slaDueAt',
  'status',
  'assignee.name',
  'partnerContactedAt',
] as const;
/** While the preview shows beside the queue, these columns (all in the preview) make room for it. */
const ROOM_FOR_PREVIEW = ['order.customerName', 'createdAt', 'status', 'partnerContactedAt'];
const KINDS = ['OVERDUE_PROVISIONING', 'UNRECOGNIZED_PARTNER_ORGANIZATION', 'UNRECOGNIZED_CUSTOMER_ORGANIZATION', 'STALLED_SETUP'];

function FilterSidebar() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 180, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <FilterLiveSearch source="partner" label={translate('resources.escalations.filters.partner')} />
        <FilterList label="resources.escalations.filters.kind" icon={<CategoryIcon />}>
          {KINDS.map((kind) => (
            <FilterListItem key={kind} label={`console.enums.EscalationKind.${kind}`} value={{ kind }} />
          ))}
        </FilterList>
        <FilterList label="resources.escalations.filters.assignee" icon={<PersonIcon />}>
          {identity ? <FilterListItem label="resources.escalations.filters.mine" value={{ assigneeId: identity.id, unassigned: undefined }} /> : null}
          <FilterListItem label="resources.escalations.filters.unassigned" value={{ unassigned: true, assigneeId: undefined }} />
        </FilterList>
        <FilterList label="resources.escalations.filters.age" icon={<AccessTimeIcon />}>
          <FilterListItem label="resources.escalations.filters.older_1d" value={{ olderThanHours: 24 }} />
          <FilterListItem label="resources.escalations.filters.sla_breached" value={{ slaBreached: true }} />
          <FilterListItem label="resources.escalations.filters.older_7d" value={{ olderThanHours: 168 }} />
        </FilterList>
      </CardContent>
    </Card>
  );
}

/** "To do" and "Resolved", each with its count under the other filters. */
function StatusTabs() {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const { status: _status, ...others } = filterValues;
  const { data } = useEscalationCounts(others);
  const counts: Record<string, number> = Object.fromEntries((data?.byStatus ?? []).map((s) => [s.status, s.count]));
  const resolved = Array.isArray(filterValues.status) && filterValues.status.includes('RESOLVED');
  const unresolvedCount = (counts.OPEN ?? 0) + (counts.IN_PROGRESS ?? 0);
  return (
    <>
      <Tabs
        value={resolved ? 'resolved' : 'unresolved'}
        onChange={(_e, value) => setFilters({ ...filterValues, status: value === 'resolved' ? RESOLVED : UNRESOLVED }, displayedFilters)}
        indicatorColor="primary"
      >
        <Tab value="unresolved" label={`${translate('resources.escalations.tabs.unresolved')} (${unresolvedCount})`} data-testid="tab-unresolved" />
        <Tab value="resolved" label={`${translate('resources.escalations.tabs.resolved')} (${counts.RESOLVED ?? 0})`} data-testid="tab-resolved" />
      </Tabs>
      <Divider />
    </>
  );
}

/**
 * The queue follows other reps' changes: every LIVE_POLL_MS it reads the page shown again, and when
 * rows came or went it says so ("3 new · 1 changed by another rep") instead of moving rows under the
 * rep's cursor; rows another rep took off the queue fade. "Show" loads the page as it is now.
 */
function useQueueChanges(): { fresh: number; gone: Set<string> } {
  const { data, filterValues, sort, page, perPage, resource, isFetching } = useListContext();
  const dataProvider = useConsoleDataProvider();
  const shownAt = useRef(0);
  const shown = useMemo(() => {
    shownAt.current = Date.now();
    return new Set((data ?? []).map((r) => String(r.id)));
  }, [data]);
  const latest = useQuery({
    queryKey: ['escalationQueueWatch', filterValues, sort, page, perPage],
    queryFn: () => dataProvider.getList(resource, { filter: filterValues, sort, pagination: { page, perPage } }),
    refetchInterval: LIVE_POLL_MS,
  });
  return useMemo(() => {
    // Only a read newer than the rows shown says anything (after this tab's own change both reload).
    if (!latest.data || isFetching || latest.dataUpdatedAt <= shownAt.current) return { fresh: 0, gone: new Set<string>() };
    const now = new Set(latest.data.data.map((r) => String(r.id)));
    return { fresh: [...now].filter((id) => !shown.has(id)).length, gone: new Set([...shown].filter((id) => !now.has(id))) };
  }, [latest.data, latest.dataUpdatedAt, isFetching, shown]);
}

function QueueChangesBanner({ fresh, gone }: { fresh: number; gone: number }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  if (!fresh && !gone) return null;
  const text = [fresh ? translate('console.live.new', { smart_count: fresh }) : null, gone ? translate('console.live.gone', { smart_count: gone }) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <Alert
      severity="info"
      role="status"
      data-testid="queue-changes"
      sx={{ mx: 1, my: 1 }}
      action={
        <MuiButton color="inherit" size="small" onClick={() => refresh()} data-testid="queue-changes-show">
          {translate('console.live.show')}
        </MuiButton>
      }
    >
      {text}
    </Alert>
  );
}

/** The escalation shown in the preview beside the queue, and how a row selects itself. */
const PreviewContext = createContext<{ selected: string | null; select: (id: string) => void }>({ selected: null, select: () => undefined });

/**
 * A row a keyboard reaches (Tab, j/k) and opens with Enter; its label says which escalation it is. A
 * row in focus (clicked, or reached by j/k) shows in the preview beside the queue.
 */
const FocusableRow = forwardRef<HTMLTableRowElement, DataTableRowProps>(function FocusableRow(props, ref) {
  const record = useRecordContext();
  const navigate = useNavigate();
  const translate = useTranslate();
  const preview = useContext(PreviewContext);
  if (!record) return null;
  const open = (event: ReactKeyboardEvent<HTMLTableRowElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) navigate(`/escalations/${record.id}/show`);
  };
  return (
    <DataTableRow
      ref={ref}
      {...props}
      tabIndex={0}
      data-id={record.id}
      aria-label={translate('console.keys.row', {
        kind: translate(`console.enums.EscalationKind.${record.kind}`),
        number: record.order.ccwOrderNumber,
        customer: record.order.customerName,
      })}
      onKeyDown={open}
      onFocus={(event) => {
        if (event.target === event.currentTarget) preview.select(String(record.id));
      }}
      aria-selected={preview.selected === String(record.id)}
      selected={preview.selected === String(record.id) || props.selected}
    />
  );
});

function FocusableBody(props: DataTableBodyProps) {
  return <DataTableBody {...props} row={FocusableRow as never} />;
}

const SHORTCUTS: [string, string][] = [
  ['j', 'console.keys.next'],
  ['k', 'console.keys.previous'],
  ['Enter', 'console.keys.open'],
  ['a', 'console.keys.assign'],
  ['r', 'console.keys.resolve'],
  ['/', 'console.keys.search'],
  ['?', 'console.keys.help'],
];

function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title" data-testid="shortcuts">
      <DialogTitle id="shortcuts-title">{translate('console.keys.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {SHORTCUTS.map(([key, what]) => (
              <TableRow key={key}>
                <TableCell component="th" scope="row">
                  <kbd>{key}</kbd>
                </TableCell>
                <TableCell>{translate(what)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}

/** Keys that belong to a text field, an open menu or an open dialog are theirs, not the queue's. */
function typingOrDialog(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return true;
  // An open dialog, menu or list of options (MUI renders each in a modal or popper of its own).
  // (a closed menu kept mounted is MuiModal-hidden).
  return !!document.querySelector('.MuiModal-root:not(.MuiModal-hidden), .MuiAutocomplete-popper, [role="listbox"]');
}

/** The queue worked from the keyboard: j/k move between rows, Enter opens, a assigns, r resolves, / searches, ? lists them. */
function useQueueKeys(): { target: { id: string; action: 'assign' | 'resolve' } | null; help: boolean; close: () => void; closeHelp: () => void } {
  const [target, setTarget] = useState<{ id: string; action: 'assign' | 'resolve' } | null>(null);
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingOrDialog(event)) return;
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('[data-testid="escalation-queue"] tbody tr[data-id]')];
      const current = rows.findIndex((row) => row === document.activeElement);
      if (event.key === 'j' || event.key === 'k') {
        if (!rows.length) return;
        event.preventDefault();
        const next = current < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, current + (event.key === 'j' ? 1 : -1)));
        rows[next].focus();
      } else if ((event.key === 'a' || event.key === 'r') && current >= 0) {
        event.preventDefault();
        setTarget({ id: rows[current].dataset.id!, action: event.key === 'a' ? 'assign' : 'resolve' });
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('input[name="q"]');
        if (!search) return;
        event.preventDefault();
        search.focus();
      } else if (event.key === '?') {
        event.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { target, help, close: () => setTarget(null), closeHelp: () => setHelp(false) };
}

function ShortcutsButton({ onClick }: { onClick: () => void }) {
  const translate = useTranslate();
  return (
    <Tooltip title={`${translate('console.keys.button')} (?)`}>
      <IconButton onClick={onClick} aria-label={translate('console.keys.button')} data-testid="shortcuts-button" size="small">
        <KeyboardIcon />
      </IconButton>
    </Tooltip>
  );
}

function Queue() {
  const { fresh, gone } = useQueueChanges();
  const keys = useQueueKeys();
  const [helpByButton, setHelpByButton] = useState(false);
  const { data } = useListContext();
  const record = keys.target ? data?.find((r) => String(r.id) === keys.target!.id) : undefined;
  const [selected, setSelected] = useState<string | null>(null);
  const previewed = selected ? data?.find((r) => String(r.id) === selected) : undefined;
  const preview = useMemo(() => ({ selected, select: setSelected }), [selected]);
  return (
    <PreviewContext.Provider value={preview}>
      <QueueChangesBanner fresh={fresh} gone={gone.size} />
      <Box sx={{ display: 'flex', alignItems: 'stretch', minWidth: 0 }}>
        {/* No overflow of its own: the bulk actions' toolbar sits above the table's box and would be clipped. The table
            fits beside the preview because its wide columns are cut (OrderNumber, Truncated) or hidden (fitColumns). */}
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <DataTable
            rowClick={false}
            body={FocusableBody}
            bulkActionButtons={<EscalationBulkActions />}
            empty={<EmptyState resource="escalations" />}
            data-testid="escalation-queue"
            rowSx={(row) => (gone.has(String(row.id)) ? { opacity: 0.45, textDecoration: 'line-through' } : {})}
            sx={{
              ...(fitColumns([
                { below: 1536, columns: ['partnerContactedAt', 'createdAt'] },
                { below: 1440, columns: ['order.customerName'] },
              ]) as object),
              // The preview shows these: hidden at every width while it is open.
              ...(previewed ? (fitColumns([{ below: 100_000, columns: ROOM_FOR_PREVIEW }]) as object) : {}),
              '& .RaDataTable-row': { cursor: 'pointer' },
            }}
          >
            <DataTable.Col source="kind" render={() => <EnumField source="kind" enumName="EscalationKind" short />} />
            <DataTable.Col
              source="order.ccwOrderNumber"
              label="resources.escalations.fields.order"
              cellSx={() => ({ whiteSpace: 'nowrap' })}
              render={(row) => (
                <RecordLink resource="orders" record={row.order}>
                  <OrderNumber value={row.order.ccwOrderNumber} width={previewed ? 120 : 140} />
                </RecordLink>
              )}
            />
            <DataTable.Col
              source="order.partnerName"
              label="resources.escalations.fields.partner"
              disableSort
              render={(row) => <Truncated text={row.order.partnerName} />}
            />
            <DataTable.Col
              source="order.customerName"
              label="resources.escalations.fields.customer"
              disableSort
              render={(row) => <Truncated text={row.order.customerName} />}
            />
            <DataTable.Col source="createdAt" label="resources.escalations.fields.ageHours" render={() => <AgeField />} />
            <DataTable.Col source="slaDueAt" label="console.sla.column" disableSort render={() => <SlaCountdown compact />} />
            <DataTable.Col source="status" render={() => <EnumField source="status" enumName="EscalationStatus" />} />
            <DataTable.Col
              source="assignee.name"
              label="resources.escalations.fields.assignee"
              disableSort
              render={(row) => <Truncated text={row.assignee?.name ?? '—'} width={120} />}
            />
            <DataTable.Col source="partnerContactedAt" disableSort render={(row) => <ContactedAt value={row.partnerContactedAt} />} />
          </DataTable>
        </Box>
        {previewed ? <EscalationPreview record={previewed} onClose={() => setSelected(null)} /> : null}
      </Box>
      {record && keys.target?.action === 'assign' ? <AssignDialog escalation={record} open onClose={keys.close} /> : null}
      {record && keys.target?.action === 'resolve' ? <ResolveDialog escalation={record} open onClose={keys.close} /> : null}
      <ShortcutsDialog
        open={keys.help || helpByButton}
        onClose={() => {
          keys.closeHelp();
          setHelpByButton(false);
        }}
      />
      <ShortcutsHelpSlot onOpen={() => setHelpByButton(true)} />
    </PreviewContext.Provider>
  );
}

function ContactedAt({ value }: { value: string | null | undefined }) {
  return value ? <When value={value} /> : <>—</>;
}

/** The shortcuts button lives in the list's toolbar (rendered there through a portal-free slot: the toolbar below). */
function ShortcutsHelpSlot({ onOpen }: { onOpen: () => void }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', padding: '0 8px 4px' }}>
      <ShortcutsButton onClick={onOpen} />
    </div>
  );
}

export function EscalationList() {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'createdAt', order: 'ASC' }}
      filterDefaultValues={{ status: UNRESOLVED }}
      filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.escalations.filters.search')} sx={{ minWidth: 320 }} />]}
      aside={<FilterSidebar />}
      perPage={25}
      exporter={false}
      actions={
        <ListActionsWithExport>
          <SavedViewsMenu resource="ESCALATIONS" columns={QUEUE_COLUMNS} />
          <ColumnsChooser
            columns={{
              kind: 'resources.escalations.fields.kind',
              'order.ccwOrderNumber': 'resources.escalations.fields.order',
              'order.partnerName': 'resources.escalations.fields.partner',
              'order.customerName': 'resources.escalations.fields.customer',
              createdAt: 'resources.escalations.fields.ageHours',
              slaDueAt: 'console.sla.column',
              status: 'resources.escalations.fields.status',
              'assignee.name': 'resources.escalations.fields.assignee',
              partnerContactedAt: 'resources.escalations.fields.partnerContactedAt',
            }}
          />
        </ListActionsWithExport>
      }
      empty={<EmptyState resource="escalations" />}
      sx={{ '& .RaList-main': { minWidth: 0 } }}
    >
      <StatusTabs />
      <Queue />
    </List>
  );
}
