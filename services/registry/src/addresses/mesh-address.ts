import { parseProductAddress, type ProductAddress } from '@mesh/descriptor';
import { z } from 'zod';

/** A `mesh://<domain>/<product>/v<major>` address in a request, parsed; a 400 at its pointer when malformed. */
export const meshAddress = z.string().transform((value, context): ProductAddress => {
  const parsed = parseProductAddress(value);
  if (parsed !== undefined) return parsed;
  context.addIssue({
    code: 'custom',
    message: 'must be a mesh address: mesh://<domain>/<product>/v<major>, e.g. mesh://sales/orders/v1',
  });
  return z.NEVER;
});

export function formatAddress({ domain, product, major }: ProductAddress): string {
  return `mesh://${domain}/${product}/v${major}`;
}
