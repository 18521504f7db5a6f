import { z } from 'zod';
import { meshAddress } from '../addresses/mesh-address';

/** A date (midnight UTC) or a date-time with a time zone, later than now. */
export const futureInstant = z
  .string()
  .refine(
    (value) =>
      (/^\d{4}-\d{2}-\d{2}$/.test(value) || z.string().datetime({ offset: true }).safeParse(value).success) &&
      !Number.isNaN(Date.parse(value)),
    'must be an ISO 8601 date, or a date-time with a time zone',
  )
  .transform((value) => new Date(value))
  .refine((instant) => instant.getTime() > Date.now(), 'must be in the future');

export const deprecateBody = z
  .object({
    sunsetAt: futureInstant,
    replacement: meshAddress.optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .strict();

export type DeprecateInput = z.infer<typeof deprecateBody>;
