import type { DataProductDescriptor } from '@mesh/descriptor';
import type { components, paths } from './generated/registry-api';

/** Every body `GET /v1/products/{domain}/{name}/versions/{version}` can answer with: per `format`. */
export type VersionDocument =
  paths['/v1/products/{domain}/{name}/versions/{version}']['get']['responses'][200]['content'][
    'application/json' | 'application/yaml'];

/**
 * The descriptor in a version's document, as @mesh/descriptor types it. The OpenAPI document spells out only the
 * descriptor's envelope (its `spec` is defined by libs/descriptor/schema/descriptor.schema.json); the registry
 * stores only descriptors that passed that schema's validation, so the JSON it serves is a DataProductDescriptor.
 * Throws when the document is another format's (YAML text, an ODCS contract).
 */
export function descriptorOf(document: VersionDocument): DataProductDescriptor {
  if (!isStoredDescriptor(document))
    throw new Error('the registry answered with another format than a JSON descriptor');
  return document;
}

/** The guard that carries the registry's promise above: a JSON descriptor it serves is a valid one. */
function isStoredDescriptor(
  document: VersionDocument,
): document is components['schemas']['DescriptorDto'] & DataProductDescriptor {
  return typeof document !== 'string' && document.kind === 'DataProduct';
}
