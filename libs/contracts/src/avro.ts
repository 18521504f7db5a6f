import { Type } from 'avsc';

/**
 * The one place that decides how Avro values look in JavaScript, shared by the codec, the codegen's validation and
 * the compatibility check. Unions are not wrapped (`["null","string"]` reads as `string | null`, matching the
 * generated types), and decoded records carry no avsc helper methods. Longs are plain numbers, which is why contracts
 * use strings for 64-bit identifiers.
 */
export function avroTypeFor(schema: object): Type {
  return Type.forSchema(schema as Parameters<typeof Type.forSchema>[0], {
    wrapUnions: 'never',
    omitRecordMethods: true,
  });
}
