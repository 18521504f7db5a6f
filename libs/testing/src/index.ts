export { requireStack, stack } from './stack';
export { uniqueName } from './unique';
export { IMAGE_USER, runServiceToExit, startService } from './service-process';
export type { RunningService } from './service-process';
export { ADMIN_TOKEN, startRegistry } from './registry-under-test';
export { freePort } from './free-port';
export type { RegistryUnderTest } from './registry-under-test';
export { startGovernance } from './governance-under-test';
export type { GovernanceUnderTest } from './governance-under-test';
export { HttpApi } from './http-api';
export type { Reply, RequestOptions } from './http-api';
export { ownSchema } from './own-schema';
export type { OwnSchema } from './own-schema';
export { pythonTool } from './python-tools';
export { createTestDatabase, eventually } from './test-database';
export type { TestDatabase } from './test-database';
export { startCatalog } from './catalog-under-test';
export { s3Store } from './s3-store';
export type { S3Store } from './s3-store';
export type { CatalogUnderTest } from './catalog-under-test';
export { commitRows, listTopics, startMesh, untilReady, writeRows } from './mesh-under-test';
export type { RowsTarget } from './mesh-under-test';
export type { MeshOptions, MeshService, MeshUnderTest } from './mesh-under-test';
export { orderRow } from './order-rows';
export { productCopy } from './product-copy';
export type { CopyableDescriptor } from './product-copy';
export { serviceToken } from './service-tokens';
export { buildWorld } from './mesh-world';
export type { World, WorldCaller } from './mesh-world';
export { FUZZED_SERVICES, fuzzMesh, fuzzService } from './schemathesis';
export type { FuzzedService, FuzzReport } from './schemathesis';
export { startQualityMesh } from './quality/quality-mesh';
export type { QualityMesh, TestDescriptor } from './quality/quality-mesh';
export {
  cleanOrder,
  commitOrders,
  firstOrdersCommit,
  ORDER_FIELDS,
  ordersProduct,
  ordersTable,
} from './quality/orders-product';
export { writeIceberg } from './quality/iceberg-writer';
export type { Operation, Row, WriteRequest, Written } from './quality/iceberg-writer';
export {
  actAsKafkaAdmin,
  kafkaAdminCredentials,
  kafkaRefusal,
  revokeKafkaRun,
  serviceKafkaEnvironment,
} from './kafka-access';
export { deleteRunTopics, joinEventBus } from './event-bus';
export type { EventBusOptions, TestEventBus } from './event-bus';
export { approvalOf, publishVersion } from './product-publication';
export type { VersionRef } from './product-publication';
export { createPrincipal } from './principals';
export type { TestPrincipal } from './principals';
export { startBesideRegistry } from './beside-registry';
export type { ServiceBesideRegistry } from './beside-registry';
export { meshHome } from './python-tools';
export { startSpark } from './engines/spark-session';
export type { SparkAnswer, SparkCatalog, SparkOptions, SparkSession } from './engines/spark-session';
export { OPENLINEAGE_SPARK_PACKAGE } from './engines/engine-versions';
export { openLineageSpark } from './engines/openlineage-spark';
export { createTrinoCatalog, requireTrino, trinoQuery, trinoRows, trinoUrl } from './engines/trino';
export type { TrinoAnswer, TrinoCatalog, TrinoUser } from './engines/trino';
