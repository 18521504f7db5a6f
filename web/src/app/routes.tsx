import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireSession } from '../session/RequireSession';
import { Layout } from './Layout';

// One chunk per page: the first load fetches only the shell and the page opened.
const OverviewPage = lazy(() => import('../overview/OverviewPage'));
const MarketplacePage = lazy(() => import('../marketplace/MarketplacePage'));
const ProductPage = lazy(() => import('../product/ProductPage'));
const AlertsPage = lazy(() => import('../alerts/AlertsPage'));
const GovernancePage = lazy(() => import('../governance/GovernancePage'));
const OperationsPage = lazy(() => import('../operations/OperationsPage'));
const SignInPage = lazy(() => import('../session/SignInPage'));

export const router = createBrowserRouter([
  {
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [
      { path: '/', element: <OverviewPage /> },
      { path: '/products', element: <MarketplacePage /> },
      { path: '/products/:domain/:name', element: <ProductPage /> },
      { path: '/alerts', element: <AlertsPage /> },
      { path: '/governance', element: <GovernancePage /> },
      { path: '/operations', element: <OperationsPage /> },
    ],
  },
  // Sign-in works without a token: no navigation, no live subscriptions.
  {
    path: '/sign-in',
    element: (
      <main style={{ padding: 16 }}>
        <SignInPage />
      </main>
    ),
  },
]);
