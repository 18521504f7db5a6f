import { createTableRequestSchema } from './new-table';

describe('createTableRequestSchema', () => {
  const schema = { type: 'struct', 'schema-id': 0, fields: [{ id: 1, name: 'id', type: 'long', required: true }] };

  it("takes null for the optional members, as Iceberg's Java client sends them", () => {
    const parsed = createTableRequestSchema.safeParse({
      name: 'orders',
      schema,
      location: null,
      'partition-spec': null,
      'write-order': null,
      'stage-create': null,
      properties: null,
    });
    expect(parsed.success).toBe(true);
  });

  it('still refuses a member of the wrong type', () => {
    expect(createTableRequestSchema.safeParse({ name: 'orders', schema, location: 3 }).success).toBe(false);
  });
});
