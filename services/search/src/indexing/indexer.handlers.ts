import { Controller } from '@nestjs/common';
import { Ctx, EventPattern } from '@nestjs/microservices';
import type { EventType } from '@mesh/contracts';
import type { MeshEventContext } from '@mesh/messaging';
import { IndexingService } from './indexing.service';

/** Every event that changes what a consumer sees of a product; frozen wire names. */
export const INDEXED_EVENTS = [
  'product.version.proposed',
  'product.version.approved',
  'product.version.rejected',
  'product.provisioning.started',
  'product.version.published',
  'product.version.deprecated',
  'product.version.retired',
  'provisioning.port.provisioned',
  'governance.decision.made',
  'quality.check.completed',
  'quality.alert.raised',
  'quality.alert.resolved',
  'quality.sla.breached',
  'quality.sla.restored',
  'data.published',
  'access.granted',
  'access.revoked',
  'lineage.edges.changed',
] as const satisfies readonly EventType[];

/** Kafka entry points of the indexer; `IndexingService` says what each event records. */
@Controller()
export class IndexerHandlers {
  constructor(private readonly indexing: IndexingService) {}

  @EventPattern('product.version.proposed')
  onProposed(@Ctx() { event, manager }: MeshEventContext<'product.version.proposed'>): Promise<void> {
    return this.indexing.proposed(manager, event);
  }

  @EventPattern('product.version.approved')
  onApproved(@Ctx() { event, manager }: MeshEventContext<'product.version.approved'>): Promise<void> {
    return this.indexing.changed(manager, event);
  }

  @EventPattern('product.version.rejected')
  onRejected(@Ctx() { event, manager }: MeshEventContext<'product.version.rejected'>): Promise<void> {
    return this.indexing.changed(manager, event);
  }

  @EventPattern('product.provisioning.started')
  onProvisioningStarted(@Ctx() { event, manager }: MeshEventContext<'product.provisioning.started'>): Promise<void> {
    return this.indexing.changed(manager, event);
  }

  @EventPattern('product.version.published')
  onPublished(@Ctx() { event, manager }: MeshEventContext<'product.version.published'>): Promise<void> {
    return this.indexing.changed(manager, event);
  }

  @EventPattern('product.version.deprecated')
  onDeprecated(@Ctx() { event, manager }: MeshEventContext<'product.version.deprecated'>): Promise<void> {
    return this.indexing.changed(manager, event);
  }

  @EventPattern('product.version.retired')
  onRetired(@Ctx() { event, manager }: MeshEventContext<'product.version.retired'>): Promise<void> {
    return this.indexing.changed(manager, event);
  }

  @EventPattern('provisioning.port.provisioned')
  onPortProvisioned(@Ctx() { event, manager }: MeshEventContext<'provisioning.port.provisioned'>): Promise<void> {
    return this.indexing.changed(manager, event);
  }

  @EventPattern('governance.decision.made')
  onDecision(@Ctx() { event, manager }: MeshEventContext<'governance.decision.made'>): Promise<void> {
    return this.indexing.changed(manager, event);
  }

  @EventPattern('quality.check.completed')
  onCheckCompleted(@Ctx() { event, manager }: MeshEventContext<'quality.check.completed'>): Promise<void> {
    return this.indexing.qualityChecked(manager, event);
  }

  @EventPattern('quality.alert.raised')
  onAlertRaised(@Ctx() { event, manager }: MeshEventContext<'quality.alert.raised'>): Promise<void> {
    return this.indexing.alert(manager, event);
  }

  @EventPattern('quality.alert.resolved')
  onAlertResolved(@Ctx() { event, manager }: MeshEventContext<'quality.alert.resolved'>): Promise<void> {
    return this.indexing.alert(manager, event);
  }

  @EventPattern('quality.sla.breached')
  onSlaBreached(@Ctx() { event, manager }: MeshEventContext<'quality.sla.breached'>): Promise<void> {
    return this.indexing.sla(manager, event);
  }

  @EventPattern('quality.sla.restored')
  onSlaRestored(@Ctx() { event, manager }: MeshEventContext<'quality.sla.restored'>): Promise<void> {
    return this.indexing.sla(manager, event);
  }

  @EventPattern('data.published')
  onDataPublished(@Ctx() { event, manager }: MeshEventContext<'data.published'>): Promise<void> {
    return this.indexing.dataPublished(manager, event);
  }

  @EventPattern('access.granted')
  onGranted(@Ctx() { event, manager }: MeshEventContext<'access.granted'>): Promise<void> {
    return this.indexing.access(manager, event);
  }

  @EventPattern('access.revoked')
  onRevoked(@Ctx() { event, manager }: MeshEventContext<'access.revoked'>): Promise<void> {
    return this.indexing.access(manager, event);
  }

  @EventPattern('lineage.edges.changed')
  onEdgesChanged(@Ctx() { event, manager }: MeshEventContext<'lineage.edges.changed'>): Promise<void> {
    return this.indexing.lineageChanged(manager, event);
  }
}
