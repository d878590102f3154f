import { useQuery } from '@tanstack/react-query';
import type { DashboardData, EscalationCounts } from '../dataProvider';
import { useConsoleDataProvider } from './useConsoleDataProvider';

/**
 * How often the console asks the server what changed while a rep watches it (the queue, its tabs,
 * the sidebar badge, the dashboard): every 15 seconds. Changes made in this tab show at once: every
 * action ends with react-admin's refresh, which invalidates these queries too.
 */
export const LIVE_POLL_MS = 15_000;

/** The escalation counts under a filter (tabs, badge), kept fresh. */
export function useEscalationCounts(filter: Record<string, unknown>) {
  const dataProvider = useConsoleDataProvider();
  return useQuery<EscalationCounts>({
    queryKey: ['escalationCounts', filter],
    queryFn: () => dataProvider.escalationCounts(filter),
    refetchInterval: LIVE_POLL_MS,
  });
}

/** The dashboard's figures, kept fresh. */
export function useDashboardData() {
  const dataProvider = useConsoleDataProvider();
  return useQuery<DashboardData>({ queryKey: ['dashboard'], queryFn: () => dataProvider.dashboard(), refetchInterval: LIVE_POLL_MS });
}
