import { Argument, type Command } from 'commander';
import { withExamples } from './help-examples';

/** What can follow each command path (`""` for `mesh` itself, `"get"`, `"access request"`...). */
export type CompletionTree = Map<string, string[]>;

/** Subcommands and long options of every command, read from the program itself so it never lags behind. */
export function completionTree(program: Command): CompletionTree {
  const tree: CompletionTree = new Map();
  const globals = program.options.map((option) => option.long).filter((long): long is string => long !== undefined);
  const walk = (command: Command, path: string) => {
    const words = [
      ...command.commands.map((sub) => sub.name()),
      ...command.options.map((option) => option.long).filter((long): long is string => long !== undefined),
      ...globals,
      '--help',
    ];
    tree.set(path, [...new Set(words)]);
    for (const sub of command.commands) walk(sub, path === '' ? sub.name() : `${path} ${sub.name()}`);
  };
  walk(program, '');
  return tree;
}

/**
 * A bash completion function: it follows the words typed so far down the command tree (skipping options and their
 * values) and offers what can come next.
 */
export function bashCompletion(tree: CompletionTree): string {
  const cases = [...tree].map(([path, words]) => `    "${path}") words="${words.join(' ')}" ;;`).join('\n');
  const paths = [...tree.keys()]
    .filter((path) => path !== '')
    .map((path) => `"${path}"`)
    .join(' ');
  return `# mesh completion for bash: source <(mesh completion bash)
_mesh() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" word candidate words i
  local -a paths=(${paths})
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    candidate="\${path:+$path }$word"
    for known in "\${paths[@]}"; do
      if [[ "$known" == "$candidate" ]]; then path="$candidate"; break; fi
    done
  done
  case "$path" in
${cases}
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _mesh mesh
`;
}

/** zsh runs the bash function through its bashcompinit layer: one completion logic for both shells. */
export function zshCompletion(tree: CompletionTree): string {
  return `# mesh completion for zsh: source <(mesh completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(tree).split('\n').slice(1).join('\n')}`;
}

export function registerCompletion(program: Command): void {
  withExamples(
    program
      .command('completion')
      .description('print a shell completion script')
      .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh'])),
    ['source <(mesh completion bash)   # in ~/.bashrc', 'source <(mesh completion zsh)    # in ~/.zshrc'],
  ).action((shell: 'bash' | 'zsh') => {
    const tree = completionTree(program);
    process.stdout.write(shell === 'bash' ? bashCompletion(tree) : zshCompletion(tree));
  });
}
