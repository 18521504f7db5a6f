import { Option, type Command } from 'commander';
import { enumValue } from '../arguments';
import { stringify } from 'yaml';
import { colours, stateColour } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import type { Session } from '../session';
import { withExamples } from './help-examples';

const QUALITY_ALERTS = `subscription QualityAlerts($domain: String, $severity: [AlertSeverity!]) {
  qualityAlerts(domain: $domain, severity: $severity) {
    eventId type occurredAt alertId product { domain name version } kind severity ruleId message actor note resolution
  }
}`;

const ACKNOWLEDGE = `mutation Acknowledge($id: ID!, $note: String) {
  acknowledgeAlert(id: $id, note: $note) { id domain name version ruleKey state acknowledgedBy acknowledgedAt acknowledgementNote }
}`;

/** An alert raised, acknowledged or resolved, as the subscription delivers it. */
export interface AlertEvent {
  eventId: string;
  type: string;
  occurredAt: string;
  alertId: string;
  product: { domain: string; name: string; version: string };
  kind: string | null;
  severity: string | null;
  ruleId: string | null;
  message: string | null;
  actor: string | null;
  note: string | null;
  resolution: string | null;
}

/** One line per event: when, what happened, to which product and rule, and why. */
export function alertEventLine(event: AlertEvent): string {
  const product = `${event.product.domain}/${event.product.name}@${event.product.version}`;
  const detail =
    event.type === 'RAISED'
      ? `${stateColour(event.severity ?? '')} ${event.ruleId ?? ''}: ${event.message ?? ''}`
      : event.type === 'ACKNOWLEDGED'
        ? `by ${event.actor ?? 'someone'}${event.note === null ? '' : `: ${event.note}`}`
        : (event.resolution ?? '');
  return `${colours.dim(event.occurredAt)} ${stateColour(event.type)} ${colours.bold(product)} ${colours.dim(`alert ${event.alertId}`)} ${detail}`.replace(
    /\s+$/,
    '',
  );
}

/** An event in the chosen format, as one self-contained chunk: NDJSON for json, a YAML document for yaml. */
export function formatAlertEvent(event: AlertEvent, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(event)}\n`;
  if (format === 'yaml') return `---\n${stringify(event)}`;
  return `${alertEventLine(event)}\n`;
}

export function registerAlerts(program: Command, session: Session): void {
  const alerts = program.command('alerts').description('follow and acknowledge quality alerts');

  withExamples(
    alerts
      .command('watch')
      .description('print quality alerts as they are raised, acknowledged and resolved, until Ctrl-C')
      .option('--domain <name>', 'only this domain')
      .addOption(new Option('--severity <severity...>', 'critical, warning, info'))
      .addOption(outputOption()),
    [
      'mesh alerts watch',
      'mesh alerts watch --domain sales --severity critical',
      'mesh alerts watch -o json | jq .message',
    ],
  ).action(async (options: { domain?: string; severity?: string[]; output: OutputFormat }) => {
    const subscriptions = session.subscriptions();
    const stop = () => void subscriptions.close().then(() => process.exit(0));
    process.once('SIGINT', stop).once('SIGTERM', stop);
    await subscriptions.connect();
    const events = subscriptions.events<AlertEvent>(
      QUALITY_ALERTS,
      { domain: options.domain, severity: options.severity?.map(enumValue) },
      'qualityAlerts',
    );
    // Asking for the first event sends the subscription: only then does the banner say it is watching.
    const first = events.next();
    const scope = options.domain === undefined ? '' : ` of ${options.domain}`;
    process.stderr.write(colours.dim(`watching quality alerts${scope} (Ctrl-C to stop)\n`));
    for (let result = await first; result.done !== true; result = await events.next()) {
      process.stdout.write(formatAlertEvent(result.value, options.output));
    }
  });

  withExamples(
    alerts
      .command('ack')
      .description('acknowledge an alert: someone is on it (it resolves by itself when the data is good again)')
      .argument('<id>', 'the alert id (mesh get alerts)')
      .option('--note <text>', 'what is being done')
      .addOption(outputOption()),
    ['mesh alerts ack 42 --note "Reloading from the order service"'],
  ).action(async (id: string, options: { note?: string; output: OutputFormat }) => {
    const data = await session
      .gateway()
      .request<{ acknowledgeAlert: { id: string; domain: string; name: string; ruleKey: string; state: string } }>(
        ACKNOWLEDGE,
        { id, note: options.note },
      );
    const alert = data.acknowledgeAlert;
    printOutput(
      options.output,
      alert,
      () => `alert ${alert.id} on ${alert.domain}/${alert.name} (${alert.ruleKey}): ${stateColour(alert.state)}\n`,
    );
  });
}
