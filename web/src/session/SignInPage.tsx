import { Badge, Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState } from '../components/States';
import { isUnauthenticated, problemsAt } from '../graphql/errors';
import { MeQuery } from './me.graphql';
import { useSession } from './session';

export default function SignInPage() {
  const { token } = useSession();
  return (
    <Stack maw={560} mx="auto" mt="xl">
      <Title order={1}>Sign in</Title>
      {token === null ? <TokenForm /> : <WhoAmI />}
    </Stack>
  );
}

function TokenForm() {
  const { signIn } = useSession();
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() !== '') signIn(value.trim());
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Stack>
        <Text size="sm">
          Paste a mesh token (<code>mesh_…</code>). The platform's admin token is in <code>.mesh/admin-token</code>; the
          registry issues others (<code>POST /v1/principals/&#123;id&#125;/tokens</code>). It stays in this tab only.
        </Text>
        <PasswordInput
          label="Token"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          autoFocus
          autoComplete="off"
        />
        <Button type="submit" w="fit-content" disabled={value.trim() === ''}>
          Sign in
        </Button>
      </Stack>
    </Card>
  );
}

function WhoAmI() {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [{ data, error, fetching }] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const refused = isUnauthenticated(error);
  const next = params.get('next');

  useEffect(() => {
    if (data !== undefined && next !== null && next.startsWith('/')) navigate(next, { replace: true });
  }, [data, next, navigate]);

  if (fetching && data === undefined) return <Text>Checking the token…</Text>;
  if (refused) {
    return (
      <Stack>
        <ErrorState problems={[{ message: 'The gateway refused this token: it is unknown, expired or revoked.' }]} />
        <Button onClick={signOut} w="fit-content">
          Use another token
        </Button>
      </Stack>
    );
  }
  if (data === undefined) return <ErrorState problems={problemsAt(error)} />;
  const { principal, domains, isAdmin, tokenExpiresAt } = data.me;
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <div>
            <Text size="sm" c="dimmed">
              Signed in as
            </Text>
            <Title order={2} data-testid="me-name">
              {principal.name}
            </Title>
          </div>
          {isAdmin && <Badge>admin</Badge>}
        </Group>
        <Group gap="xs">
          {principal.roles.map((grant) => (
            <Badge key={`${grant.role}:${grant.domain ?? ''}`} variant="outline">
              {grant.role.toLowerCase().replace('_', ' ')}
              {grant.domain !== null && grant.domain !== undefined ? ` · ${grant.domain}` : ''}
            </Badge>
          ))}
        </Group>
        <Text size="sm">
          Domains:{' '}
          {domains.length > 0
            ? domains.join(', ')
            : isAdmin
              ? 'none; as a platform admin you see and manage every domain'
              : 'none (you see what consumers see)'}
        </Text>
        {tokenExpiresAt && <Text size="sm">Token expires {new Date(tokenExpiresAt).toLocaleString()}</Text>}
        <Group>
          <Button onClick={() => navigate('/')}>Go to the overview</Button>
          <Button variant="default" onClick={signOut}>
            Sign out
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
