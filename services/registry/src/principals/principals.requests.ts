import { Param } from '@nestjs/common';
import { pageQuery, parseInput, PRINCIPAL_KINDS, roleGrantSchema } from '@mesh/platform';
import { z } from 'zod';
import { domainName } from '../domains/domains.requests';

/** Names appear in logs, URNs and the CLI: printable, no spaces. */
const principalName = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@+-]*$/, 'must be letters, digits and . _ @ + -, starting with a letter or digit');

export const createPrincipalBody = z
  .object({
    name: principalName,
    kind: z.enum(PRINCIPAL_KINDS),
    roles: z.array(roleGrantSchema).min(1, 'must grant at least one role').max(50),
  })
  .strict();

/** Principals are listed by name; the cursor is the name of the last one of the previous page. */
export const listPrincipalsQuery = z
  .object({ domain: domainName.optional(), ...pageQuery(z.tuple([z.string()])) })
  .strict();

export type CreatePrincipalInput = z.infer<typeof createPrincipalBody>;
export type ListPrincipalsQuery = z.infer<typeof listPrincipalsQuery>;

/** A path parameter holding an id (a UUID); anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(name, {
    transform: (raw: string) => parseInput(z.object({ [name]: z.string().uuid() }), { [name]: raw }, 'path')[name],
  });
