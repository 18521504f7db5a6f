import { SPARK_PACKAGES } from '@mesh/storage';
import type { PublicEndpoints } from './product-views';

/** Ready-to-paste code that reads a port with a standard tool, against the mesh's own endpoints. */
export interface Snippet {
  label: string;
  language: string;
  code: string;
}

/** A Spark SQL identifier: backquoted, since domain and table names may hold `-`. */
const sparkName = (name: string) => `\`${name.replaceAll('`', '``')}\``;
const trinoName = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * How PyIceberg, Spark and Trino read an Iceberg port. Each authenticates with the consumer's own mesh token
 * (`MESH_TOKEN` in the environment), so the catalog checks its grant on every load, and on an S3 warehouse every
 * file read is signed by the catalog (remote signing; Trino, which cannot sign, passes the token for the catalog
 * to check and reads with keys of its own). conformance/engines/snippets.engine-spec.ts runs exactly these.
 */
export function icebergSnippets(
  iceberg: { catalogUri: string; namespace: string; table: string; identifier: string },
  endpoints: PublicEndpoints,
): Snippet[] {
  const { catalogUri, namespace, table, identifier } = iceberg;
  return [
    {
      label: 'PyIceberg',
      language: 'python',
      code: `import os
from pyiceberg.catalog import load_catalog

catalog = load_catalog(
    "mesh",
    type="rest",
    uri="${catalogUri}",
    token=os.environ["MESH_TOKEN"],
    **{"header.X-Iceberg-Access-Delegation": "remote-signing"},
)
rows = catalog.load_table("${identifier}").scan().to_arrow()`,
    },
    {
      label: 'Spark',
      language: 'python',
      code: `import os
from pyspark.sql import SparkSession

spark = (
    SparkSession.builder
    .config("spark.jars.packages", "${SPARK_PACKAGES.join(',')}")
    .config("spark.sql.catalog.mesh", "org.apache.iceberg.spark.SparkCatalog")
    .config("spark.sql.catalog.mesh.type", "rest")
    .config("spark.sql.catalog.mesh.uri", "${catalogUri}")
    .config("spark.sql.catalog.mesh.token", os.environ["MESH_TOKEN"])
    .config("spark.sql.catalog.mesh.header.X-Iceberg-Access-Delegation", "remote-signing")
    .getOrCreate()
)
df = spark.table("mesh.${sparkName(namespace)}.${sparkName(table)}")`,
    },
    {
      label: 'Trino',
      language: 'sql',
      code: `-- trino --server ${endpoints.trinoUri} --user "$USER" --extra-credential token="$MESH_TOKEN"
SELECT * FROM ${trinoName(endpoints.trinoCatalog)}.${trinoName(namespace)}.${trinoName(table)} LIMIT 100`,
    },
  ];
}

/** How a Confluent client consumes a Kafka port's Avro events. */
export function kafkaSnippets(kafka: { topic: string; schemaSubject: string; schemaRegistryUrl: string }): Snippet[] {
  const { topic, schemaRegistryUrl, schemaSubject } = kafka;
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
