#!/usr/bin/env python3
"""PyIceberg, unchanged, against the platform's Iceberg REST catalog: the life of one table.

    pyiceberg_flow.py <catalog-uri> <token> <namespace> <table>

Uses only PyIceberg's public API: creates the namespace and the table, appends a pyarrow table, scans it back with a
row filter and a column projection, evolves the schema compatibly and appends again, overwrites, and reads the
older snapshots back (time travel). Prints one JSON document with what it observed; the test checks it.
"""
import json
import sys

import pyarrow as pa
from pyiceberg.catalog import load_catalog
from pyiceberg.expressions import GreaterThanOrEqual
from pyiceberg.types import StringType


def main(uri: str, token: str, namespace: str, name: str) -> None:
    catalog = load_catalog("mesh", **{"type": "rest", "uri": uri, "token": token})
    catalog.create_namespace(namespace)
    first = pa.table(
        {
            "order_id": pa.array([1, 2, 3, 4], pa.int64()),
            "status": pa.array(["placed", "paid", "shipped", "paid"]),
            "amount": pa.array([10.5, 20.0, 7.25, 99.0], pa.float64()),
        }
    )
    table = catalog.create_table(f"{namespace}.{name}", schema=first.schema)
    table.append(first)
    after_first = table.current_snapshot().snapshot_id

    scanned = table.scan(row_filter=GreaterThanOrEqual("amount", 10.0), selected_fields=("order_id", "status")).to_arrow()

    with table.update_schema() as update:
        update.add_column("channel", StringType(), doc="Where the order was placed")
    second = pa.table(
        {
            "order_id": pa.array([5], pa.int64()),
            "status": pa.array(["placed"]),
            "amount": pa.array([1.0], pa.float64()),
            "channel": pa.array(["web"]),
        }
    )
    table.append(second)
    after_second = table.current_snapshot().snapshot_id
    evolved = catalog.load_table(f"{namespace}.{name}").scan().to_arrow()

    replacement = pa.table(
        {
            "order_id": pa.array([6, 7], pa.int64()),
            "status": pa.array(["delivered", "cancelled"]),
            "amount": pa.array([3.0, 4.0], pa.float64()),
            "channel": pa.array(["store", "web"]),
        }
    )
    table.overwrite(replacement)
    reloaded = catalog.load_table(f"{namespace}.{name}")

    print(
        json.dumps(
            {
                "namespaces": [list(ns) for ns in catalog.list_namespaces()],
                "tables": [list(identifier) for identifier in catalog.list_tables(namespace)],
                "filtered": sorted(scanned.column("order_id").to_pylist()),
                "projected_columns": scanned.column_names,
                "evolved_columns": evolved.column_names,
                "evolved_rows": evolved.num_rows,
                "channels": sorted(c for c in evolved.column("channel").to_pylist() if c is not None),
                "current_rows": sorted(reloaded.scan().to_arrow().column("order_id").to_pylist()),
                "first_snapshot_rows": sorted(
                    reloaded.scan(snapshot_id=after_first).to_arrow().column("order_id").to_pylist()
                ),
                "second_snapshot_rows": sorted(
                    reloaded.scan(snapshot_id=after_second).to_arrow().column("order_id").to_pylist()
                ),
                "snapshot_ids": [str(snapshot.snapshot_id) for snapshot in reloaded.snapshots()],
                "operations": [snapshot.summary.operation.value for snapshot in reloaded.snapshots()],
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
