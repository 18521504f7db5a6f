import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { AuditService } from './audit.service';

/** The other services' audit entries the registry keeps. */
export const AUDIT_EVENTS = ['audit.write.recorded'] as const satisfies readonly EventType[];

/** Kafka entry point of the mesh's audit trail, in the consumer's transaction (so each entry is kept once). */
@Controller()
export class AuditHandlers {
  constructor(private readonly audit: AuditService) {}

  @EventPattern('audit.write.recorded')
  onWriteRecorded(@Ctx() { event, manager }: MeshEventContext<'audit.write.recorded'>): Promise<void> {
    return this.audit.keepServiceWrite(event, manager);
  }
}
