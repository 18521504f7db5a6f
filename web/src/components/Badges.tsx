import { Badge } from '@mantine/core';

const STATE_COLORS: Record<string, string> = {
  PUBLISHED: 'green',
  APPROVED: 'teal',
  PROVISIONING: 'blue',
  PROPOSED: 'cyan',
  DRAFT: 'gray',
  REJECTED: 'red',
  DEPRECATED: 'orange',
  RETIRED: 'gray',
  OPEN: 'red',
  ACKNOWLEDGED: 'yellow',
  RESOLVED: 'green',
  PENDING: 'yellow',
  GRANTED: 'green',
  DENIED: 'red',
  REVOKED: 'gray',
  RUNNING: 'blue',
  COMPLETED: 'green',
  FAILED: 'red',
  DONE: 'green',
  PASS: 'green',
  WARN: 'yellow',
  FAIL: 'red',
  ERROR: 'red',
  WAIVED: 'gray',
  MET: 'green',
  BREACHED: 'red',
  UNKNOWN: 'gray',
  CRITICAL: 'red',
  WARNING: 'orange',
  INFO: 'blue',
  BLOCKING: 'red',
  GOLD: 'yellow',
  SILVER: 'gray',
  BRONZE: 'orange',
  UNRATED: 'gray',
  PROVISIONED: 'green',
  OPEN_TO_YOU: 'green',
};

/** Any state, outcome, severity or tier of the mesh, in one colour language across the app. */
export function StateBadge({ value, size = 'sm' }: { value: string; size?: 'xs' | 'sm' | 'md' }) {
  const key = value.toUpperCase();
  return (
    <Badge
      size={size}
      variant="light"
      color={STATE_COLORS[key] ?? 'gray'}
      style={readableOnLight(STATE_COLORS[key] ?? 'gray')}
    >
      {key.replace(/_/g, ' ').toLowerCase()}
    </Badge>
  );
}

/** Text colour for a light badge: Mantine's default shade is too pale on the tinted background (WCAG AA). */
export const readableOnLight = (color: string) => ({
  color: `light-dark(color-mix(in srgb, var(--mantine-color-${color}-9), black 45%), var(--mantine-color-${color}-2))`,
});
