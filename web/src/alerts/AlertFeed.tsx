import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { StateBadge } from '../components/Badges';
import { EmptyState } from '../components/States';
import type { AlertView } from './merge-alerts';

interface AlertFeedProps {
  alerts: readonly AlertView[];
  /** Shown with an Acknowledge button on open alerts when given. */
  onAcknowledge?: (id: string) => void;
  /** The alert being acknowledged, whose button waits. */
  acknowledging?: string | null;
  emptyText?: string;
}

/** Alerts newest first, each linking to the failing rule on its product's quality tab. */
export function AlertFeed({ alerts, onAcknowledge, acknowledging = null, emptyText }: AlertFeedProps) {
  if (alerts.length === 0) {
    return (
      <EmptyState title="No alerts">
        {emptyText ?? 'Every rule passes. New alerts appear here the moment quality raises them.'}
      </EmptyState>
    );
  }
  return (
    <Stack gap="xs" component="ul" p={0} m={0} aria-label="Alerts" style={{ listStyle: 'none' }}>
      {alerts.map((alert) => (
        <Paper
          component="li"
          withBorder
          p="sm"
          key={alert.id}
          data-testid={`alert-${alert.id}`}
          data-state={alert.state}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <StateBadge value={alert.severity} />
                <StateBadge value={alert.state} />
                <Anchor component={Link} to={`/products/${alert.domain}/${alert.name}?v=${alert.version}`} fw={600}>
                  {alert.domain}/{alert.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {alert.version}
                </Text>
              </Group>
              <Text size="sm">{alert.message}</Text>
              <Group gap="md">
                <Anchor
                  component={Link}
                  size="xs"
                  to={`/products/${alert.domain}/${alert.name}?v=${alert.version}&tab=quality&rule=${encodeURIComponent(alert.ruleKey)}`}
                >
                  rule {alert.ruleKey}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {alert.kind.toLowerCase()} · raised {alert.raisedCount}× · last {formatTime(alert.lastRaisedAt)}
                </Text>
                {alert.acknowledgedBy && (
                  <Text size="xs" c="dimmed">
                    acknowledged by {alert.acknowledgedBy}
                    {alert.acknowledgementNote ? `: ${alert.acknowledgementNote}` : ''}
                  </Text>
                )}
              </Group>
            </Stack>
            {onAcknowledge && alert.state === 'OPEN' && (
              <Button
                size="xs"
                variant="light"
                style={{ flexShrink: 0 }}
                loading={acknowledging === alert.id}
                onClick={() => onAcknowledge(alert.id)}
                aria-label={`Acknowledge the alert on ${alert.domain}/${alert.name} (${alert.ruleKey})`}
              >
                Acknowledge
              </Button>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

export const formatTime = (iso: string) => new Date(iso).toLocaleString();
