import { z } from 'zod';

// Query and path parameters shared by the read API's routes, validated with zod and parsed by `parseInput`.

const SEGMENT = '[a-z][a-z0-9-]{0,62}';

/** Domain and product names as the registry allows them. */
export const domainName = z.string().regex(new RegExp(`^${SEGMENT}$`), 'is not a domain name');
export const productName = z.string().regex(new RegExp(`^${SEGMENT}$`), 'is not a product name');

/** `domain/name`, the way the gateway and the CLI write a product. */
export const productKey = z
  .string()
  .regex(new RegExp(`^${SEGMENT}/${SEGMENT}$`), 'is not a product written domain/name')
  .transform((key) => {
    const [domain, name] = key.split('/');
    return { domain, name };
  });

export type ProductKey = z.output<typeof productKey>;

/** One of the values, with a message that lists them (zod's own repeats the value, which the list already names). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { errorMap: () => ({ message: `is not one of ${values.join(', ')}` }) });
}

/**
 * A parameter that takes several values, repeated (`?state=open&state=resolved`) or comma-separated
 * (`?state=open,resolved`), since clients build either. Every problem is reported at the parameter itself, so a
 * 400 names `/state` whichever form was used; repeated values count once. `max` bounds lists of open-ended values
 * (an enum's bounds itself).
 */
export function listParameter<T extends z.ZodTypeAny>(item: T, max = Infinity) {
  return z.union([z.string(), z.array(z.string())]).transform((given, context): z.output<T>[] => {
    const values = [...new Set([given].flat().flatMap((value) => value.split(',').map((part) => part.trim())))];
    if (values.length > max) {
      context.addIssue({ code: 'custom', message: `takes at most ${max} values, got ${values.length}` });
      return z.NEVER;
    }
    const parsed: z.output<T>[] = [];
    for (const value of values) {
      const result = item.safeParse(value);
      if (result.success) parsed.push(result.data);
      else context.addIssue({ code: 'custom', message: `'${value}' ${result.error.issues[0].message}` });
    }
    return parsed;
  });
}
