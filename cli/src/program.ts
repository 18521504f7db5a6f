import { Command } from 'commander';
import { registerAccess } from './commands/access';
import { registerAlerts } from './commands/alerts';
import { registerApply } from './commands/apply';
import { registerCompletion } from './commands/completion';
import { registerContract } from './commands/contract';
import { registerDemo } from './commands/demo';
import { registerDescribe } from './commands/describe';
import { registerDiff } from './commands/diff';
import { registerGet } from './commands/get';
import { withExamples } from './commands/help-examples';
import { registerLineage } from './commands/lineage';
import { registerLogin } from './commands/login';
import { registerSearch } from './commands/search';
import { registerStatus } from './commands/status';
import { Session } from './session';

/** Every command of `mesh`. Parsing errors throw (exitOverride) so that main decides the exit code. */
export function buildProgram(): Command {
  const program = new Command('mesh')
    .description('Apply, inspect and operate the data mesh through its GraphQL gateway.')
    .option('--context <name>', 'use this context of `mesh login` instead of the current one')
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText(
      'after',
      `
Connection: MESH_URL (default http://127.0.0.1:4000) and MESH_TOKEN, else the current context of \`mesh login\`
(~/.config/mesh/config.json), else .mesh/admin-token when run inside the platform's repository.
Exit codes: 0 ok, 1 refused or failed, 2 wrong usage.`,
    );
  withExamples(program, [
    'mesh get products',
    'mesh apply -f examples/products/sales-orders.yaml',
    'mesh alerts watch',
  ]);
  const session = new Session(() => program.opts<{ context?: string }>());
  registerApply(program, session);
  registerDiff(program, session);
  registerGet(program, session);
  registerDescribe(program, session);
  registerSearch(program, session);
  registerLineage(program, session);
  registerAccess(program, session);
  registerAlerts(program, session);
  registerContract(program, session);
  registerStatus(program, session);
  registerDemo(program, session);
  registerLogin(program);
  registerCompletion(program);
  return program;
}
