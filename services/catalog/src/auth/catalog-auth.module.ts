import { AuthModule, CONFIG, IntrospectionAuthenticator } from '@mesh/platform';
import type { CatalogConfig } from '../config';

/**
 * Every catalog route needs a bearer token (PyIceberg sends its `token` property so), checked by the registry's
 * introspection with the catalog's service token.
 */
export const CatalogAuthModule = AuthModule.forRoot({
  authenticator: {
    useFactory: (config: CatalogConfig) => new IntrospectionAuthenticator(config.REGISTRY_URL, config.REGISTRY_TOKEN),
    inject: [CONFIG],
  },
});
