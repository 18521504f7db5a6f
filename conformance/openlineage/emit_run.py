#!/usr/bin/env python3
"""A third-party OpenLineage producer: openlineage-python's own client and HTTP transport.

It uses nothing of ours but the address and a token: OpenLineageClient with HttpTransport, authenticating with an
api_key (sent as `Authorization: Bearer <token>`), emits the START and COMPLETE events of one run of a job that
reads two datasets and writes one, with schema facets on every dataset and a column-lineage facet on the output.
The transport raises when the server refuses an event, so the exit status tells.

    emit_run.py <lineage-url> <token> <namespace>

Prints the run id.
"""
import sys
from datetime import datetime, timezone

from openlineage.client import OpenLineageClient
from openlineage.client.event_v2 import InputDataset, Job, OutputDataset, Run, RunEvent, RunState
from openlineage.client.facet_v2 import column_lineage_dataset, schema_dataset
from openlineage.client.transport.http import ApiKeyTokenProvider, HttpConfig, HttpTransport
from openlineage.client.uuid import generate_new_uuid

PRODUCER = "https://github.com/OpenLineage/OpenLineage/tree/1.0.0/client/python"


def schema(*fields: tuple[str, str]) -> schema_dataset.SchemaDatasetFacet:
    return schema_dataset.SchemaDatasetFacet(
        fields=[schema_dataset.SchemaDatasetFacetFields(name=name, type=kind) for name, kind in fields]
    )


def source(namespace: str, dataset: str, field: str) -> column_lineage_dataset.InputField:
    return column_lineage_dataset.InputField(
        namespace=namespace,
        name=dataset,
        field=field,
        transformations=[column_lineage_dataset.Transformation(type="DIRECT", subtype="IDENTITY")],
    )


def main(url: str, token: str, namespace: str) -> None:
    transport = HttpTransport(HttpConfig(url=url, auth=ApiKeyTokenProvider({"api_key": token})))
    client = OpenLineageClient(transport=transport)

    orders = InputDataset(
        namespace=namespace,
        name="raw.orders",
        facets={"schema": schema(("order_id", "BIGINT"), ("customer_id", "BIGINT"), ("amount", "DECIMAL"))},
    )
    customers = InputDataset(
        namespace=namespace,
        name="raw.customers",
        facets={"schema": schema(("customer_id", "BIGINT"), ("country", "VARCHAR"))},
    )
    lineage = column_lineage_dataset.ColumnLineageDatasetFacet(
        fields={
            "order_id": column_lineage_dataset.Fields(inputFields=[source(namespace, "raw.orders", "order_id")]),
            "amount": column_lineage_dataset.Fields(inputFields=[source(namespace, "raw.orders", "amount")]),
            "country": column_lineage_dataset.Fields(
                inputFields=[
                    source(namespace, "raw.customers", "country"),
                    source(namespace, "raw.orders", "customer_id"),
                ]
            ),
        }
    )
    enriched = OutputDataset(
        namespace=namespace,
        name="analytics.orders_enriched",
        facets={
            "schema": schema(("order_id", "BIGINT"), ("amount", "DECIMAL"), ("country", "VARCHAR")),
            "columnLineage": lineage,
        },
    )

    run = Run(runId=str(generate_new_uuid()))
    job = Job(namespace=namespace, name="enrich_orders")
    for state in (RunState.START, RunState.COMPLETE):
        client.emit(
            RunEvent(
                eventType=state,
                eventTime=datetime.now(timezone.utc).isoformat(),
                run=run,
                job=job,
                producer=PRODUCER,
                inputs=[orders, customers],
                outputs=[enriched],
            )
        )
    print(run.runId)


if __name__ == "__main__":
    main(*sys.argv[1:4])
