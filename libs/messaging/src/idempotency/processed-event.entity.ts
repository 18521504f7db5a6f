import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per event a consumer group has applied. Written in the handler's transaction, so the
 * row exists exactly when the handler's effects do. The event id is text rather than uuid: a
 * producer outside the platform with a malformed id must not make the insert fail forever.
 */
@Entity({ name: 'processed_events' })
export class ProcessedEventEntity {
  @PrimaryColumn({ name: 'consumer_group', type: 'text' })
  consumerGroup!: string;

  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
