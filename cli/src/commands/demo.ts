import { Option, type Command } from 'commander';
import type { Renderer } from '../apply/follow-lifecycle';
import { parsePositiveInt, parsePositiveNumber } from '../arguments';
import { seedDemo } from '../demo/seed';
import { runTraffic } from '../demo/traffic';
import { colours } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import { formatDuration } from '../output/time';
import type { Session } from '../session';
import { withExamples } from './help-examples';

const PRODUCT_COUNT = `query AnyProduct { products(first: 1) { nodes { name } } }`;

// The OpenLineage endpoint is the lineage service's own: the gateway has no route to it.
const lineageOption = () =>
  new Option('--lineage-url <url>', "the lineage service's OpenLineage endpoint base")
    .env('MESH_LINEAGE_URL')
    .default('http://127.0.0.1:5000');

export function registerDemo(program: Command, session: Session): void {
  const demo = program
    .command('demo')
    .description('a demo mesh with data, lineage, alerts and requests, and traffic to keep it moving');

  withExamples(
    demo
      .command('seed')
      .description(
        'seed the demo mesh: 4 domains, 11 products with real Iceberg data and lineage 4 levels deep, an open alert, ' +
          'a breached freshness SLA, a pending access request, a waiver and a deprecated major; seeding again adds nothing',
      )
      .option('--if-empty', 'seed only when the registry has no product yet (what ./platform start does)')
      .addOption(lineageOption())
      .addOption(outputOption()),
    ['mesh demo seed', 'MESH_LINEAGE_URL=http://127.0.0.1:5000 mesh demo seed --if-empty'],
  ).action(async (options: { ifEmpty?: boolean; lineageUrl: string; output: OutputFormat }) => {
    const gateway = session.gateway();
    if (options.ifEmpty === true) {
      const { products } = await gateway.request<{ products: { nodes: unknown[] } }>(PRODUCT_COUNT);
      if (products.nodes.length > 0) {
        process.stdout.write('the registry has products already: no demo seeded (`./platform demo` seeds it anyway)\n');
        return;
      }
    }
    const renderer: Renderer =
      options.output !== 'table' ? 'silent' : process.stdout.isTTY === true ? 'default' : 'simple';
    const summary = await seedDemo(gateway, {
      token: session.connection().token,
      lineageUrl: options.lineageUrl,
      renderer,
    });
    printOutput(
      options.output,
      summary,
      () =>
        `${colours.green('demo mesh seeded')} in ${formatDuration(summary.elapsedMs)}: ${summary.products} products, ` +
        `${summary.snapshots} snapshots, ${summary.runs} lineage runs. Try: mesh get products, mesh lineage finance/investor-update --upstream --depth 5, mesh get alerts\n`,
    );
  });

  withExamples(
    demo
      .command('traffic')
      .description(
        'keep committing snapshots and posting runs to the demo products (now and then a bad one) until Ctrl-C',
      )
      .addOption(new Option('--rate <n>', 'snapshots a minute').argParser(parsePositiveNumber).default(6))
      .addOption(new Option('--count <n>', 'stop after this many snapshots').argParser(parsePositiveInt))
      .addOption(lineageOption()),
    ['mesh demo traffic', 'mesh demo traffic --rate 30'],
  ).action(async (options: { rate: number; count?: number; lineageUrl: string }) => {
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort()).once('SIGTERM', () => stop.abort());
    const gateway = session.gateway();
    const committed = await runTraffic(
      gateway,
      { token: session.connection().token, lineageUrl: options.lineageUrl, rate: options.rate, count: options.count },
      stop.signal,
    );
    process.stderr.write(colours.dim(`${committed} snapshots committed\n`));
  });
}
