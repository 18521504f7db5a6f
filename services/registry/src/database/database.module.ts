import { serviceDatabaseModule, type ServiceDatabaseOptions } from '@mesh/messaging';
import { AccessRequestEntity } from '../access/access-request.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { ApiTokenEntity } from '../auth/api-token.entity';
import { DomainEntity } from '../domains/domain.entity';
import { PrincipalEntity, PrincipalRoleEntity } from '../principals/principal.entity';
import { ProductEntity, ProductVersionEntity } from '../products/product.entity';
import { SCHEMA_REGISTRY_ENTITIES } from '../schema-registry/schema-registry.entities';
import { SchemaRegistryTables1764300000000 } from './migrations/1764300000000-schema-registry-tables';
import { DomainsPrincipalsTokensAudit1764400000000 } from './migrations/1764400000000-domains-principals-tokens-audit';
import { ProductsVersionsAccess1764500000000 } from './migrations/1764500000000-products-versions-access';
import { ProductOwnerOptional1764800000000 } from './migrations/1764800000000-product-owner-optional';
import { AccessUpdatePrecision1764950000000 } from './migrations/1764950000000-access-update-precision';
import { ServiceRoles1765000000000 } from './migrations/1765000000000-service-roles';
import { MeshAudit1766200000000 } from './migrations/1766200000000-mesh-audit';

/**
 * The registry's Postgres, wired as every service's: the outbox its changes queue their events in (in their own
 * transaction), the Schema Registry's tables, and domains, principals, tokens, audit, products and access.
 */
export const DATABASE: ServiceDatabaseOptions = {
  entities: [
    ...SCHEMA_REGISTRY_ENTITIES,
    DomainEntity,
    PrincipalEntity,
    PrincipalRoleEntity,
    ApiTokenEntity,
    AuditEntryEntity,
    ProductEntity,
    ProductVersionEntity,
    AccessRequestEntity,
  ],
  migrations: [
    SchemaRegistryTables1764300000000,
    DomainsPrincipalsTokensAudit1764400000000,
    ProductsVersionsAccess1764500000000,
    ProductOwnerOptional1764800000000,
    AccessUpdatePrecision1764950000000,
    ServiceRoles1765000000000,
    MeshAudit1766200000000,
  ],
};

export const DatabaseModule = serviceDatabaseModule(DATABASE);
