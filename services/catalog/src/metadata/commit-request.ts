import { z } from 'zod';
import {
  encryptedKeySchema,
  long,
  partitionSpecSchema,
  partitionStatisticsFileSchema,
  schemaSchema,
  snapshotRefSchema,
  snapshotSchema,
  sortOrderSchema,
  statisticsFileSchema,
} from './table-metadata';

// The spec's TableUpdate and TableRequirement, every one of them. An unknown `action` or `type` fails the
// discriminated union at its own pointer (/updates/3/action), which is the 400 the spec requires.

export const tableUpdateSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign-uuid'), uuid: z.string().uuid() }),
  z.object({ action: z.literal('upgrade-format-version'), 'format-version': z.number().int() }),
  z.object({
    action: z.literal('add-schema'),
    schema: schemaSchema,
    'last-column-id': z.number().int().optional(),
  }),
  z.object({ action: z.literal('set-current-schema'), 'schema-id': z.number().int().min(-1) }),
  z.object({ action: z.literal('add-spec'), spec: partitionSpecSchema }),
  z.object({ action: z.literal('set-default-spec'), 'spec-id': z.number().int().min(-1) }),
  z.object({ action: z.literal('add-sort-order'), 'sort-order': sortOrderSchema }),
  z.object({ action: z.literal('set-default-sort-order'), 'sort-order-id': z.number().int().min(-1) }),
  z.object({ action: z.literal('add-snapshot'), snapshot: snapshotSchema }),
  snapshotRefSchema.extend({ action: z.literal('set-snapshot-ref'), 'ref-name': z.string().min(1) }),
  z.object({ action: z.literal('remove-snapshots'), 'snapshot-ids': z.array(long) }),
  z.object({ action: z.literal('remove-snapshot-ref'), 'ref-name': z.string().min(1) }),
  z.object({ action: z.literal('set-location'), location: z.string().min(1) }),
  z.object({ action: z.literal('set-properties'), updates: z.record(z.string()) }),
  z.object({ action: z.literal('remove-properties'), removals: z.array(z.string()) }),
  z.object({
    action: z.literal('set-statistics'),
    'snapshot-id': long.optional(),
    statistics: statisticsFileSchema,
  }),
  z.object({ action: z.literal('remove-statistics'), 'snapshot-id': long }),
  z.object({ action: z.literal('set-partition-statistics'), 'partition-statistics': partitionStatisticsFileSchema }),
  z.object({ action: z.literal('remove-partition-statistics'), 'snapshot-id': long }),
  z.object({ action: z.literal('remove-partition-specs'), 'spec-ids': z.array(z.number().int()) }),
  z.object({ action: z.literal('remove-schemas'), 'schema-ids': z.array(z.number().int()) }),
  z.object({ action: z.literal('add-encryption-key'), 'encryption-key': encryptedKeySchema }),
  z.object({ action: z.literal('remove-encryption-key'), 'key-id': z.string().min(1) }),
]);
export type TableUpdate = z.infer<typeof tableUpdateSchema>;
export type TableUpdateAction = TableUpdate['action'];

export const tableRequirementSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assert-create') }),
  z.object({ type: z.literal('assert-table-uuid'), uuid: z.string().min(1) }),
  z.object({ type: z.literal('assert-ref-snapshot-id'), ref: z.string().min(1), 'snapshot-id': long.nullable() }),
  z.object({ type: z.literal('assert-last-assigned-field-id'), 'last-assigned-field-id': z.number().int() }),
  z.object({ type: z.literal('assert-current-schema-id'), 'current-schema-id': z.number().int() }),
  z.object({ type: z.literal('assert-last-assigned-partition-id'), 'last-assigned-partition-id': z.number().int() }),
  z.object({ type: z.literal('assert-default-spec-id'), 'default-spec-id': z.number().int() }),
  z.object({ type: z.literal('assert-default-sort-order-id'), 'default-sort-order-id': z.number().int() }),
]);
export type TableRequirement = z.infer<typeof tableRequirementSchema>;

export const tableIdentifierSchema = z.object({ namespace: z.array(z.string()), name: z.string() });

export const commitTableRequestSchema = z.object({
  identifier: tableIdentifierSchema.optional(),
  requirements: z.array(tableRequirementSchema).default([]),
  updates: z.array(tableUpdateSchema),
});
export type CommitTableRequest = z.infer<typeof commitTableRequestSchema>;

export const commitTransactionRequestSchema = z.object({
  'table-changes': z
    .array(commitTableRequestSchema.extend({ identifier: tableIdentifierSchema }))
    .min(1, 'expected at least one table change'),
});
