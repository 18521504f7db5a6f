import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context/gateway-context';
import { EventHub } from './event-hub';
import type { FieldEvent, SubscriptionField } from './event-payloads';

/** The event itself is the subscription's value (no `{ field: value }` wrapper). */
const asIs = { resolve: (payload: unknown) => payload };

function productMatches(event: FieldEvent, domain?: string | null, name?: string | null, version?: string | null) {
  if (domain && event.product?.domain !== domain) return false;
  if (name && event.product?.name !== name) return false;
  return !version || event.product?.version === version;
}

/** Each subscription field: its filters over the events of its stream. */
@Resolver('Subscription')
export class SubscriptionsResolver {
  private readonly open: (
    field: SubscriptionField,
    context: GatewayContext,
    accepts: (event: FieldEvent) => boolean,
  ) => AsyncIterableIterator<Record<string, unknown>>;

  // Nest maps every method of a schema-first resolver to a field of the same name, so the helper is a property.
  constructor(hub: EventHub) {
    this.open = (field, context, accepts) => {
      if (context.connection === undefined) {
        throw new GraphQLError('subscriptions are served over graphql-ws (graphql-transport-ws) at /graphql', {
          extensions: { code: 'subscriptions_need_websocket' },
        });
      }
      return hub.subscribe(field, context.connection, accepts);
    };
  }

  @Subscription('qualityAlerts', asIs)
  qualityAlerts(
    @Args('domain') domain: string | null,
    @Args('severity') severity: string[] | null,
    @Context() context: GatewayContext,
  ) {
    return this.open('qualityAlerts', context, (event) => {
      if (!productMatches(event, domain)) return false;
      // Acknowledgements and resolutions do not carry the severity; they reach every subscriber of the product.
      return !severity || severity.length === 0 || event.severity === null || severity.includes(event.severity);
    });
  }

  @Subscription('slaEvents', asIs)
  slaEvents(@Args('domain') domain: string | null, @Context() context: GatewayContext) {
    return this.open('slaEvents', context, (event) => productMatches(event, domain));
  }

  @Subscription('productLifecycle', asIs)
  productLifecycle(
    @Args('domain') domain: string | null,
    @Args('name') name: string | null,
    @Context() context: GatewayContext,
  ) {
    return this.open('productLifecycle', context, (event) => productMatches(event, domain, name));
  }

  @Subscription('provisioningProgress', asIs)
  provisioningProgress(
    @Args('domain') domain: string,
    @Args('name') name: string,
    @Args('version') version: string | null,
    @Context() context: GatewayContext,
  ) {
    return this.open('provisioningProgress', context, (event) => productMatches(event, domain, name, version));
  }

  @Subscription('accessRequests', asIs)
  accessRequests(@Args('domain') domain: string | null, @Context() context: GatewayContext) {
    return this.open('accessRequests', context, (event) => productMatches(event, domain));
  }

  @Subscription('complianceChanges', asIs)
  complianceChanges(@Context() context: GatewayContext) {
    return this.open('complianceChanges', context, () => true);
  }
}
