import { Module } from '@nestjs/common';
import { ServiceClientsFactory } from './clients/service-clients';
import { ContextFactory } from './context/context-factory';
import { AudienceResolver } from './events/audience';
import { EventHub } from './events/event-hub';
import { MeshEventStream } from './events/mesh-event-stream';
import { SubscriberConnections } from './events/subscriber-connections';
import { GatewayMetrics } from './graphql/gateway-metrics';
import { MeshStatus } from './health/mesh-status';
import { ServiceReadiness } from './health/service-readiness';

/** The gateway's machinery: clients, authentication, and the event stream behind subscriptions. */
@Module({
  providers: [
    GatewayMetrics,
    ServiceClientsFactory,
    ContextFactory,
    AudienceResolver,
    SubscriberConnections,
    EventHub,
    MeshEventStream,
    ServiceReadiness,
    MeshStatus,
  ],
  exports: [MeshStatus, GatewayMetrics, ServiceClientsFactory, ContextFactory, SubscriberConnections, EventHub],
})
export class GatewayCoreModule {}
