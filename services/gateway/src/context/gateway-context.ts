import type { AuthenticatedPrincipal } from '@mesh/platform';
import type { ServiceClients } from '../clients/service-clients';
import type { SubscriberConnection } from '../events/subscriber-connections';
import type { Loaders } from './loaders';

/** What every resolver gets: who is calling, the services acting for them, and the request's loaders. */
export interface GatewayContext {
  principal: AuthenticatedPrincipal;
  token: string;
  services: ServiceClients;
  loaders: Loaders;
  /** The graphql-ws connection an operation came over; absent for HTTP. */
  connection?: SubscriberConnection;
}
