/** The part of the Confluent Schema Registry API that the codec needs. */
export interface SchemaRegistry {
  /** Registers `schema` under `subject` (or finds it already there) and returns its global id. */
  register(subject: string, schema: string): Promise<number>;
  /** The schema with this global id; rejects with SchemaNotFoundError when the registry has no such id. */
  schemaById(id: number): Promise<string>;
}

/** The registry answered that it has no schema with this id; unlike other failures, asking again will not help. */
export class SchemaNotFoundError extends Error {
  constructor(readonly schemaId: number) {
    super(`the schema registry has no schema with id ${schemaId}`);
    this.name = 'SchemaNotFoundError';
  }
}
