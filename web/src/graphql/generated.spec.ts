import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import config from '../../codegen';

const WEB = resolve(__dirname, '../..');

describe('generated GraphQL types', () => {
  it('match the schema and the operations: run `npm run codegen -w web` when this fails', async () => {
    process.chdir(WEB);
    const outputs = await generate(config, false);
    for (const output of outputs) {
      const path = join(WEB, output.filename);
      const expected = await format(output.content, { ...(await resolveConfig(path)), filepath: path });
      expect({ path: output.filename, content: readFileSync(path, 'utf8') }).toEqual({
        path: output.filename,
        content: expected,
      });
    }
  }, 60_000);
});
