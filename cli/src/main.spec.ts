import { buildProgram } from './program';
import { run } from './main';

/** Runs a command line, capturing what it prints. */
async function runCaptured(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await run(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('the command line', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('exits 0 with help, which has examples on every command', async () => {
    const help = await runCaptured(['apply', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:\n  $ mesh apply -f examples/products/sales-orders.yaml');
    const missing: string[] = [];
    const visit = (command: ReturnType<typeof buildProgram>, path: string[]) => {
      for (const sub of command.commands) {
        const subPath = [...path, sub.name()];
        if (sub.commands.length > 0) visit(sub, subPath);
        else if (!helpOf(sub).includes('Examples:')) missing.push(subPath.join(' '));
      }
    };
    visit(buildProgram(), []);
    expect(missing).toEqual([]);
  });

  it('exits 2 on a usage mistake, with commander saying what it is', async () => {
    const unknown = await runCaptured(['gett', 'products']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'gett'");
    expect(unknown.stderr).toContain('(Did you mean get?)');
    expect((await runCaptured(['get', 'products', '-o', 'xml'])).code).toBe(2);
    expect((await runCaptured(['describe', 'product', 'orders'])).code).toBe(2);
    expect((await runCaptured(['apply'])).stderr).toContain("required option '-f, --file <path>' not specified");
  });

  it('exits 1 with one line when the mesh cannot be reached, naming the URL it tried', async () => {
    const previous = { url: process.env.MESH_URL, token: process.env.MESH_TOKEN };
    process.env.MESH_URL = 'http://127.0.0.1:65534';
    process.env.MESH_TOKEN = 'mesh_anything';
    try {
      const result = await runCaptured(['get', 'domains']);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'mesh: cannot reach the gateway at http://127.0.0.1:65534/graphql: connection refused (is the platform started? `./platform start`)\n',
      );
    } finally {
      restore('MESH_URL', previous.url);
      restore('MESH_TOKEN', previous.token);
    }
  });

  it('lints descriptors offline: exit 0 when valid, 1 with each problem', async () => {
    expect(await runCaptured(['contract', 'lint', '-f', `${__dirname}/../../examples/products`])).toMatchObject({
      code: 0,
      stdout: '4 descriptors valid\n',
    });
    const broken = await runCaptured(['contract', 'lint', '-f', `${__dirname}/../test/fixtures/broken-product.yaml`]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /broken-product\.yaml: \/spec\/contract\/schema\/0\/fields\/0\/description required field 'description' is missing\n/,
    );
    expect(broken.stdout).toContain('2 problems in 1 of 1 descriptor');
  });
});

function helpOf(command: ReturnType<typeof buildProgram>): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => (text += chunk) });
  command.outputHelp();
  return text;
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
