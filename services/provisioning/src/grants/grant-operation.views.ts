import type { PortState } from '../flows/flow.entity';
import type { GrantOperationKind } from './grant-operation.entity';

/** One grant operation as operators see it: the access event's work in the catalog and on Kafka. */
export interface GrantOperationView {
  grantId: string;
  operation: GrantOperationKind;
  /** The grant's holder, whose Kafka user bears the same name. */
  principal: string;
  domain: string;
  product: string;
  port: string | null;
  state: PortState;
  attempts: number;
  lastError: string | null;
  expiresAt: Date | null;
  reason: string | null;
  /** The catalog grant and the Kafka read bindings the operation applies or removes. */
  effects: { catalogGrant: string; kafkaTopicPrefix: string; kafkaGroupPrefix: string };
  createdAt: Date;
  updatedAt: Date;
}
