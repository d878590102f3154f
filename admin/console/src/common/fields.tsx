import { Box, Chip, LinearProgress, Link as MuiLink, Stack, Typography, type ChipProps } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, SaveButton, Toolbar, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatDateTime, settingText } from '../../../shared/glossary.js';

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
  SubscriptionStatus: { PENDING: 'warning', ACTIVE: 'success', SUSPENDED: 'error', CANCELLED: 'default' },
  SubscriptionChangeStatus: { SCHEDULED: 'info', APPLIED: 'success', SUPERSEDED: 'default', VOIDED: 'default' },
  WebhookDeliveryHold: { SUBSCRIPTION_PAUSED: 'warning', SUBSCRIPTION_DISABLED: 'warning' },
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

/** A stored setting (language, time zone, country…) by its name in the console's language. */
export function useSettingText() {
  const [locale] = useLocaleState();
  return (key: string, value: unknown): string => settingText(locale === 'it' ? 'it' : 'en', key, value);
}

export function useFormatDate() {
  const [locale] = useLocaleState();
  const lang = locale === 'it' ? 'it' : 'en';
  // One format per language, the portal's too (admin/shared/glossary.ts).
  return (value: string | Date | null | undefined, withTime = true): string => {
    if (!value) return '—';
    return withTime && !(typeof value === 'string' && value.length === 10) ? formatDateTime(lang, value) : formatDate(lang, value);
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

/** The time now, ticking every `everyMs` (countdowns). */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** A span of time in the largest unit that reads well: "45 min", "5 h", "3 d". */
export function formatSpan(ms: number, translate: ReturnType<typeof useTranslate>): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return translate('console.sla.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return translate('console.sla.hours', { n: hours });
  return translate('console.sla.days', { n: Math.round(hours / 24) });
}

/** An unresolved escalation's SLA countdown ("due in 5 h", "3 h late"), from the target of its kind (`slaDueAt`). */
export function SlaCountdown({ record: given, compact }: { record?: { slaDueAt?: string; status?: string }; compact?: boolean }) {
  const context = useRecordContext();
  const record = given ?? context;
  const translate = useTranslate();
  const now = useNow();
  if (!record?.slaDueAt || record.status === 'RESOLVED') return <Typography variant="body2">{translate('console.common.none')}</Typography>;
  const left = new Date(record.slaDueAt).getTime() - now;
  const time = formatSpan(left, translate);
  const full = translate(left < 0 ? 'console.sla.late_by' : 'console.sla.due_in', { time });
  // In a list, compact: "5 h" left, "−3 h" past the target; the sentence on hover and for screen readers.
  return (
    <Typography
      variant="body2"
      color={left < 0 ? 'error' : 'text.primary'}
      sx={{ whiteSpace: 'nowrap' }}
      data-testid="sla-countdown"
      title={compact ? full : undefined}
      aria-label={compact ? full : undefined}
    >
      {compact ? `${left < 0 ? '−' : ''}${time}` : full}
    </Typography>
  );
}

/** What a list is and what to do when it shows nothing (react-admin's `empty`, and the table's when filters leave no row). */
export function EmptyState({ resource, children }: { resource: string; children?: React.ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, maxWidth: 720 }} data-testid="empty-state">
      <Typography variant="h6" component="p" gutterBottom>
        {translate(`console.empty.${resource}_title`)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`console.empty.${resource}_text`)}
      </Typography>
      {children ? <Box sx={{ mt: 2 }}>{children}</Box> : null}
    </Box>
  );
}
