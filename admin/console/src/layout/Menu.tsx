import { Badge } from '@mui/material';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import escalations from '../escalations';
import { useEscalationCounts } from '../common/live';

/** How many escalations wait for a rep: refreshed by every action and every LIVE_POLL_MS. */
function useOpenEscalations(): number | null {
  const { data } = useEscalationCounts(UNRESOLVED_FILTER);
  return data ? data.total : null;
}

const UNRESOLVED_FILTER = { status: ['OPEN', 'IN_PROGRESS'] };

export function Menu() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const open = useOpenEscalations();
  const EscalationIcon = escalations.icon;
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText={translate('console.dashboard.title')} />
      <RaMenu.Item
        to="/escalations"
        primaryText={translate('resources.escalations.menu')}
        leftIcon={
          <Badge color="error" badgeContent={open ?? 0} max={99} invisible={!open} data-testid="open-escalations-badge">
            <EscalationIcon />
          </Badge>
        }
      />
      <RaMenu.ResourceItem name="orders" />
      <RaMenu.ResourceItem name="organizations" />
      <RaMenu.ResourceItem name="subscriptions" />
      <RaMenu.ResourceItem name="cannedResolutions" />
      {permissions === 'ADMIN' ? <RaMenu.ResourceItem name="reps" /> : null}
      {permissions === 'ADMIN' ? <RaMenu.ResourceItem name="webhooks" /> : null}
    </RaMenu>
  );
}
