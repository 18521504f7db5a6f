import { Injectable } from '@nestjs/common';
import { AuthError, generateToken, hashToken, isTokenFormat, type AuthenticatedPrincipal } from '@mesh/platform';
import { AuditedTransactions } from '../audit/audited-transactions';
import { requireManageTokens } from '../principals/principal-rights';
import { domainsOf, toAuthenticatedPrincipal, toPrincipalView } from '../principals/principal.model';
import { PrincipalsService } from '../principals/principals.service';
import { requireServiceOrAdmin } from './service-rights';
import { TokenError } from './token.errors';
import {
  expiryAfterDays,
  lastUseIsStale,
  tokenChange,
  toTokenView,
  type CreatedToken,
  type TokenView,
} from './token.model';
import type { CreateTokenInput } from './tokens.requests';
import { TokensRepository } from './tokens.repository';

/** A token that is neither unknown, revoked nor expired. */
export interface ActiveToken {
  principal: AuthenticatedPrincipal;
  expiresAt: Date;
}

export type Introspection = ({ active: true } & ActiveToken) | { active: false };

/** The answer of GET /v1/me. */
export interface Me {
  principal: AuthenticatedPrincipal;
  /** The domains the principal holds a role in. */
  domains: string[];
  tokenExpiresAt: Date;
}

@Injectable()
export class TokensService {
  constructor(
    private readonly repository: TokensRepository,
    private readonly principals: PrincipalsService,
    private readonly transactions: AuditedTransactions,
  ) {}

  /** Mints a token for the principal; the answer is the only place the token ever appears. */
  async create(actor: AuthenticatedPrincipal, principalId: string, input: CreateTokenInput): Promise<CreatedToken> {
    const owner = await this.principals.get(principalId);
    requireManageTokens(actor, owner);
    const token = generateToken();
    const created = await this.transactions.run(actor, async (transaction) => {
      const entity = await this.repository.insert(transaction.manager, {
        principalId,
        name: input.name,
        hash: hashToken(token),
        expiresAt: expiryAfterDays(new Date(), input.expiresInDays),
        bootstrap: false,
      });
      await transaction.record(tokenChange('token.created', null, entity, domainsOf(owner.roles)));
      return entity;
    });
    return { id: created.id, token, expiresAt: created.expiresAt };
  }

  async list(actor: AuthenticatedPrincipal, principalId: string): Promise<TokenView[]> {
    requireManageTokens(actor, await this.principals.get(principalId));
    return (await this.repository.listFor(principalId)).map(toTokenView);
  }

  /** Revokes the token at once (here; other services within their cache time). Revoking twice changes nothing. */
  async revoke(actor: AuthenticatedPrincipal, tokenId: string): Promise<void> {
    const token = await this.repository.findById(tokenId);
    if (token === null) throw new TokenError('token_not_found', `no token with id '${tokenId}'`);
    const owner = await this.principals.get(token.principalId);
    requireManageTokens(actor, owner);
    await this.transactions.run(actor, async (transaction) => {
      const before = await this.repository.findForUpdate(transaction.manager, tokenId);
      if (before === null || before.revokedAt !== null) return;
      const after = await this.repository.revoke(transaction.manager, tokenId);
      await transaction.record(tokenChange('token.revoked', before, after, domainsOf(owner.roles)));
    });
  }

  /** The token's principal, when the token is active; how the registry authenticates its own requests. */
  async resolve(token: string): Promise<ActiveToken | null> {
    if (!isTokenFormat(token)) return null;
    const found = await this.repository.findActiveByHash(hashToken(token));
    if (found === null) return null;
    if (lastUseIsStale(found.lastUsedAt, new Date())) await this.repository.touch(found.id);
    return { principal: toAuthenticatedPrincipal(toPrincipalView(found.principal)), expiresAt: found.expiresAt };
  }

  /** Who a caller is, by its own token: any principal may ask about itself. */
  async whoAmI(token: string): Promise<Me> {
    const active = await this.resolve(token);
    // The guard authenticated this very token a moment ago; it can only have been revoked since.
    if (active === null) throw new AuthError('unauthenticated', 'the token is invalid, expired or revoked');
    const { principal, expiresAt } = active;
    const domains = [
      ...new Set(principal.roles.flatMap((grant) => (grant.domain === undefined ? [] : [grant.domain]))),
    ];
    return { principal, domains: domains.sort(), tokenExpiresAt: expiresAt };
  }

  /** How other services check tokens; only platform services (`platform-service`) and platform admins may ask. */
  async introspect(caller: AuthenticatedPrincipal, token: string): Promise<Introspection> {
    requireServiceOrAdmin(caller);
    const active = await this.resolve(token);
    return active === null ? { active: false } : { active: true, ...active };
  }
}
