import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Policy, PolicySpec, PolicyTarget } from './policy.model';

export type PolicyChange = 'created' | 'updated' | 'deleted';

export interface StoredPolicy extends Policy {
  deleted: boolean;
  updatedBy: string | null;
  updatedAt: Date;
}

export interface PolicyRevision {
  revision: number;
  change: PolicyChange;
  policy: PolicySpec;
  changedBy: string | null;
  changedAt: Date;
}

interface PolicyRow {
  id: string;
  revision: number;
  title: string;
  description: string;
  domain: string | null;
  severity: Policy['severity'];
  target: PolicyTarget;
  expression: string;
  message: string;
  deleted: boolean;
  updated_by: string | null;
  updated_at: Date;
}

const toPolicy = (row: PolicyRow): StoredPolicy => ({
  id: row.id,
  revision: row.revision,
  title: row.title,
  description: row.description,
  domain: row.domain,
  severity: row.severity,
  target: row.target,
  expression: row.expression,
  message: row.message,
  deleted: row.deleted,
  updatedBy: row.updated_by,
  updatedAt: row.updated_at,
});

@Injectable()
export class PoliciesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findForUpdate(manager: EntityManager, id: string): Promise<StoredPolicy | null> {
    const rows: PolicyRow[] = await manager.query('SELECT * FROM policies WHERE id = $1 FOR UPDATE', [id]);
    return rows.length === 0 ? null : toPolicy(rows[0]);
  }

  async find(id: string): Promise<StoredPolicy | null> {
    const rows: PolicyRow[] = await this.dataSource.query('SELECT * FROM policies WHERE id = $1', [id]);
    return rows.length === 0 ? null : toPolicy(rows[0]);
  }

  /** Live policies, optionally of one scope (null: global) and target, by id. */
  /** Live policies by id, `limit` of them after the id `after`. */
  async list(filter: {
    domain?: string | null;
    target?: PolicyTarget;
    after?: string;
    limit: number;
  }): Promise<StoredPolicy[]> {
    const where = ['NOT deleted'];
    const params: unknown[] = [];
    if (filter.after !== undefined) {
      params.push(filter.after);
      where.push(`id > $${params.length}`);
    }
    if (filter.domain === null) where.push('domain IS NULL');
    else if (filter.domain !== undefined) {
      params.push(filter.domain);
      where.push(`domain = $${params.length}`);
    }
    if (filter.target !== undefined) {
      params.push(filter.target);
      where.push(`target = $${params.length}`);
    }
    const rows: PolicyRow[] = await this.dataSource.query(
      `SELECT * FROM policies WHERE ${where.join(' AND ')} ORDER BY id LIMIT $${params.length + 1}`,
      [...params, filter.limit],
    );
    return rows.map(toPolicy);
  }

  /**
   * The live policies that apply to products of the given domains (global ones and each domain's own), for one
   * target. Without domains: every live policy of the target.
   */
  async applicable(
    target: PolicyTarget,
    domains: readonly string[] | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Policy[]> {
    const rows: PolicyRow[] =
      domains === null
        ? await manager.query('SELECT * FROM policies WHERE NOT deleted AND target = $1 ORDER BY id', [target])
        : await manager.query(
            'SELECT * FROM policies WHERE NOT deleted AND target = $1 AND (domain IS NULL OR domain = ANY($2)) ORDER BY id',
            [target, domains],
          );
    return rows.map(toPolicy);
  }

  /** Writes the policy at its new revision and records the revision; `created` inserts when the id is new. */
  async save(
    manager: EntityManager,
    policy: Policy,
    change: PolicyChange,
    actor: string | null,
    exists: boolean,
  ): Promise<void> {
    const values = [...policyColumns(policy), change === 'deleted', actor];
    await manager.query(
      exists
        ? `UPDATE policies SET revision = $2, title = $3, description = $4, domain = $5, severity = $6, target = $7,
             expression = $8, message = $9, deleted = $10, updated_by = $11, updated_at = now() WHERE id = $1`
        : `INSERT INTO policies (id, revision, title, description, domain, severity, target, expression, message,
             deleted, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      values,
    );
    await this.recordRevision(manager, policy, change, actor);
  }

  /** Inserts a policy unless its id exists; returns whether it did (seeding at boot, safe with several instances). */
  async insertIfMissing(manager: EntityManager, policy: Policy): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO policies (id, revision, title, description, domain, severity, target, expression, message)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING id`,
      policyColumns(policy),
    );
    if (inserted.length === 0) return false;
    await this.recordRevision(manager, policy, 'created', null);
    return true;
  }

  async revisions(id: string): Promise<PolicyRevision[]> {
    const rows: {
      revision: number;
      change: PolicyChange;
      policy: PolicySpec;
      changed_by: string | null;
      changed_at: Date;
    }[] = await this.dataSource.query(
      'SELECT revision, change, policy, changed_by, changed_at FROM policy_revisions WHERE policy_id = $1 ORDER BY revision',
      [id],
    );
    return rows.map((row) => ({
      revision: row.revision,
      change: row.change,
      policy: row.policy,
      changedBy: row.changed_by,
      changedAt: row.changed_at,
    }));
  }

  private async recordRevision(
    manager: EntityManager,
    policy: Policy,
    change: PolicyChange,
    actor: string | null,
  ): Promise<void> {
    const { revision, ...spec } = policy;
    await manager.query(
      'INSERT INTO policy_revisions (policy_id, revision, change, policy, changed_by) VALUES ($1, $2, $3, $4, $5)',
      [policy.id, revision, change, JSON.stringify(spec), actor],
    );
  }
}

/** A policy's values for the policies table, in the order its statements list the columns: id first, message last. */
function policyColumns(policy: Policy): unknown[] {
  return [
    policy.id,
    policy.revision,
    policy.title,
    policy.description,
    policy.domain,
    policy.severity,
    policy.target,
    policy.expression,
    policy.message,
  ];
}
