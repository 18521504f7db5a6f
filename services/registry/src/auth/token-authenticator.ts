import { Injectable } from '@nestjs/common';
import type { AuthenticatedPrincipal, Authenticator } from '@mesh/platform';
import { TokensService } from './tokens.service';

/**
 * The registry checks tokens against its own tables, without a cache, so a revocation takes effect here at once.
 * Other services ask the registry through IntrospectionAuthenticator.
 */
@Injectable()
export class TokenAuthenticator implements Authenticator {
  constructor(private readonly tokens: TokensService) {}

  async authenticate(token: string): Promise<AuthenticatedPrincipal | null> {
    return (await this.tokens.resolve(token))?.principal ?? null;
  }
}
