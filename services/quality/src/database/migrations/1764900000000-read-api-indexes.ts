import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the reads the GraphQL gateway makes: the mesh-wide alert list and the batch of current scores.
 * Alerts are few but their resolved history grows without end, so the list walks an index in its order
 * (last_raised_at, id) rather than sorting, and the default view (unresolved alerts) and its count read a partial
 * index of the live ones only. A score reads the results of a version's runs, found by run id.
 */
export class ReadApiIndexes1764900000000 implements MigrationInterface {
  readonly name = 'ReadApiIndexes1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX alerts_raised_idx ON alerts (last_raised_at, id)');
    await queryRunner.query(
      'CREATE INDEX alerts_unresolved_raised_idx ON alerts (last_raised_at, id) WHERE resolved_at IS NULL',
    );
    // A domain's or a product's alerts in any state, and their count.
    await queryRunner.query('CREATE INDEX alerts_product_raised_idx ON alerts (domain, name, last_raised_at, id)');
    // Without it, the latest result per rule of a version scans every result of every product.
    await queryRunner.query('CREATE INDEX rule_results_run_idx ON rule_results (run_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP INDEX rule_results_run_idx, alerts_product_raised_idx, alerts_unresolved_raised_idx, alerts_raised_idx',
    );
  }
}
