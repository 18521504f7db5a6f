import { AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconBuildingStore,
  IconGauge,
  IconGavel,
  IconServerCog,
  IconUserCircle,
} from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ListSkeleton } from '../components/States';
import { LiveAlertsProvider } from '../live/live-alerts';
import { ColorSchemeToggle } from './ColorSchemeToggle';

const PAGES = [
  { to: '/', label: 'Overview', icon: IconGauge },
  { to: '/products', label: 'Marketplace', icon: IconBuildingStore },
  { to: '/alerts', label: 'Alerts', icon: IconAlertTriangle },
  { to: '/governance', label: 'Governance', icon: IconGavel },
  { to: '/operations', label: 'Operations', icon: IconServerCog },
  { to: '/sign-in', label: 'Account', icon: IconUserCircle },
];

const isCurrent = (path: string, to: string) => (to === '/' ? path === '/' : path.startsWith(to));

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  return (
    <LiveAlertsProvider>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 210, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Group gap="sm">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Navigation" />
              <Title order={3} component="span">
                Data Mesh
              </Title>
              <Text size="sm" c="dimmed" visibleFrom="md">
                marketplace and operations
              </Text>
            </Group>
            <ColorSchemeToggle />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label="Pages">
          {PAGES.map(({ to, label, icon: Icon }) => (
            <NavLink
              key={to}
              component={Link}
              to={to}
              label={label}
              leftSection={<Icon size={18} />}
              active={isCurrent(pathname, to)}
              aria-current={isCurrent(pathname, to) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          <Suspense fallback={<ListSkeleton rows={8} />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </LiveAlertsProvider>
  );
}
