import { Chip, LinearProgress, Link as MuiLink, Stack, Typography, type ChipProps } from '@mui/material';
import { Link, SaveButton, Toolbar, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n';

type Color = ChipProps['color'];

/** Colours that say how urgent or how done a state is. */
const COLORS: Record<string, Record<string, Color>> = {
  EscalationStatus: { OPEN: 'warning', IN_PROGRESS: 'info', RESOLVED: 'success' },
  EscalationKind: {
    OVERDUE_PROVISIONING: 'warning',
    UNRECOGNIZED_PARTNER_ORGANIZATION: 'secondary',
    UNRECOGNIZED_CUSTOMER_ORGANIZATION: 'secondary',
    STALLED_SETUP: 'warning',
  },
  OrderStatus: {
    PLACED: 'default',
    AWAITING_SETUP: 'info',
    SETUP_IN_PROGRESS: 'info',
    HANDED_OVER: 'info',
    ON_HOLD: 'error',
    SET_UP: 'primary',
    PROVISIONED: 'success',
    EXPIRED: 'default',
    CANCELLED: 'default',
  },
  SubscriptionStatus: { PENDING: 'warning', ACTIVE: 'success' },
  OutboxStatus: { PENDING: 'info', SENT: 'success', FAILED: 'error' },
  WebhookDeliveryStatus: { PENDING: 'info', DELIVERED: 'success', FAILED: 'error' },
  OrganizationKind: { PARTNER: 'primary', CUSTOMER: 'secondary' },
  RepRole: { REP: 'default', ADMIN: 'primary' },
};

/** An enum value as a translated chip, e.g. an order's status. */
export function EnumChip({
  enumName,
  value,
  short,
  size = 'small',
}: {
  enumName: string;
  value: string | null | undefined;
  short?: boolean;
  size?: ChipProps['size'];
}) {
  const translate = useTranslate();
  if (!value) return <Typography variant="body2">{translate('console.common.none')}</Typography>;
  const name = short && enumName === 'EscalationKind' ? 'EscalationKindShort' : enumName;
  return (
    <Chip
      size={size}
      color={COLORS[enumName]?.[value] ?? 'default'}
      variant={value === 'CANCELLED' || value === 'EXPIRED' ? 'outlined' : 'filled'}
      label={translate(`console.enums.${name}.${value}`, { _: value })}
      data-value={value}
    />
  );
}

/** The same, reading `source` from the record in context (for lists and show pages). */
export function EnumField({ source, enumName, short }: { source: string; enumName: string; short?: boolean; label?: string }) {
  const record = useRecordContext();
  return <EnumChip enumName={enumName} value={source.split('.').reduce((v: any, k) => v?.[k], record)} short={short} />;
}

export function useFormatDate() {
  const [locale] = useLocaleState();
  return (value: string | Date | null | undefined, withTime = true): string => {
    if (!value) return '—';
    const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
    return new Intl.DateTimeFormat(
      intlLocale(locale),
      withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' },
    ).format(date);
  };
}

/** A date (and time) in the console's language. `date` values (YYYY-MM-DD) show without a time. */
export function WhenField({ source, dateOnly }: { source: string; dateOnly?: boolean; label?: string }) {
  const record = useRecordContext();
  const format = useFormatDate();
  const value = source.split('.').reduce((v: any, k) => v?.[k], record);
  return <Typography variant="body2">{format(value, !dateOnly)}</Typography>;
}

/** A date (and time) value in the console's language. */
export function When({ value, dateOnly }: { value: string | Date | null | undefined; dateOnly?: boolean }) {
  const format = useFormatDate();
  return <Typography variant="body2">{format(value, !dateOnly)}</Typography>;
}

export function formatAge(hours: number, translate: ReturnType<typeof useTranslate>): string {
  const days = Math.floor(hours / 24);
  return days > 0 ? translate('console.common.age', { days, hours: hours % 24 }) : translate('console.common.age_hours', { hours });
}

/** How long an escalation has been open, and whether it is past its SLA. */
export function AgeField(_props: { label?: string; sortBy?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" sx={{ minWidth: 64 }}>
        {formatAge(record.ageHours, translate)}
      </Typography>
      {record.slaBreached && record.status !== 'RESOLVED' ? (
        <Chip size="small" color="error" variant="outlined" label={translate('console.sla.breached')} />
      ) : null}
    </Stack>
  );
}

/** A link to another record's show page, without fetching it again. */
export function RecordLink({ resource, record, children }: { resource: string; record: { id: string } | null | undefined; children: React.ReactNode }) {
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record) return <Typography variant="body2">{translate('console.common.none')}</Typography>;
  return (
    <MuiLink component={Link} to={createPath({ resource, id: record.id, type: 'show' })} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {children}
    </MuiLink>
  );
}

/** The services of an order or subscription: "Meetings × 25 · Calling × 25". */
export function ServicesField({ source = 'services', services: given }: { source?: string; label?: string; services?: { kind: string; quantity: number }[] }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const services: { kind: string; quantity: number }[] = given ?? record?.[source] ?? [];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {services.map((s) => (
        <Chip key={s.kind} size="small" variant="outlined" label={`${translate(`console.enums.ServiceKind.${s.kind}`)} × ${s.quantity}`} />
      ))}
    </Stack>
  );
}

export function DemoChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.demo ? <Chip size="small" variant="outlined" label={translate('console.demo')} sx={{ ml: 1 }} /> : null;
}

/**
 * Show pages first get the record from the list they came from (react-admin's placeholder data),
 * which lacks the detail fields; this waits until `field` is there.
 */
export function WhenDetailed({ field, children }: { field: string; children: React.ReactNode }) {
  const record = useRecordContext();
  if (!record || record[field] === undefined) return <LinearProgress sx={{ m: 2 }} />;
  return <>{children}</>;
}

/** Nothing is deleted from the console: forms save, that is all. */
export function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}
