"""Writes Iceberg snapshots with PyIceberg, as a domain pipeline would, for the quality service's tests and bench.

Reads one JSON request on stdin:
  {"catalog": {...pyiceberg catalog properties...}, "table": "sales.orders",
   "fields": [{"name": "order_id", "type": "string", "required": true}, ...],
   "operations": [{"append": [{...row...}, ...]}, {"overwrite": [...]}, {"delete": "order_id == 'a'"},
                  {"add_files": ["/path/a.parquet", ...]}]}
creates the namespace and the table when missing, applies the operations in order, and prints
{"metadataLocation": ..., "snapshotId": "..."} for the resulting snapshot.
"""

import json
import sys

import pyarrow as pa
from pyiceberg.catalog import load_catalog
from pyiceberg.exceptions import NamespaceAlreadyExistsError, NoSuchTableError

TYPES = {"string": pa.string(), "long": pa.int64(), "int": pa.int32(), "double": pa.float64(), "boolean": pa.bool_()}


def main() -> None:
    request = json.load(sys.stdin)
    catalog = load_catalog("mesh", **request["catalog"])
    namespace, _, _ = request["table"].rpartition(".")
    try:
        catalog.create_namespace(namespace)
    except NamespaceAlreadyExistsError:
        pass
    schema = pa.schema(
        [pa.field(f["name"], TYPES[f["type"]], nullable=not f.get("required", False)) for f in request["fields"]]
    )
    try:
        table = catalog.load_table(request["table"])
    except NoSuchTableError:
        table = catalog.create_table(request["table"], schema=schema)
    for operation in request["operations"]:
        if "append" in operation:
            table.append(pa.Table.from_pylist(operation["append"], schema=schema))
        elif "overwrite" in operation:
            table.overwrite(pa.Table.from_pylist(operation["overwrite"], schema=schema))
        elif "delete" in operation:
            table.delete(operation["delete"])
        elif "add_files" in operation:
            table.add_files(operation["add_files"])
        table = catalog.load_table(request["table"])
    snapshot = table.current_snapshot()
    print(
        json.dumps(
            {
                "metadataLocation": table.metadata_location,
                "snapshotId": None if snapshot is None else str(snapshot.snapshot_id),
            }
        )
    )


if __name__ == "__main__":
    main()
