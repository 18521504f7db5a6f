import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ServiceProblem } from '../graphql/errors';
import { readableOnLight } from './Badges';

/** A part of the page that could not load: what failed, and what to do about it. */
export function ErrorState({ problems, onRetry }: { problems: ServiceProblem[]; onRetry?: () => void }) {
  if (problems.length === 0) return null;
  const services = [...new Set(problems.map((p) => p.service).filter((s): s is string => s !== undefined))];
  const title =
    services.length > 0
      ? `The ${services.join(', ')} service${services.length > 1 ? 's' : ''} did not answer`
      : 'Could not load';
  return (
    <Alert color="red" title={title} role="alert" styles={{ title: readableOnLight('red') }}>
      <Stack gap={6}>
        {/* Several fields fail alike when one service is down: each message once. */}
        {[...new Set(problems.map((problem) => problem.message))].slice(0, 3).map((message) => (
          <Text size="sm" key={message}>
            {message}
          </Text>
        ))}
        <Text size="sm">
          {services.length > 0
            ? 'Check it with `./platform status` or the Operations page; this part fills in once it is back.'
            : 'Try again; if it keeps failing, the gateway log says why.'}
        </Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry} w="fit-content">
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Nothing to show yet, and the next step that would change that. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Paper>
  );
}

/** Rows of placeholders while a list loads, in the shape of the list to come. */
export function ListSkeleton({ rows = 5, height = 36 }: { rows?: number; height?: number }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={height} radius="sm" />
      ))}
    </Stack>
  );
}
