#!/usr/bin/env node
// The `mesh` command: runs the CLI's TypeScript from source with SWC, as the services run, whatever the caller's
// working directory (SWC is pointed at the CLI's own tsconfig rather than one it would look for there).
const { resolve } = require('node:path');

process.env.SWC_NODE_PROJECT = resolve(__dirname, '../tsconfig.json');
require('@swc-node/register');
// Exit as soon as the command is done: an open socket being torn down must not keep a finished command alive.
require('../src/main')
  .run(process.argv.slice(2))
  .then((code) => process.exit(code));
