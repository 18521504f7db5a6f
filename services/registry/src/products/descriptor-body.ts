import { parseDescriptor, validateDescriptor, type DataProductDescriptor, type ProblemDetail } from '@mesh/descriptor';
import { ProductError } from './product.errors';

/** Media types a descriptor may be sent as; YAML arrives as text, JSON already parsed by the platform. */
export const YAML_MEDIA_TYPES = ['application/yaml', 'text/yaml', 'application/x-yaml'];
const JSON_MEDIA_TYPE = 'application/json';

export interface DescriptorRequest {
  contentType: string | undefined;
  body: unknown;
  /** The product the URL names: `PUT /v1/products/{domain}/{name}`. */
  domain: string;
  name: string;
}

/**
 * The descriptor of an apply request, or a 400 listing every problem with its JSON pointer (malformed YAML,
 * unknown fields, wrong types, failed checks, a URL naming another product), or a 415 for another media type.
 */
export function readDescriptor(request: DescriptorRequest): DataProductDescriptor {
  const parsed = parse(request.contentType, request.body);
  if (!parsed.ok) throw invalid(parsed.problems);
  const { metadata } = parsed.descriptor;
  const mismatches: ProblemDetail[] = [];
  if (metadata.domain !== request.domain) {
    mismatches.push({ pointer: '/metadata/domain', message: `must be '${request.domain}', the domain in the URL` });
  }
  if (metadata.name !== request.name) {
    mismatches.push({ pointer: '/metadata/name', message: `must be '${request.name}', the product in the URL` });
  }
  if (mismatches.length > 0) throw invalid(mismatches);
  return parsed.descriptor;
}

function parse(contentType: string | undefined, body: unknown) {
  const mediaType = contentType?.split(';')[0].trim().toLowerCase();
  if (mediaType === JSON_MEDIA_TYPE) return validateDescriptor(body);
  if (mediaType !== undefined && YAML_MEDIA_TYPES.includes(mediaType)) {
    // A request without a body leaves nothing to read, which the parser reports as an empty document.
    return parseDescriptor(typeof body === 'string' ? body : '', 'yaml');
  }
  throw new ProductError(
    'unsupported_media_type',
    `a descriptor is sent as ${[...YAML_MEDIA_TYPES, JSON_MEDIA_TYPE].join(', ')}; got ${contentType ?? 'no Content-Type'}`,
  );
}

function invalid(problems: readonly ProblemDetail[]) {
  const listed = problems.map((problem) => `${problem.pointer || '/'} ${problem.message}`).join('; ');
  return new ProductError('invalid_descriptor', `invalid descriptor: ${listed}`, problems);
}
