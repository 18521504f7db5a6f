import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/routes';
import { cssVariablesResolver, theme } from './app/theme';
import { ListSkeleton } from './components/States';
import { SessionProvider } from './session/session';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <SessionProvider>
        <Suspense fallback={<ListSkeleton rows={8} />}>
          <RouterProvider router={router} />
        </Suspense>
      </SessionProvider>
    </MantineProvider>
  </StrictMode>,
);
