import { Module } from '@nestjs/common';
import { SubscriptionsResolver } from './events/subscriptions.resolver';
import { GatewayCoreModule } from './gateway-core.module';
import { GatewayGraphQLModule } from './graphql/gateway-graphql.module';
import { AccessMutations, AccessQueries, AccessRequestFields, ProductAccessFields } from './resolvers/access.resolver';
import { DomainFields, DomainMutations, DomainQueries } from './resolvers/domains.resolver';
import { GovernanceMutations, GovernanceQueries, PolicyFields } from './resolvers/governance.resolver';
import { LineageQueries, ProductLineageFields, ProductNeighbourFields } from './resolvers/lineage.resolver';
import { PrincipalMutations, PrincipalQueries } from './resolvers/principals.resolver';
import { ProductMutations } from './resolvers/product-mutations.resolver';
import { ProductVersionFields, SlaFields } from './resolvers/product-version.resolver';
import { ProductFields, ProductQueries } from './resolvers/products.resolver';
import { FlowFields, ProvisioningMutations, ProvisioningQueries } from './resolvers/provisioning.resolver';
import { ProductQualityFields, QualityFields, QualityMutations, QualityQueries } from './resolvers/quality.resolver';
import { SearchHitFields, SearchQueries } from './resolvers/search.resolver';
import { StatusQueries } from './resolvers/status.resolver';
import { WebAppModule } from './web/web-app.module';

/** Resolvers are thin: each reads its arguments and calls one client or loader. */
@Module({
  imports: [GatewayCoreModule, GatewayGraphQLModule, WebAppModule],
  providers: [
    PrincipalQueries,
    PrincipalMutations,
    DomainQueries,
    DomainMutations,
    DomainFields,
    ProductQueries,
    ProductFields,
    ProductMutations,
    ProductVersionFields,
    SlaFields,
    AccessQueries,
    AccessMutations,
    ProductAccessFields,
    AccessRequestFields,
    QualityQueries,
    QualityMutations,
    ProductQualityFields,
    QualityFields,
    GovernanceQueries,
    GovernanceMutations,
    PolicyFields,
    ProvisioningQueries,
    ProvisioningMutations,
    FlowFields,
    SearchQueries,
    SearchHitFields,
    LineageQueries,
    ProductLineageFields,
    ProductNeighbourFields,
    StatusQueries,
    SubscriptionsResolver,
  ],
})
export class AppModule {}
