import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = ['platform-admin', 'governance-admin', 'domain-owner', 'domain-member', 'consumer'];
const AFTER = [...BEFORE, 'platform-service', 'platform-reader', 'catalog-writer'];

const roleCheck = (roles: readonly string[]) =>
  `ALTER TABLE principal_roles ADD CONSTRAINT principal_roles_role_check CHECK (role IN (${roles
    .map((role) => `'${role}'`)
    .join(', ')}))`;

/**
 * The platform's services get roles of their own (platform-service, platform-reader, catalog-writer) instead of the
 * admin's token. All three are platform-wide, so the table's other check (no domain for them) already holds.
 */
export class ServiceRoles1765000000000 implements MigrationInterface {
  readonly name = 'ServiceRoles1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE principal_roles DROP CONSTRAINT principal_roles_role_check');
    await queryRunner.query(roleCheck(AFTER));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM principal_roles WHERE role NOT IN (${BEFORE.map((r) => `'${r}'`).join(', ')})`,
    );
    await queryRunner.query('ALTER TABLE principal_roles DROP CONSTRAINT principal_roles_role_check');
    await queryRunner.query(roleCheck(BEFORE));
  }
}
