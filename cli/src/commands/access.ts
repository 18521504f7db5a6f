import { Option, type Command } from 'commander';
import { parseInstant, parseProductName, type ProductRef } from '../arguments';
import { stateColour } from '../output/colours';
import { outputOption, printOutput, type OutputFormat } from '../output/output-format';
import type { Session } from '../session';
import { withExamples } from './help-examples';

const REQUEST_FIELDS =
  'id domain name principal requestedBy purpose until state grantId decidedBy decidedAt reason createdAt';

const REQUEST_ACCESS = `mutation RequestAccess($domain: String!, $name: String!, $input: AccessRequestInput!) {
  requestAccess(domain: $domain, name: $name, input: $input) { ${REQUEST_FIELDS} }
}`;

/** The three decisions on a request, each its own mutation with the same shape. */
const DECISIONS = {
  approve: { mutation: 'approveAccess', description: 'grant a pending access request (owners of its domain)' },
  deny: { mutation: 'denyAccess', description: 'refuse a pending access request (owners of its domain)' },
  revoke: { mutation: 'revokeAccess', description: 'take back granted access' },
} as const;

interface AccessRequest {
  id: string;
  domain: string;
  name: string;
  principal: string;
  purpose: string;
  until: string;
  state: string;
  reason: string | null;
}

interface RequestOptions {
  purpose: string;
  until: string;
  for?: string;
  output: OutputFormat;
}

export function registerAccess(program: Command, session: Session): void {
  const access = program.command('access').description('request access to a product, and decide on requests');

  withExamples(
    access
      .command('request')
      .description("ask for access to a product's data; restricted products need their owners' approval")
      .argument('<product>', 'domain/name', parseProductName)
      .requiredOption('--purpose <text>', 'what the data is for (the owners read it)')
      .addOption(
        new Option('--until <when>', 'when access ends: a date, a date-time or a duration from now')
          .argParser((text) => parseInstant(text))
          .default(parseInstant('90d'), '90 days from now'),
      )
      .option('--for <principal>', 'the principal id who would read (yourself by default)')
      .addOption(outputOption()),
    [
      'mesh access request sales/customers --purpose "Churn model training"',
      'mesh access request finance/revenue --purpose "Board pack" --until 2026-12-31',
    ],
  ).action(async (ref: ProductRef, options: RequestOptions) => {
    const data = await session.gateway().request<{ requestAccess: AccessRequest }>(REQUEST_ACCESS, {
      ...ref,
      input: { purpose: options.purpose, until: options.until, principal: options.for },
    });
    const request = data.requestAccess;
    printOutput(
      options.output,
      request,
      () =>
        `access request ${request.id} for ${request.domain}/${request.name}: ${stateColour(request.state)} (until ${request.until.slice(0, 10)})\n`,
    );
  });

  for (const [verb, { mutation, description }] of Object.entries(DECISIONS)) {
    withExamples(
      access
        .command(verb)
        .description(description)
        .argument('<id>', 'the access request id (mesh get access-requests)')
        .option('--reason <text>', 'why, for the requester and the audit log')
        .addOption(outputOption()),
      [`mesh access ${verb} 6f1c2e0a-… --reason "…"`],
    ).action(async (id: string, options: { reason?: string; output: OutputFormat }) => {
      const data = await session
        .gateway()
        .request<Record<string, AccessRequest>>(
          `mutation Decide($id: ID!, $reason: String) { ${mutation}(id: $id, reason: $reason) { ${REQUEST_FIELDS} } }`,
          {
            id,
            reason: options.reason,
          },
        );
      const request = data[mutation];
      printOutput(
        options.output,
        request,
        () => `access request ${request.id} for ${request.domain}/${request.name}: ${stateColour(request.state)}\n`,
      );
    });
  }
}
