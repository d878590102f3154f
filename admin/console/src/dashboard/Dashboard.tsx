import AccessAlarmIcon from '@mui/icons-material/AccessAlarm';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { Box, Card, CardActionArea, CardContent, Grid, List as MuiList, ListItemButton, ListItemText, Stack, Typography, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, Loading, Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAge } from '../common/fields';
import { useDashboardData } from '../common/live';
import type { DashboardData } from '../dataProvider';

const KINDS = ['OVERDUE_PROVISIONING', 'UNRECOGNIZED_PARTNER_ORGANIZATION', 'UNRECOGNIZED_CUSTOMER_ORGANIZATION', 'STALLED_SETUP'];
const AGES = ['UNDER_1_DAY', 'ONE_TO_2_DAYS', 'TWO_TO_7_DAYS', 'OVER_7_DAYS'];

/** A number that matters, with where to go about it (the react-admin demo's "CardWithIcon"). */
function Figure({ icon, title, value, to, color, testId }: { icon: ReactNode; title: string; value: number; to: string; color: string; testId: string }) {
  return (
    <Card sx={{ height: '100%', borderTop: `4px solid ${color}` }}>
      <CardActionArea component={Link} to={to} sx={{ height: '100%' }} data-testid={testId}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Box sx={{ color, display: 'flex', '& svg': { fontSize: 44 } }}>{icon}</Box>
            <Box>
              <Typography color="text.secondary" variant="body2">
                {title}
              </Typography>
              <Typography variant="h4" component="div" data-testid={`${testId}-value`}>
                {value}
              </Typography>
            </Box>
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

function ChartCard({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {title}
        </Typography>
        <Box sx={{ width: '100%', height: 280 }}>{children}</Box>
      </CardContent>
    </Card>
  );
}

function EscalationsByKindAndAge({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const theme = useTheme();
  const colors = [theme.palette.warning.main, theme.palette.secondary.main, theme.palette.info.main];
  const rows = AGES.map((age) => ({
    age: translate(`console.enums.EscalationAge.${age}`),
    ...Object.fromEntries(KINDS.map((kind) => [kind, data.openEscalationsByKindAndAge.find((c) => c.kind === kind && c.age === age)?.count ?? 0])),
  }));
  return (
    <ResponsiveContainer>
      <BarChart data={rows} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="age" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {KINDS.map((kind, i) => (
          <Bar
            key={kind}
            dataKey={kind}
            stackId="kind"
            name={translate(`console.enums.EscalationKindShort.${kind}`)}
            fill={colors[i]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

function OrdersThisWeek({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const theme = useTheme();
  const rows = data.ordersByStatusThisWeek.map((c) => ({ status: translate(`console.enums.OrderStatus.${c.status}`), key: c.status, count: c.count }));
  const color = (status: string) =>
    status === 'ON_HOLD' ? theme.palette.error.main : status === 'PROVISIONED' ? theme.palette.success.main : theme.palette.primary.main;
  return (
    <ResponsiveContainer>
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 24, left: 24, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="status" width={150} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="count" name={translate('console.dashboard.count')} isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.key} fill={color(row.key)} />
          ))}
          <LabelList dataKey="count" position="right" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

function Funnel({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const theme = useTheme();
  const steps = ['placed', 'setupStarted', 'setUp', 'provisioned'] as const;
  const placed = data.funnel.placed || 1;
  const shades = [theme.palette.primary.light, theme.palette.primary.main, theme.palette.primary.dark, theme.palette.success.main];
  const rows = steps.map((step) => ({
    step: translate(`console.dashboard.funnel_steps.${step}`),
    count: data.funnel[step],
    label: `${data.funnel[step]} · ${Math.round((100 * data.funnel[step]) / placed)}%`,
  }));
  return (
    <ResponsiveContainer>
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 64, left: 24, bottom: 0 }} barCategoryGap={6}>
        <XAxis type="number" hide domain={[0, data.funnel.placed || 1]} />
        <YAxis type="category" dataKey="step" width={150} tick={{ fontSize: 12 }} />
        <Tooltip
          formatter={(value) => [
            `${value} (${translate('console.dashboard.of_placed', { percent: Math.round((100 * Number(value)) / placed) })})`,
            translate('console.dashboard.count'),
          ]}
        />
        <Bar dataKey="count" isAnimationActive={false} radius={[0, 4, 4, 0]}>
          {rows.map((row, i) => (
            <Cell key={row.step} fill={shades[i]} />
          ))}
          <LabelList dataKey="label" position="right" fontSize={12} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

function OldestEscalations() {
  const translate = useTranslate();
  const { data, isPending } = useGetList('escalations', {
    pagination: { page: 1, perPage: 6 },
    sort: { field: 'createdAt', order: 'ASC' },
    filter: { status: ['OPEN', 'IN_PROGRESS'] },
  });
  return (
    <Card sx={{ height: '100%' }} data-testid="oldest-escalations">
      <CardContent>
        <Typography variant="h6">{translate('console.dashboard.oldest')}</Typography>
        {isPending ? null : (
          <MuiList dense component="div">
            {(data ?? []).map((e) => (
              <ListItemButton key={e.id} component={Link} to={`/escalations/${e.id}/show`}>
                <ListItemText
                  sx={{ overflowWrap: 'anywhere' }}
                  primary={`${e.order.ccwOrderNumber} · ${translate(`console.enums.EscalationKindShort.${e.kind}`)}`}
                  secondary={`${e.order.partnerName} → ${e.order.customerName} · ${formatAge(e.ageHours, translate)}`}
                />
              </ListItemButton>
            ))}
          </MuiList>
        )}
        <Typography variant="body2" component={Link} to="/escalations" sx={{ color: 'primary.main' }}>
          {translate('console.dashboard.go_to_queue')}
        </Typography>
      </CardContent>
    </Card>
  );
}

export function Dashboard() {
  const translate = useTranslate();
  const theme = useTheme();
  const { identity } = useGetIdentity();
  const { data } = useDashboardData();
  if (!data) return <Loading />;
  const queue = (filter: Record<string, unknown>) => `/escalations?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <Box sx={{ mt: 2 }} data-testid="dashboard">
      <Title title={translate('console.dashboard.title')} />
      {identity?.fullName ? (
        <Typography variant="h5" sx={{ mb: 2 }}>
          {translate('console.dashboard.welcome', { name: identity.fullName })}
        </Typography>
      ) : null}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            icon={<ReportProblemIcon />}
            title={translate('console.dashboard.open_escalations')}
            value={data.openEscalations}
            to={queue({ status: ['OPEN', 'IN_PROGRESS'] })}
            color={theme.palette.warning.main}
            testId="figure-open"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            icon={<AccessAlarmIcon />}
            title={translate('console.dashboard.sla_breached')}
            value={data.slaBreachedEscalations}
            to={queue({ status: ['OPEN', 'IN_PROGRESS'], slaBreached: true })}
            color={theme.palette.error.main}
            testId="figure-sla"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            icon={<HourglassBottomIcon />}
            title={translate('console.dashboard.overdue_orders')}
            value={data.overdueOrders}
            to={`/orders?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`}
            color={theme.palette.secondary.main}
            testId="figure-overdue"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <Figure
            icon={<PauseCircleIcon />}
            title={translate('console.dashboard.orders_on_hold')}
            value={data.ordersOnHold}
            to={`/orders?filter=${encodeURIComponent(JSON.stringify({ status: ['ON_HOLD'] }))}`}
            color={theme.palette.info.main}
            testId="figure-on-hold"
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ChartCard title={translate('console.dashboard.by_kind_and_age')} testId="chart-escalations">
            <EscalationsByKindAndAge data={data} />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ChartCard title={translate('console.dashboard.funnel')} testId="chart-funnel">
            <Funnel data={data} />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <ChartCard title={translate('console.dashboard.orders_this_week')} testId="chart-week">
            <OrdersThisWeek data={data} />
          </ChartCard>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <OldestEscalations />
        </Grid>
      </Grid>
    </Box>
  );
}
