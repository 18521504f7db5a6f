#!/usr/bin/env python3
"""A third-party producer: Confluent's own Python client publishes a data-published event.

It uses nothing of ours but the addresses: confluent-kafka's SchemaRegistryClient pointed at
the platform's Schema Registry API, its AvroSerializer with the topic-record subject naming
the platform uses (several event types share a topic), and a plain Producer. The platform's
consumer must decode what it writes.

    produce_data_published.py <bootstrap> <schema-registry-url> <topic> <event-json> [<user:password>]

It logs in to Kafka as KAFKA_USERNAME / KAFKA_PASSWORD (SASL, KAFKA_SASL_MECHANISM, SCRAM-SHA-512 by default), as
every client of the mesh must. Prints the schema id the serializer used.
"""
import json
import os
import sys

from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient, topic_record_subject_name_strategy
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

DATA_PUBLISHED = "mesh.events.data_published.DataPublished"


def kafka_login() -> dict:
    if not os.environ.get("KAFKA_USERNAME"):
        return {}
    return {
        "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanism": os.environ.get("KAFKA_SASL_MECHANISM", "scram-sha-512").upper(),
        "sasl.username": os.environ["KAFKA_USERNAME"],
        "sasl.password": os.environ["KAFKA_PASSWORD"],
    }


def main(bootstrap: str, registry_url: str, topic: str, event_json: str, basic_auth: str = "") -> None:
    config = {"url": registry_url}
    if basic_auth:
        config["basic.auth.user.info"] = basic_auth
    registry = SchemaRegistryClient(config)
    # The writer schema is the one the platform registered at start (under the contract topic's
    # subject): fetched, not copied.
    contract_topic = topic[topic.index("mesh."):]
    schema = registry.get_latest_version(f"{contract_topic}-{DATA_PUBLISHED}").schema
    serializer = AvroSerializer(
        registry,
        schema.schema_str,
        conf={"subject.name.strategy": topic_record_subject_name_strategy, "auto.register.schemas": True},
    )
    event = json.loads(event_json)
    value = serializer(event, SerializationContext(topic, MessageField.VALUE))

    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True, **kafka_login()})
    errors = []
    producer.produce(topic, key=event["subject"].encode(), value=value,
                     on_delivery=lambda error, _msg: errors.append(error) if error else None)
    if producer.flush(30) != 0 or errors:
        sys.exit(f"delivery failed: {errors or 'timeout'}")
    print(int.from_bytes(value[1:5], "big"))


if __name__ == "__main__":
    if len(sys.argv) not in (5, 6):
        sys.exit(__doc__)
    main(*sys.argv[1:])
