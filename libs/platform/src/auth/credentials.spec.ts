import { ApiError } from '../errors/api-error';
import { tokenFromAuthorization } from './credentials';

const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;

describe('tokenFromAuthorization', () => {
  it('finds no token without a header', () => {
    expect(tokenFromAuthorization(undefined)).toBeUndefined();
    expect(tokenFromAuthorization('')).toBeUndefined();
  });

  it('reads a bearer token, whatever the case of the scheme', () => {
    expect(tokenFromAuthorization('Bearer mesh_abc')).toBe('mesh_abc');
    expect(tokenFromAuthorization('bearer  mesh_abc ')).toBe('mesh_abc');
  });

  it('reads the password of Basic credentials, ignoring the user name', () => {
    expect(tokenFromAuthorization(basic('anyone:mesh_abc'))).toBe('mesh_abc');
    expect(tokenFromAuthorization(basic(':mesh_abc'))).toBe('mesh_abc');
  });

  it.each([['Token mesh_abc'], ['Bearer'], ['Bearer a b'], [basic('no-colon')]])('refuses %j with a 401', (header) => {
    let failure: unknown;
    try {
      tokenFromAuthorization(header);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 401 });
  });
});
