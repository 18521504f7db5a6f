import { AuthError } from './auth-error';

/**
 * The token an Authorization header carries: `Bearer <token>`, or HTTP Basic with the token as password (the user
 * name is ignored), for clients that only speak Basic such as Confluent's Schema Registry clients. Undefined when
 * there is no header; a 401 when the header is something else.
 */
export function tokenFromAuthorization(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const [scheme, value, ...rest] = header.trim().split(/\s+/);
  if (value === undefined || rest.length > 0) throw malformed();
  switch (scheme.toLowerCase()) {
    case 'bearer':
      return value;
    case 'basic': {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) throw malformed();
      return decoded.slice(colon + 1);
    }
    default:
      throw malformed();
  }
}

function malformed(): AuthError {
  return new AuthError(
    'unauthenticated',
    'the Authorization header must be "Bearer <token>" or Basic with the token as password',
  );
}
