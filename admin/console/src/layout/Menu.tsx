import { Badge } from '@mui/material';
import { useEffect, useState } from 'react';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import escalations from '../escalations';
import { useConsoleDataProvider } from '../common/useConsoleDataProvider';

/** How many escalations wait for a rep, refreshed as the rep moves around. */
function useOpenEscalations(): number | null {
  const dataProvider = useConsoleDataProvider();
  const location = useLocation();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    dataProvider
      .escalationCounts({ status: ['OPEN', 'IN_PROGRESS'] })
      .then((counts) => live && setCount(counts.total))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [dataProvider, location.pathname]);
  return count;
}

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
      {permissions === 'ADMIN' ? <RaMenu.ResourceItem name="reps" /> : null}
      {permissions === 'ADMIN' ? <RaMenu.ResourceItem name="webhooks" /> : null}
    </RaMenu>
  );
}
