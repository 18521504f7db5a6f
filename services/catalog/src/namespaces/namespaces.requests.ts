import { z } from 'zod';

export const createNamespaceBody = z.object({
  namespace: z.array(z.string()),
  properties: z.record(z.string()).default({}),
});

export const updatePropertiesBody = z.object({
  removals: z.array(z.string()).default([]),
  updates: z.record(z.string()).default({}),
});
export type UpdatePropertiesInput = z.infer<typeof updatePropertiesBody>;
