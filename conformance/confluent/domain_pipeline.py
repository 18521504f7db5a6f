#!/usr/bin/env python3
"""A domain pipeline on Kafka with Confluent's own Python client, as a team outside the platform would write it.

It logs in with the SCRAM-SHA-512 user the registry gave it (KAFKA_USERNAME / KAFKA_PASSWORD) and uses the platform's
Schema Registry API for the product topic's Avro schema, which provisioning registered under `<topic>-value`:

    domain_pipeline.py produce <bootstrap> <schema-registry-url> <user:token> <topic>
        writes one order status change; prints `ok`, or the Kafka error's name
    domain_pipeline.py consume <bootstrap> <schema-registry-url> <user:token> <topic> <group>
        reads from the beginning; prints `read <order status>` for the first record, or the Kafka error's name
"""
import os
import sys
import uuid
from datetime import datetime, timezone

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

TIMEOUT_S = 20


def login() -> dict:
    return {
        "bootstrap.servers": BOOTSTRAP,
        "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanism": "SCRAM-SHA-512",
        "sasl.username": os.environ["KAFKA_USERNAME"],
        "sasl.password": os.environ["KAFKA_PASSWORD"],
    }


def produce(registry: SchemaRegistryClient, topic: str) -> str:
    schema = registry.get_latest_version(f"{topic}-value").schema
    serializer = AvroSerializer(registry, schema.schema_str, conf={"auto.register.schemas": False})
    change = {
        "event_id": str(uuid.uuid4()),
        "order_id": str(uuid.uuid4()),
        "status": "paid",
        "occurred_at": datetime.now(timezone.utc),
        "source": {"system": "shop", "reason": None},
    }
    value = serializer(change, SerializationContext(topic, MessageField.VALUE))
    producer = Producer({**login(), "acks": "all", "message.timeout.ms": TIMEOUT_S * 1000})
    errors: list = []
    producer.produce(topic, key=change["order_id"].encode(), value=value,
                     on_delivery=lambda error, _msg: errors.append(error) if error else None)
    if producer.flush(TIMEOUT_S + 5) != 0:
        return "timeout"
    return errors[0].name() if errors else "ok"


def consume(registry: SchemaRegistryClient, topic: str, group: str) -> str:
    deserializer = AvroDeserializer(registry)
    consumer = Consumer({**login(), "group.id": group, "auto.offset.reset": "earliest"})
    try:
        consumer.subscribe([topic])
        deadline = datetime.now().timestamp() + TIMEOUT_S
        while datetime.now().timestamp() < deadline:
            message = consumer.poll(1.0)
            if message is None:
                continue
            if message.error() is not None:
                if message.error().code() == KafkaError._PARTITION_EOF:
                    continue
                return message.error().name()
            change = deserializer(message.value(), SerializationContext(topic, MessageField.VALUE))
            return f"read {change['status']}"
        return "nothing read"
    except KafkaException as error:
        return error.args[0].name()
    finally:
        consumer.close()


if __name__ == "__main__":
    mode, BOOTSTRAP, registry_url, basic_auth, topic, *rest = sys.argv[1:]
    schema_registry = SchemaRegistryClient({"url": registry_url, "basic.auth.user.info": basic_auth})
    print(produce(schema_registry, topic) if mode == "produce" else consume(schema_registry, topic, rest[0]))
