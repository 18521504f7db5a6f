import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Raw } from 'typeorm';
import { ApiTokenEntity } from './api-token.entity';
import { LAST_USED_RESOLUTION_MS } from './token.model';

/** First key of the advisory lock that serialises bootstrap-token installation across registry instances. */
const BOOTSTRAP_LOCK_CLASS = 0x52450001;

export interface NewToken {
  principalId: string;
  name: string;
  hash: string;
  expiresAt: Date;
  bootstrap: boolean;
}

@Injectable()
export class TokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, token: NewToken): Promise<ApiTokenEntity> {
    const inserted = await manager.insert(ApiTokenEntity, token);
    const { id } = inserted.identifiers[0] as { id: string };
    return manager.findOneByOrFail(ApiTokenEntity, { id });
  }

  findById(id: string): Promise<ApiTokenEntity | null> {
    return this.dataSource.manager.findOneBy(ApiTokenEntity, { id });
  }

  /** The token, locked until the transaction ends, so that revocations of it apply one after the other. */
  findForUpdate(manager: EntityManager, id: string): Promise<ApiTokenEntity | null> {
    return manager.findOne(ApiTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByHash(manager: EntityManager, hash: string): Promise<ApiTokenEntity | null> {
    return manager.findOneBy(ApiTokenEntity, { hash });
  }

  /** A principal's tokens, newest first, revoked and expired ones included. */
  listFor(principalId: string): Promise<ApiTokenEntity[]> {
    return this.dataSource.manager.find(ApiTokenEntity, { where: { principalId }, order: { createdAt: 'DESC' } });
  }

  /** The token with this hash with its principal and roles, unless it is revoked or expired (by the database clock). */
  findActiveByHash(hash: string): Promise<ApiTokenEntity | null> {
    return this.dataSource.manager.findOne(ApiTokenEntity, {
      where: { hash, revokedAt: IsNull(), expiresAt: Raw((expiresAt) => `${expiresAt} > now()`) },
      relations: { principal: { roles: true } },
    });
  }

  /** The principal's bootstrap tokens that are not revoked. */
  activeBootstrapTokens(manager: EntityManager, principalId: string): Promise<ApiTokenEntity[]> {
    return manager.findBy(ApiTokenEntity, { principalId, bootstrap: true, revokedAt: IsNull() });
  }

  async revoke(manager: EntityManager, id: string): Promise<ApiTokenEntity> {
    await manager.update(ApiTokenEntity, { id }, { revokedAt: () => 'now()' });
    return manager.findOneByOrFail(ApiTokenEntity, { id });
  }

  async extend(manager: EntityManager, id: string, expiresAt: Date): Promise<ApiTokenEntity> {
    await manager.update(ApiTokenEntity, { id }, { expiresAt });
    return manager.findOneByOrFail(ApiTokenEntity, { id });
  }

  /** Records a use; the condition keeps concurrent requests from writing more than once per resolution. */
  async touch(id: string): Promise<void> {
    await this.dataSource.manager.query(
      `UPDATE api_tokens SET last_used_at = now()
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= now() - make_interval(secs => $2))`,
      [id, LAST_USED_RESOLUTION_MS / 1000],
    );
  }

  /** Held until the transaction ends, even when the connection dies. */
  async lockBootstrap(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, 0)', [BOOTSTRAP_LOCK_CLASS]);
  }
}
