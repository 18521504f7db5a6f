import { z } from 'zod';

/**
 * The S3 signer spec's S3SignRequest (docs/specs/iceberg/s3-signer-open-api.yaml), which the REST spec's
 * RemoteSignRequest extends with `provider` (the storage's scheme; `s3` when absent, the only one signed here).
 */
export const s3SignRequestSchema = z
  .object({
    region: z.string().min(1),
    uri: z.string().min(1),
    method: z.enum(['PUT', 'GET', 'HEAD', 'POST', 'DELETE', 'PATCH', 'OPTIONS']),
    headers: z.record(z.string(), z.array(z.string())),
    properties: z.record(z.string(), z.string()).nullish(),
    body: z.string().nullish(),
    provider: z.literal('s3').optional(),
  })
  .strict();

export type S3SignRequest = z.infer<typeof s3SignRequestSchema>;

/** What a request to the store acts on, as the signer judges it. */
export interface S3Target {
  url: URL;
  bucket: string;
  /** The object key, or for a listing (GET on the bucket) its `prefix`; decoded. */
  key: string;
  /** Reading (GET, HEAD) needs read on the table; anything else changes objects and needs write on the namespace. */
  access: 'read' | 'write';
}

/** Why a request is not signed: the caller is told, as a 403. */
export class UnsignableRequest extends Error {}

/**
 * Which object a request to the store names. Only object requests (path-style `<endpoint>/<bucket>/<key>`, or
 * virtual-hosted `<bucket>.<endpoint host>/<key>`) and listings under a prefix are signed: bucket-wide operations
 * (DeleteObjects, policies, deleting the bucket) could touch any domain's objects, so they are refused.
 */
export function s3TargetOf(request: S3SignRequest, endpoint: URL): S3Target {
  let url: URL;
  try {
    url = new URL(request.uri);
  } catch {
    throw new UnsignableRequest(`/uri '${request.uri}' is not a URL`);
  }
  const path = url.pathname.replace(/^\//, '');
  let bucket: string;
  let encodedKey: string;
  if (url.host === endpoint.host && url.protocol === endpoint.protocol) {
    [bucket, encodedKey] = splitFirst(path);
  } else if (url.host.endsWith(`.${endpoint.host}`) && url.protocol === endpoint.protocol) {
    bucket = url.host.slice(0, -(endpoint.host.length + 1));
    encodedKey = path;
  } else {
    throw new UnsignableRequest(`/uri: ${url.origin} is not the warehouse's store (${endpoint.origin})`);
  }
  const key = safeDecode(encodedKey);
  // A `.` or `..` segment (slashes encoded as %2F survive URL parsing) could name for the store another object than
  // the one checked here; Iceberg never makes such keys.
  if (key.split('/').some((segment) => segment === '.' || segment === '..'))
    throw new UnsignableRequest(`/uri: the key '${key}' has '.' or '..' segments`);
  const access = request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write';
  if (bucket === '') throw new UnsignableRequest('/uri names no bucket');
  if (key !== '') {
    if (request.method === 'PATCH' || request.method === 'OPTIONS')
      throw new UnsignableRequest(`/method ${request.method} is not an object operation the catalog signs`);
    return { url, bucket, key, access };
  }
  const prefix = url.searchParams.get('prefix');
  if (request.method === 'GET' && prefix !== null && prefix !== '') {
    if (prefix.split('/').some((segment) => segment === '.' || segment === '..'))
      throw new UnsignableRequest(`/uri: the prefix '${prefix}' has '.' or '..' segments`);
    return { url, bucket, key: prefix, access };
  }
  throw new UnsignableRequest(
    `${request.method} on bucket ${bucket} itself: only requests for objects, and listings under a prefix, are signed`,
  );
}

function splitFirst(path: string): [string, string] {
  const slash = path.indexOf('/');
  return slash < 0 ? [path, ''] : [path.slice(0, slash), path.slice(slash + 1)];
}

function safeDecode(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new UnsignableRequest(`/uri: the key '${encoded}' is not valid percent-encoding`);
  }
}
