import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { CONFIG, hashToken, hasRole, LOGGER } from '@mesh/platform';
import type { Logger } from 'pino';
import { AuditedTransaction, AuditedTransactions } from '../audit/audited-transactions';
import type { RegistryConfig } from '../config';
import { domainsOf, type PrincipalView } from '../principals/principal.model';
import { PrincipalsService } from '../principals/principals.service';
import { expiryAfterDays, MAX_TOKEN_DAYS, tokenChange } from './token.model';
import { TokensRepository } from './tokens.repository';

/** The principal that holds MESH_ADMIN_TOKEN. */
const BOOTSTRAP_ADMIN = {
  name: 'platform-admin',
  kind: 'service',
  roles: [{ role: 'platform-admin' }],
} as const;

const BOOTSTRAP_TOKEN_NAME = 'MESH_ADMIN_TOKEN';

/** A bootstrap token with less than this left is extended at start, so a registry that restarts never locks itself out. */
const RENEW_WITHIN_DAYS = 30;

/**
 * Gives the platform its first admin: at start, the principal `platform-admin` holds MESH_ADMIN_TOKEN (by hash).
 * Repeating it is harmless; when the variable changes, the previous bootstrap token is revoked. Without the
 * variable nothing changes. A bootstrap token revoked through the API stays revoked: set a new one.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(
    @Inject(CONFIG) private readonly config: RegistryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly transactions: AuditedTransactions,
    private readonly principals: PrincipalsService,
    private readonly tokens: TokensRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const token = this.config.MESH_ADMIN_TOKEN;
    if (token === undefined) {
      this.logger.info('MESH_ADMIN_TOKEN is not set: no bootstrap admin token installed');
      return;
    }
    // Instances starting together take turns, so they install one token, not one each.
    await this.transactions.run(null, async (transaction) => {
      await this.tokens.lockBootstrap(transaction.manager);
      const admin = await this.principals.ensure(transaction, BOOTSTRAP_ADMIN);
      if (admin.kind !== 'service' || !hasRole(admin, 'platform-admin')) {
        throw new Error(
          `principal '${admin.name}' is not a platform-admin service principal: MESH_ADMIN_TOKEN not installed`,
        );
      }
      await this.install(transaction, admin, hashToken(token));
    });
  }

  private async install(transaction: AuditedTransaction, admin: PrincipalView, hash: string): Promise<void> {
    const { manager } = transaction;
    const domains = domainsOf(admin.roles);
    for (const previous of await this.tokens.activeBootstrapTokens(manager, admin.id)) {
      if (previous.hash === hash) continue;
      const revoked = await this.tokens.revoke(manager, previous.id);
      await transaction.record(tokenChange('token.revoked', previous, revoked, domains));
      this.logger.info({ tokenId: previous.id }, 'previous MESH_ADMIN_TOKEN revoked');
    }

    const now = new Date();
    const current = await this.tokens.findByHash(manager, hash);
    if (current === null) {
      const created = await this.tokens.insert(manager, {
        principalId: admin.id,
        name: BOOTSTRAP_TOKEN_NAME,
        hash,
        expiresAt: expiryAfterDays(now, MAX_TOKEN_DAYS),
        bootstrap: true,
      });
      await transaction.record(tokenChange('token.created', null, created, domains));
      this.logger.info({ tokenId: created.id }, 'MESH_ADMIN_TOKEN installed for the platform-admin principal');
    } else if (!current.bootstrap || current.principalId !== admin.id) {
      throw new Error('MESH_ADMIN_TOKEN is a token created through the API: set a fresh one');
    } else if (current.revokedAt !== null) {
      this.logger.warn(
        { tokenId: current.id },
        'MESH_ADMIN_TOKEN has been revoked: set a new one to get a bootstrap admin',
      );
    } else if (current.expiresAt < expiryAfterDays(now, RENEW_WITHIN_DAYS)) {
      const renewed = await this.tokens.extend(manager, current.id, expiryAfterDays(now, MAX_TOKEN_DAYS));
      await transaction.record(tokenChange('token.renewed', current, renewed, domains));
    }
  }
}
