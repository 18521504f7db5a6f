import { CLASSIFICATIONS, type Classification, type FieldSchema } from './descriptor';

/** Position in the order public < internal < confidential < restricted. */
export function classificationRank(classification: Classification): number {
  return CLASSIFICATIONS.indexOf(classification);
}

/** A field without its own classification has the product's. */
export function effectiveClassification(field: FieldSchema, product: Classification): Classification {
  return field.classification ?? product;
}
