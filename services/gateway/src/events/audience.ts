import { Inject, Injectable } from '@nestjs/common';
import type { DataProductDescriptor } from '@mesh/descriptor';
import {
  CONFIG,
  LOGGER,
  mayReadProduct,
  readerScope,
  type AuthenticatedPrincipal,
  type ProductAudience,
} from '@mesh/platform';
import type { Logger } from 'pino';
import { ServiceClientsFactory, type ServiceClients } from '../clients/service-clients';
import type { GatewayConfig } from '../config';
import { productKey } from '../context/loaders';
import type { EventProduct, FieldEvent } from './event-payloads';

/** Who may see a product's events, beside its domain's people and the admins (the platform's ProductAudience). */
export type Audience = Omit<ProductAudience, 'domain'>;

/** How long an audience is trusted without asking the registry again, unless an event changed it sooner. */
const AUDIENCE_TTL_MS = 30_000;
const MAX_AUDIENCES = 10_000;
const GRANTS_READ = 200;
/** When the registry cannot say, nobody outside the domain sees the event: failing closed. */
const UNKNOWN: Audience = { restricted: true, grantees: [] };

/**
 * Decides which subscribers an event reaches: the readers of its product, by the rule every service applies
 * (`mayReadProduct` of libs/platform). A restricted product's events reach its domain's owners and members, its
 * grant holders, platform admins and platform readers; access events reach those who read every domain, the
 * domain's people and the principal they are about. What the registry says is cached per product and forgotten when an event changes it.
 */
@Injectable()
export class AudienceResolver {
  private readonly cache = new Map<string, { audience: Promise<Audience>; until: number }>();
  private readonly registry: ServiceClients['registry'];

  constructor(
    @Inject(CONFIG) config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    clients: ServiceClientsFactory,
  ) {
    this.registry = clients.forCaller(
      config.REGISTRY_TOKEN ?? '',
      new AbortController().signal,
      'subscriptions',
    ).registry;
  }

  audienceOf(product: EventProduct): Promise<Audience> {
    const key = productKey(product.domain, product.name);
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.until > Date.now()) return cached.audience;
    const audience = this.fetch(product);
    if (this.cache.size >= MAX_AUDIENCES) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, { audience, until: Date.now() + AUDIENCE_TTL_MS });
    return audience;
  }

  /** A version was proposed or access changed: the next event asks again. */
  forget(product: EventProduct): void {
    this.cache.delete(productKey(product.domain, product.name));
  }

  allows(principal: AuthenticatedPrincipal, event: FieldEvent, audience: Audience): boolean {
    if (event.product === null) return true;
    const scope = readerScope(principal);
    const domain = event.product.domain;
    if (event.field === 'accessRequests') {
      return scope.all || scope.domains.includes(domain) || event.principal === principal.id;
    }
    return mayReadProduct(scope, { domain, ...audience });
  }

  private async fetch(product: EventProduct): Promise<Audience> {
    try {
      const found = await this.registry.product(product.domain, product.name);
      if (found === null) return UNKNOWN;
      const descriptor: DataProductDescriptor | null = await this.registry.descriptor(
        product.domain,
        product.name,
        found.latestVersion,
      );
      if (descriptor?.spec.access.visibility !== 'restricted') return { restricted: false, grantees: [] };
      const granted = await this.registry.productAccessRequests(product.domain, product.name, {
        state: 'granted',
        limit: GRANTS_READ,
      });
      return { restricted: true, grantees: granted.items.map((request) => request.principal) };
    } catch (error) {
      this.logger.warn({ err: error, product }, 'cannot tell who may see the product’s events; only its domain will');
      this.forget(product);
      return UNKNOWN;
    }
  }
}
