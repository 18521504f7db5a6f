import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG } from '@mesh/platform';
import { comparisonOf, isSqlRule, type DataProductDescriptor, type QualityRule } from '@mesh/descriptor';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context/gateway-context';
import { versionKey } from '../context/loaders';
import { outputPorts, publicEndpoints, type VersionParent } from './product-views';

/** A version's descriptor-derived fields (ports, contract, SLA) and what other services know of it. */
@Resolver('ProductVersion')
export class ProductVersionFields {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @ResolveField('descriptor')
  descriptor(@Parent() version: VersionParent, @Context() { loaders }: GatewayContext) {
    return descriptorOf(version, loaders);
  }

  @ResolveField('ports')
  async ports(@Parent() version: VersionParent, @Context() { loaders }: GatewayContext) {
    const endpoints = publicEndpoints(this.config);
    return outputPorts(await descriptorOf(version, loaders), version, endpoints);
  }

  @ResolveField('contract')
  async contract(@Parent() version: VersionParent, @Context() { loaders }: GatewayContext) {
    const contract = (await descriptorOf(version, loaders))?.spec.contract;
    return {
      tables: (contract?.schema ?? []).map((table) => ({
        ...table,
        fields: table.fields.map((field) => ({
          ...field,
          required: field.required ?? false,
          primaryKey: field.primaryKey ?? false,
          unique: field.unique ?? false,
          pii: field.pii ?? false,
          classification: field.classification ?? null,
        })),
      })),
      rules: (contract?.quality ?? []).map(ruleView),
    };
  }

  @ResolveField('sla')
  async sla(@Parent() version: VersionParent, @Context() { loaders }: GatewayContext) {
    const sla = (await descriptorOf(version, loaders))?.spec.contract.sla;
    if (sla === undefined) return null;
    return {
      freshness: sla.freshness?.maxDelay ?? null,
      freshnessPort: sla.freshness?.port ?? null,
      availability: sla.availability ?? null,
      domain: version.domain,
      name: version.name,
    };
  }

  @ResolveField('decisions')
  decisions(@Parent() version: VersionParent, @Context() { loaders }: GatewayContext) {
    return loaders.decisions.load(versionKey(version.domain, version.name, version.version));
  }

  @ResolveField('provisioning')
  provisioning(@Parent() version: VersionParent, @Context() { loaders }: GatewayContext) {
    return loaders.flow.load(versionKey(version.domain, version.name, version.version));
  }

  @ResolveField('violations')
  violations(@Parent() version: VersionParent) {
    // The registry has them null on versions governance never rejected; the schema lists none.
    return version.violations ?? [];
  }
}

/** The SLA's live status: breached while quality holds an open freshness or availability alert on the product. */
@Resolver('Sla')
export class SlaFields {
  @ResolveField('status')
  async status(@Parent() sla: { domain: string; name: string }, @Context() { services }: GatewayContext) {
    return (await services.quality.sla(sla.domain, sla.name))?.status ?? 'unknown';
  }
}

function descriptorOf(
  version: VersionParent,
  loaders: GatewayContext['loaders'],
): Promise<DataProductDescriptor | null> {
  return loaders.descriptor.load(versionKey(version.domain, version.name, version.version));
}

function ruleView(rule: QualityRule) {
  return {
    id: rule.id,
    table: rule.table,
    field: rule.field ?? null,
    severity: rule.severity,
    dimension: rule.dimension ?? null,
    description: rule.description ?? null,
    metric: isSqlRule(rule) ? null : rule.metric,
    query: isSqlRule(rule) ? rule.query : null,
    threshold: comparisonOf(rule),
  };
}
