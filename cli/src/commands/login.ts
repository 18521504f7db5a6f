import type { Command } from 'commander';
import { configPath, readConfig, usingContext, withContext, writeConfig } from '../connection/config-file';
import { DEFAULT_GATEWAY_URL } from '../connection/connection';
import { GatewayClient } from '../gateway/gateway-client';
import { colours } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import { renderTable } from '../output/table';
import { withExamples } from './help-examples';

const WHO_AM_I = `query WhoAmI { me { principal { name } isAdmin } }`;

interface LoginOptions {
  url: string;
  token: string;
}

export function registerLogin(program: Command): void {
  withExamples(
    program
      .command('login')
      .description('check a token against a gateway and keep both as a named context, made current')
      .option('--url <url>', 'the gateway', DEFAULT_GATEWAY_URL)
      .requiredOption('--token <token>', 'a token the registry issued (mesh_…)')
      // --context is the program's own option (it picks the context of every other command): here it names the new one.
      .addHelpText('after', '\nThe context is called "default" unless the global --context <name> option names it.'),
    [
      'mesh login --token "$(cat .mesh/admin-token)"',
      'mesh login --url https://mesh.example.com --token mesh_… --context prod',
    ],
  ).action(async (options: LoginOptions) => {
    const name = program.opts<{ context?: string }>().context ?? 'default';
    // Checked before it is kept: a typo should fail here, not in the next command.
    const connection = { url: options.url, token: options.token, tokenSource: '--token' };
    const { me } = await new GatewayClient(connection).request<{ me: { principal: { name: string } } }>(WHO_AM_I);
    const path = configPath();
    writeConfig(path, withContext(readConfig(path), name, { url: options.url, token: options.token }));
    process.stdout.write(
      `logged in to ${options.url} as ${me.principal.name}; context "${name}" is current (${path})\n`,
    );
  });

  const config = program.command('config').description('the contexts `mesh login` keeps in ~/.config/mesh/config.json');

  withExamples(config.command('use-context').description('make a context current').argument('<name>'), [
    'mesh config use-context prod',
  ]).action((name: string) => {
    const path = configPath();
    writeConfig(path, usingContext(readConfig(path), name));
    process.stdout.write(`context "${name}" is current\n`);
  });

  withExamples(
    config.command('get-contexts').description('list the contexts (tokens not shown)').addOption(outputOption()),
    ['mesh config get-contexts'],
  ).action((options: { output: OutputFormat }) => {
    const { currentContext, contexts } = readConfig(configPath());
    const rows = Object.entries(contexts).map(([name, context]) => ({
      name,
      url: context.url,
      current: name === currentContext,
    }));
    printOutput(options.output, rows, () =>
      renderTable(
        ['current', 'name', 'url'],
        rows.map((row) => [row.current ? colours.green('*') : '', row.name, row.url]),
        'no contexts: add one with `mesh login`',
      ),
    );
  });

  withExamples(config.command('current-context').description('print the current context'), [
    'mesh config current-context',
  ]).action(() => {
    const { currentContext } = readConfig(configPath());
    process.stdout.write(`${currentContext ?? 'none'}\n`);
  });
}
