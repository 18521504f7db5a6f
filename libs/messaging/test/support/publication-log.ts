import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { PayloadOf } from '@mesh/contracts';
import type { DataSource } from 'typeorm';
import type { MeshEventContext } from '../../src';

/** The table PublicationLog writes: one row per application of an event, so a second effect shows as a second row. */
export async function createPublicationsTable(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    'CREATE TABLE applied_publications (id bigserial PRIMARY KEY, event_id text NOT NULL, subject text NOT NULL, sequence bigint NOT NULL)',
  );
}

/** A consuming service: applies each data.published to its own table, through the handler's transaction. */
@Controller()
export class PublicationLog {
  @EventPattern('data.published')
  async onPublished(
    @Payload() payload: PayloadOf<'data.published'>,
    @Ctx() { event, manager }: MeshEventContext<'data.published'>,
  ): Promise<void> {
    await manager.query('INSERT INTO applied_publications (event_id, subject, sequence) VALUES ($1, $2, $3)', [
      event.eventId,
      event.subject,
      payload.rowsTotal,
    ]);
  }
}
