import { isPrimitive, nameOf, qualify, shortName, type AvroRecordSchema } from './avro-schema';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Attributes of a payload file that describe the contract rather than the data; not part of the wire schema. */
const CONTRACT_ATTRIBUTES: ReadonlySet<string> = new Set(['eventType']);

export interface EventToCompose {
  /** Full Avro name of the event record, e.g. mesh.events.quality.AlertRaised. */
  recordName: string;
  payload: JsonObject & { doc?: unknown };
}

export interface ComposedEvent {
  /** Self-contained event schema, not yet validated. */
  schema: JsonObject;
  /** Full names of the shared types the schema inlines. */
  sharedTypesUsed: Set<string>;
}

/**
 * Builds the event schema: a record with the envelope fields followed by a `payload` field. Payload files refer to
 * shared types by name; Avro wants every name defined before use within one schema, so each shared type is inlined
 * where it first appears and referred to by name after that. The result is what the Schema Registry stores.
 */
export function composeEventSchema(
  envelope: AvroRecordSchema,
  event: EventToCompose,
  sharedTypes: ReadonlyMap<string, JsonObject>,
): ComposedEvent {
  const { namespace } = nameOf({ name: event.recordName }, '');
  const inliner = new SharedTypeInliner(sharedTypes);
  const payload = Object.fromEntries(Object.entries(event.payload).filter(([key]) => !CONTRACT_ATTRIBUTES.has(key)));
  const schema = {
    type: 'record',
    name: shortName(event.recordName),
    namespace,
    doc: event.payload.doc,
    fields: [
      ...envelope.fields,
      { name: 'payload', type: inliner.inline(payload, namespace), doc: 'Data specific to this event type.' },
    ],
  };
  return { schema, sharedTypesUsed: inliner.used };
}

class SharedTypeInliner {
  readonly used = new Set<string>();
  private readonly defined = new Set<string>();

  constructor(private readonly sharedTypes: ReadonlyMap<string, JsonObject>) {}

  inline(schema: unknown, namespace: string): unknown {
    if (typeof schema === 'string') return this.inlineReference(schema, namespace);
    if (Array.isArray(schema)) return schema.map((branch) => this.inline(branch, namespace));
    if (!isJsonObject(schema)) return schema;
    switch (schema.type) {
      case 'array':
        return { ...schema, items: this.inline(schema.items, namespace) };
      case 'map':
        return { ...schema, values: this.inline(schema.values, namespace) };
      case 'record':
      case 'enum':
      case 'fixed':
        return this.inlineDefinition(schema, namespace);
      default:
        return schema;
    }
  }

  private inlineReference(name: string, namespace: string): unknown {
    const fullName = isPrimitive(name) ? name : qualify(name, namespace);
    const definition = this.sharedTypes.get(fullName);
    if (definition === undefined || this.defined.has(fullName)) return name;
    this.used.add(fullName);
    return this.inline(definition, namespace);
  }

  private inlineDefinition(schema: JsonObject, enclosingNamespace: string): unknown {
    if (typeof schema.name !== 'string') return schema;
    const { fullName, namespace } = nameOf({ name: schema.name, namespace: schema.namespace }, enclosingNamespace);
    this.defined.add(fullName);
    if (schema.type !== 'record' || !Array.isArray(schema.fields)) return schema;
    return {
      ...schema,
      fields: schema.fields.map((field: unknown) =>
        isJsonObject(field) ? { ...field, type: this.inline(field.type, namespace) } : field,
      ),
    };
  }
}
