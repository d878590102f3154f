import { lazy, Suspense } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import escalations from './escalations';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { SingleSignOnLanding } from './layout/SingleSignOn';
import orders from './orders';
import organizations from './organizations';
import { ForgotPasswordPage, ResetPasswordPage } from './recovery/RecoveryPages';
import reps from './reps';
import subscriptions from './subscriptions';
import webhooks from './webhooks';
import { darkTheme, lightTheme } from './theme';
import { cannedResolutions } from './workspace/CannedResolutions';
import { withCannedResolutions } from './workspace/api';

/** The console's data provider, with the canned resolutions (a resource of the reps' workspace) handled beside it. */
const consoleDataProvider = withCannedResolutions(dataProvider);

/** The dashboard's charts (recharts) load when it is first shown, not with the login page. */
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
function DashboardPage() {
  return (
    <Suspense fallback={<Loading />}>
      <Dashboard />
    </Suspense>
  );
}

/** The reps' console: the escalation queue, orders, organizations, subscriptions and (admins) rep accounts and webhooks. */
export function App() {
  return (
    <Admin
      title="Provisioning Hub"
      dataProvider={consoleDataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={DashboardPage}
      layout={Layout}
      loginPage={LoginPage}
      theme={lightTheme}
      darkTheme={darkTheme}
      defaultTheme="light"
      // No `requireAuth`: with it, react-admin 5.15 logs an anonymous visitor out in a loop (hundreds of
      // navigations to #/login a second; test/console.e2e.test.ts "settles on the sign-in page"). Every
      // page checks the session itself (lists, shows, the dashboard), so nothing is read before login.
      disableTelemetry
    >
      {/* Pages for people not signed in (routes without the layout are public): account recovery, single sign-on. */}
      <CustomRoutes noLayout>
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/sso" element={<SingleSignOnLanding />} />
      </CustomRoutes>
      {(permissions) => (
        <>
          <Resource name="escalations" {...escalations} />
          <Resource name="orders" {...orders} />
          <Resource name="organizations" {...organizations} />
          <Resource name="subscriptions" {...subscriptions} />
          <Resource name="cannedResolutions" {...cannedResolutions} />
          {permissions === 'ADMIN' ? <Resource name="reps" {...reps} /> : <Resource name="reps" list={reps.list} recordRepresentation="name" />}
          {permissions === 'ADMIN' ? <Resource name="webhooks" {...webhooks} /> : null}
        </>
      )}
    </Admin>
  );
}
