import { Context, Query, Resolver } from '@nestjs/graphql';
import { hasRole } from '@mesh/platform';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context/gateway-context';
import { MeshStatus } from '../health/mesh-status';

@Resolver('Query')
export class StatusQueries {
  constructor(private readonly status: MeshStatus) {}

  /** Each part is computed only when asked for: a dashboard polling readiness does not ask Kafka every time. */
  @Query('meshStatus')
  meshStatus(@Context() { principal }: GatewayContext) {
    if (!hasRole(principal, 'platform-admin')) {
      throw new GraphQLError('missing right: platform-admin', { extensions: { code: 'forbidden', status: 403 } });
    }
    return { services: () => this.status.services(), consumers: () => this.status.consumerLags() };
  }
}
