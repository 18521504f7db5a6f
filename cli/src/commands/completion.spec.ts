import { execFileSync } from 'node:child_process';
import { buildProgram } from '../program';
import { bashCompletion, completionTree, zshCompletion } from './completion';

describe('shell completion', () => {
  const tree = completionTree(buildProgram());

  it('knows every command path with its subcommands and options', () => {
    expect(tree.get('')).toEqual(
      expect.arrayContaining(['apply', 'get', 'alerts', 'completion', '--context', '--help']),
    );
    expect(tree.get('get')).toEqual(expect.arrayContaining(['domains', 'products', 'versions', 'access-requests']));
    expect(tree.get('get products')).toEqual(expect.arrayContaining(['--domain', '--output', '--limit']));
    expect(tree.get('access request')).toEqual(expect.arrayContaining(['--purpose', '--until']));
  });

  it('completes in bash what can come next', () => {
    const complete = (line: string) =>
      execFileSync(
        'bash',
        [
          '-c',
          `${bashCompletion(tree)}\nCOMP_WORDS=(${line}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _mesh; echo "\${COMPREPLY[*]}"`,
        ],
        { encoding: 'utf8' },
      ).trim();
    expect(complete("mesh ge ''").split(' ')).toContain('get');
    expect(complete('mesh get pro')).toBe('products');
    expect(complete('mesh alerts watch --dom')).toBe('--domain');
  });

  it('gives zsh the same logic through bashcompinit', () => {
    expect(zshCompletion(tree)).toContain('bashcompinit');
    expect(zshCompletion(tree)).toContain('complete -o default -F _mesh mesh');
  });
});
