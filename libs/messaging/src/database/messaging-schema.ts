import { ProcessedEventEntity } from '../idempotency/processed-event.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
import { MessagingTables1764288000000 } from './messaging-tables.migration';
import { ProcessedEventsAgeIndex1764600000000 } from './processed-events-age-index.migration';

export const MESSAGING_ENTITIES = [ProcessedEventEntity, OutboxEntity] as const;
export const MESSAGING_MIGRATIONS = [MessagingTables1764288000000, ProcessedEventsAgeIndex1764600000000] as const;
