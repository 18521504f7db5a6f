import { ADMIN_TOKEN } from '@mesh/testing';

export { ADMIN_TOKEN, startRegistry, type RegistryUnderTest } from '@mesh/testing';

export const SCHEMA_REGISTRY_MEDIA_TYPE = 'application/vnd.schemaregistry.v1+json';

export interface Answer<T> {
  status: number;
  contentType: string | null;
  body: T;
}

/**
 * A request to the Schema Registry API with a JSON body, sent as Confluent clients send it unless told otherwise,
 * with the admin's token unless given other credentials (an Authorization header value, or null for none).
 */
export async function call<T = unknown>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  body?: unknown,
  contentType = SCHEMA_REGISTRY_MEDIA_TYPE,
  authorization: string | null = `Bearer ${ADMIN_TOKEN}`,
): Promise<Answer<T>> {
  const response = await fetch(url, {
    method,
    headers: {
      Accept: SCHEMA_REGISTRY_MEDIA_TYPE,
      ...(body === undefined ? {} : { 'Content-Type': contentType }),
      ...(authorization === null ? {} : { Authorization: authorization }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: T;
  try {
    parsed = JSON.parse(text) as T;
  } catch {
    throw new Error(`${method} ${url} answered ${response.status} with a body that is not JSON: ${text}`);
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body: parsed };
}
