import { Alert, Badge, Code, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { StateBadge } from '../components/Badges';
import { EmptyState, ErrorState, ListSkeleton } from '../components/States';
import { problemsAt } from '../graphql/errors';
import { AccessPanel } from './AccessPanel';
import { ContractPanel } from './ContractPanel';
import { CopyText } from './CopyText';
import { GovernancePanel } from './GovernancePanel';
import { PortsPanel } from './PortsPanel';
import { ProductQuery } from './product.graphql';
import { QualityPanel } from './QualityPanel';

// The graph library is the largest dependency: only the lineage tab loads it.
const LineagePanel = lazy(() => import('./LineagePanel'));

const TABS = ['ports', 'contract', 'quality', 'lineage', 'access', 'governance'] as const;
type Tab = (typeof TABS)[number];

/** A product, one version at a time; `?v=` picks the version, `?tab=` the section, so any view can be shared. */
export default function ProductPage() {
  const { domain = '', name = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const version = params.get('v');
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'ports';
  const depth = Number(params.get('depth') ?? 2);
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: key !== 'tab' });
  };
  const [{ data, error, fetching }] = useQuery({ query: ProductQuery, variables: { domain, name, version } });

  if (fetching && !data) return <ListSkeleton rows={8} height={40} />;
  const product = data?.product;
  if (!product) {
    return error ? (
      <ErrorState problems={problemsAt(error)} />
    ) : (
      <EmptyState title={`No product ${domain}/${name}`}>
        Search the marketplace for it; it may have another name.
      </EmptyState>
    );
  }
  const shown = product.version;
  const versions = product.versions.nodes.map((v) => v.version);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{product.title}</Title>
          <Text c="dimmed">
            {product.domain}/{product.name} · owner {product.owner ?? 'unknown'} ·{' '}
            {product.classification.toLowerCase()}
          </Text>
        </Stack>
        <Group>
          <StateBadge value={shown?.state ?? product.status} size="md" />
          <Select
            aria-label="Version"
            data={product.versions.nodes.map((v) => ({
              value: v.version,
              label: `${v.version} (${v.state.toLowerCase()})`,
            }))}
            value={shown?.version ?? product.latestVersion}
            onChange={(value) => setParam('v', value)}
            allowDeselect={false}
            w={210}
          />
        </Group>
      </Group>
      <Text>{product.description}</Text>
      <Group gap="xs">
        <Code fz="sm" data-testid="mesh-address">
          {shown?.address ?? product.address}
        </Code>
        <CopyText value={shown?.address ?? product.address} label="Copy the mesh:// address" />
        {product.tags.map((tag) => (
          <Badge variant="default" key={tag}>
            {tag}
          </Badge>
        ))}
      </Group>
      {shown?.deprecation && (
        <Alert color="orange" title="Deprecated">
          Sunset {new Date(shown.deprecation.sunsetAt).toLocaleDateString()}
          {shown.deprecation.replacement ? `; use ${shown.deprecation.replacement} instead` : ''}
          {shown.deprecation.reason ? `. ${shown.deprecation.reason}` : ''}
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => setParam('tab', value)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((t) => (
            <Tabs.Tab value={t} key={t}>
              {t[0].toUpperCase() + t.slice(1)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="ports" pt="md">
          {shown ? <PortsPanel ports={shown.ports} /> : <ErrorState problems={problemsAt(error)} />}
        </Tabs.Panel>
        <Tabs.Panel value="contract" pt="md">
          {shown && (
            <ContractPanel
              domain={domain}
              name={name}
              version={shown.version}
              contract={shown.contract}
              versions={versions}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="quality" pt="md">
          <QualityPanel domain={domain} name={name} sla={shown?.sla} focusRule={params.get('rule')} />
        </Tabs.Panel>
        <Tabs.Panel value="lineage" pt="md">
          <Suspense fallback={<ListSkeleton rows={1} height={420} />}>
            <LineagePanel
              domain={domain}
              name={name}
              state={product.status}
              depth={depth}
              onDepthChange={(d) => setParam('depth', String(d))}
            />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="access" pt="md">
          <AccessPanel domain={domain} name={name} />
        </Tabs.Panel>
        <Tabs.Panel value="governance" pt="md">
          <GovernancePanel domain={domain} name={name} version={shown?.version ?? product.latestVersion} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
