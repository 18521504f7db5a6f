import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log becomes the mesh's: every service's write requests arrive as `audit.write.recorded` events and land
 * here beside the registry's own changes, with the service that answered, the request id, the path written and the
 * answer's status (refused attempts included). Entries from before this migration are the registry's.
 */
export class MeshAudit1766200000000 implements MigrationInterface {
  readonly name = 'MeshAudit1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_log
        ADD COLUMN service text NOT NULL DEFAULT 'registry',
        ADD COLUMN request_id text,
        ADD COLUMN path text,
        ADD COLUMN status integer`);
    await queryRunner.query('CREATE INDEX audit_log_request_id ON audit_log (request_id) WHERE request_id IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX audit_log_request_id');
    await queryRunner.query(
      'ALTER TABLE audit_log DROP COLUMN service, DROP COLUMN request_id, DROP COLUMN path, DROP COLUMN status',
    );
  }
}
