import type { ProductQuery } from '../graphql/generated/graphql';

export type OutputPort = NonNullable<NonNullable<ProductQuery['product']>['version']>['ports'][number];

export interface Snippet {
  label: string;
  language: string;
  code: string;
}

/** Ready-to-paste code that reads a port with the standard tools, against the mesh's own endpoints. */
export function consumptionSnippets(port: OutputPort): Snippet[] {
  if (port.iceberg) {
    const { catalogUri, identifier, namespace, table } = port.iceberg;
    return [
      {
        label: 'PyIceberg',
        language: 'python',
        code: `from pyiceberg.catalog import load_catalog

catalog = load_catalog("mesh", type="rest", uri="${catalogUri}", token=MESH_TOKEN)
table = catalog.load_table("${identifier}")
df = table.scan().to_pandas()`,
      },
      {
        label: 'Spark',
        language: 'python',
        code: `spark = (SparkSession.builder
    .config("spark.sql.catalog.mesh", "org.apache.iceberg.spark.SparkCatalog")
    .config("spark.sql.catalog.mesh.type", "rest")
    .config("spark.sql.catalog.mesh.uri", "${catalogUri}")
    .config("spark.sql.catalog.mesh.token", MESH_TOKEN)
    .getOrCreate())
df = spark.table("mesh.${namespace}.${table}")`,
      },
      {
        label: 'Trino',
        language: 'sql',
        code: `-- etc/catalog/mesh.properties:
--   connector.name=iceberg
--   iceberg.catalog.type=rest
--   iceberg.rest-catalog.uri=${catalogUri}
--   iceberg.rest-catalog.security=OAUTH2
--   iceberg.rest-catalog.oauth2.token=<your mesh token>
SELECT * FROM mesh.${namespace}.${table} LIMIT 100;`,
      },
    ];
  }
  if (port.kafka) {
    const { topic, schemaRegistryUrl, schemaSubject } = port.kafka;
    return [
      {
        label: 'Kafka consumer',
        language: 'python',
        code: `from confluent_kafka import DeserializingConsumer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer

registry = SchemaRegistryClient({"url": "${schemaRegistryUrl}",
                                 "bearer.auth.credentials.source": "STATIC_TOKEN",
                                 "bearer.auth.token": MESH_TOKEN})
consumer = DeserializingConsumer({
    "bootstrap.servers": KAFKA_BROKERS,
    "group.id": "my-team",
    "value.deserializer": AvroDeserializer(registry),  # subject ${schemaSubject}
})
consumer.subscribe(["${topic}"])`,
      },
    ];
  }
  return [];
}
