import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { auditActionKey, formatDate } from '../../../shared/glossary.js';
import { useFormatDate } from './fields';

export interface AuditEntry {
  id: string;
  at: string;
  actorKind: string;
  actorLabel: string | null;
  action: string;
  targetType?: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A value as people read it: enum values translated, others as they are. */
function readable(value: string, translate: Translate): string {
  for (const enumName of ['EscalationKind', 'OrderStatus', 'EscalationStatus', 'SubscriptionStatus']) {
    const text = translate(`console.enums.${enumName}.${value}`, { _: '' });
    if (text) return text;
  }
  return value;
}

interface ServiceLineLike {
  kind: string;
  quantity: number;
}

const serviceLines = (value: unknown): ServiceLineLike[] | null =>
  Array.isArray(value) && value.every((line) => line && typeof line.kind === 'string' && typeof line.quantity === 'number') ? value : null;

/** New quantities, each against the one before where there was one: "Meetings 10 → 20, Calling 5". */
function describeQuantities(before: unknown, after: unknown, translate: Translate): string | null {
  const next = serviceLines(after);
  if (!next) return null;
  const previous = new Map((serviceLines(before) ?? []).map((line) => [line.kind, line.quantity]));
  return next
    .map((line) => {
      const name = translate(`console.enums.ServiceKind.${line.kind}`, { _: line.kind });
      const was = previous.get(line.kind);
      return was !== undefined && was !== line.quantity ? `${name} ${was} → ${line.quantity}` : `${name} ${line.quantity}`;
    })
    .join(', ');
}

/** What changed, in one readable line: the notes, reasons and recipients, state changes, new quantities and when a change takes effect. */
function describeChange(entry: AuditEntry, translate: Translate, day: (iso: string) => string): string {
  const after = entry.after ?? {};
  const before = entry.before ?? {};
  const parts: string[] = [];
  for (const key of [
    'body',
    'resolution',
    'reason',
    'recipient',
    'provisioningContactEmail',
    'assignee',
    'organizationName',
    'subdomain',
    'customerAdministrator',
    'kind',
  ]) {
    const value = after[key];
    if (typeof value !== 'string' || !value) continue;
    const quoted = key === 'body' || key === 'resolution' || (key === 'reason' && !/^[A-Z_]+$/.test(value));
    parts.push(quoted ? `“${value}”` : readable(value, translate));
  }
  if (typeof before.status === 'string' && typeof after.status === 'string' && before.status !== after.status) {
    parts.push(`${readable(before.status, translate)} → ${readable(after.status, translate)}`);
  }
  if (entry.targetType === 'Subscription') {
    const quantities = describeQuantities(before.services, after.services, translate);
    if (quantities) parts.push(quantities);
    if (typeof after.effectiveAt === 'string') parts.push(translate('console.timeline.takes_effect', { date: day(after.effectiveAt) }));
    else if (typeof after.scheduledChangeId === 'string') parts.push(translate('console.timeline.applied_as_scheduled'));
  }
  if (entry.action === 'organization.updated' || entry.action === 'rep.updated') {
    for (const key of Object.keys(after)) {
      if (key === 'status') continue;
      parts.push(`${key}: ${String(before[key] ?? '—')} → ${String(after[key])}`);
    }
  }
  return parts.join(' · ');
}

/**
 * Who did what, when: an order's (or an object's) audit trail, newest first. A subscription change's
 * effective day reads in `timeZone` (the order's) when given; `annotate` adds to an entry (the state of
 * a scheduled change).
 */
export function Timeline({
  entries,
  dense,
  timeZone,
  annotate,
}: {
  entries: AuditEntry[] | null | undefined;
  dense?: boolean;
  timeZone?: string;
  annotate?: (entry: AuditEntry) => ReactNode;
}) {
  const translate = useTranslate();
  const format = useFormatDate();
  const [locale] = useLocaleState();
  const day = (iso: string) => formatDate(locale === 'it' ? 'it' : 'en', iso, timeZone);
  const list = [...(entries ?? [])].reverse();
  if (!list.length) return <Typography color="text.secondary">{translate('console.timeline.empty')}</Typography>;
  return (
    <Stack spacing={dense ? 1 : 1.5} data-testid="timeline">
      {list.map((entry) => {
        const detail = describeChange(entry, translate, day);
        const who = entry.actorLabel;
        return (
          <Box key={entry.id} sx={{ display: 'flex', gap: 2, alignItems: 'baseline' }} data-action={entry.action}>
            <Typography variant="caption" color="text.secondary" sx={{ minWidth: 140, flexShrink: 0 }}>
              {format(entry.at)}
            </Typography>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                {translate(`console.timeline.actions.${auditActionKey(entry.action, entry.after)}`, { _: entry.action })}
              </Typography>{' '}
              <Chip
                size="small"
                variant="outlined"
                sx={{ ml: 0.5, height: 20 }}
                label={translate(`console.enums.ActorKind.${entry.actorKind}`, { _: entry.actorKind })}
              />
              {who ? (
                <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                  {translate('console.timeline.by', { who })}
                </Typography>
              ) : null}
              {detail ? (
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {detail}
                </Typography>
              ) : null}
              {annotate?.(entry)}
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
}

export function TimelineCard({ entries, title }: { entries: AuditEntry[] | null | undefined; title?: string }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {title ?? translate('console.timeline.title')}
        </Typography>
        <Timeline entries={entries} />
      </CardContent>
    </Card>
  );
}
