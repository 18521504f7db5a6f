import type { Command } from 'commander';
import type { ReadyReport } from '../gateway/gateway-client';
import { colours, stateColour } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import { renderFields, renderTable } from '../output/table';
import type { Session } from '../session';
import { withExamples } from './help-examples';

const ME = `query Me { me { principal { name kind } domains isAdmin tokenExpiresAt } }`;

/** What operators see beside readiness: outboxes, dead letters and consumer lags (platform admins only). */
const MESH_STATUS = `query MeshStatus {
  meshStatus {
    services { name outboxUnsentRows outboxLagSeconds deadLetters }
    consumers { group topic lag }
  }
}`;

interface MeshStatus {
  services: {
    name: string;
    outboxUnsentRows: number | null;
    outboxLagSeconds: number | null;
    deadLetters: number | null;
  }[];
  consumers: { group: string; topic: string; lag: number }[] | null;
}

interface Me {
  principal: { name: string; kind: string };
  domains: string[];
  isAdmin: boolean;
  tokenExpiresAt: string | null;
}

interface ComponentStatus {
  component: string;
  status: string;
  detail: string;
}

export interface StatusReport {
  gateway: string;
  ready: boolean;
  me: Me;
  components: ComponentStatus[];
  /** For platform admins: each service's outbox and dead letters, each consumer group's lag per topic. */
  mesh: MeshStatus | null;
}

/** Each component of the readiness report, the failing ones with what they said. */
export function componentsOf(report: ReadyReport): ComponentStatus[] {
  const entries = { ...report.info, ...report.error };
  return Object.entries(entries).map(([component, { status, ...details }]) => ({
    component,
    status,
    detail:
      typeof details.message === 'string'
        ? details.message
        : Object.keys(details).length === 0
          ? ''
          : JSON.stringify(details),
  }));
}

export function registerStatus(program: Command, session: Session): void {
  withExamples(
    program
      .command('status')
      .description(
        'who you are, and whether the gateway and every service and Kafka behind it are ready; exit 1 if not',
      )
      .addOption(outputOption()),
    ['mesh status', 'mesh status -o json'],
  ).action(async (options: { output: OutputFormat }) => {
    const gateway = session.gateway();
    // Who first: an unreachable gateway or a refused token is said about the GraphQL endpoint, as everywhere.
    const me = await gateway.request<{ me: Me }>(ME);
    const ready = await gateway.ready();
    const mesh = me.me.isAdmin ? (await gateway.request<{ meshStatus: MeshStatus }>(MESH_STATUS)).meshStatus : null;
    const report: StatusReport = {
      gateway: gateway.endpoint,
      ready: ready.status === 'ok',
      me: me.me,
      components: componentsOf(ready),
      mesh,
    };
    printOutput(options.output, report, () => {
      const identity = renderFields([
        ['Gateway', `${report.gateway} ${report.ready ? colours.green('ready') : colours.red('not ready')}`],
        [
          'Principal',
          `${report.me.principal.name} (${report.me.principal.kind.toLowerCase()}${report.me.isAdmin ? ', admin' : ''})`,
        ],
        ['Domains', report.me.domains.join(', ')],
        ['Token expires', report.me.tokenExpiresAt ?? 'never'],
      ]);
      const components = renderTable(
        ['component', 'status', 'detail'],
        report.components.map((entry) => [entry.component, stateColour(entry.status), entry.detail]),
      );
      return [identity, components, ...(report.mesh === null ? [] : renderMesh(report.mesh))].join('\n');
    });
    if (!report.ready) process.exitCode = 1;
  });
}

/** Outboxes (rows waiting to reach Kafka, and the oldest's age) and consumer lags, as tables. */
function renderMesh(mesh: MeshStatus): string[] {
  const outboxes = renderTable(
    ['service', 'outbox rows', 'outbox lag', 'dead letters'],
    mesh.services.map((service) => [
      service.name,
      String(service.outboxUnsentRows ?? '-'),
      service.outboxLagSeconds === null ? '-' : `${service.outboxLagSeconds} s`,
      String(service.deadLetters ?? '-'),
    ]),
  );
  const lags =
    mesh.consumers === null
      ? 'consumer lags: Kafka cannot be asked now'
      : renderTable(
          ['consumer group', 'topic', 'lag'],
          mesh.consumers.map((consumer) => [consumer.group, consumer.topic, String(consumer.lag)]),
        );
  return [outboxes, lags];
}
