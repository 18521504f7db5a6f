// `./platform build [service...]`: compiles the named services (every one when none is named) into dist/.
//
//   node -r @swc-node/register infra/build/main.ts [service...]
import { buildServices } from './service-build';

const outcome = buildServices(process.argv.length > 2 ? process.argv.slice(2) : undefined);
console.log(
  `built dist/ in ${outcome.ms} ms: ${outcome.compiled} modules compiled, ${outcome.copied} files copied, ` +
    `${outcome.upToDate} up to date, ${outcome.removed} removed`,
);
