"""Commits rows to the mesh's Iceberg tables through its REST catalog with PyIceberg, as a pipeline would.

The `mesh demo` commands run it once and keep it running: the first line on stdin names the catalog,
  {"uri": "http://127.0.0.1:8181", "token": "mesh_..."}
and every following line is one commit,
  {"table": "sales.orders", "mode": "append", "rows": [{...}, ...]}
answered by one line on stdout: {"table": ..., "snapshotId": "..."} or {"table": ..., "error": "..."}.
Values come as JSON: uuids, dates and timestamps as ISO strings, decimals as strings, structs as objects.
Each commit writes a Parquet file and appends it in a new snapshot, or replaces the table's rows with it
("mode": "overwrite", for aggregates recomputed whole): the catalog checks the commit, records it and announces
it, so quality checks the snapshot and freshness counts it like any other pipeline's.
"""

import datetime
import decimal
import json
import sys
import uuid

import pyarrow as pa
from pyiceberg.catalog import load_catalog


def arrow_value(arrow_type: pa.DataType, value):
    """A JSON value as the Arrow type of its column wants it."""
    if value is None:
        return None
    # Iceberg's uuid is Arrow's uuid extension type (or, from older PyIceberg, fixed-size binary of 16).
    if getattr(arrow_type, "extension_name", None) == "arrow.uuid" or pa.types.is_fixed_size_binary(arrow_type):
        return uuid.UUID(value).bytes
    if pa.types.is_timestamp(arrow_type):
        return datetime.datetime.fromisoformat(value)
    if pa.types.is_date(arrow_type):
        return datetime.date.fromisoformat(value)
    if pa.types.is_decimal(arrow_type):
        return decimal.Decimal(str(value))
    if pa.types.is_struct(arrow_type):
        return {field.name: arrow_value(field.type, value.get(field.name)) for field in arrow_type}
    if pa.types.is_list(arrow_type):
        return [arrow_value(arrow_type.value_type, item) for item in value]
    return value


def commit(catalog, request) -> dict:
    table = catalog.load_table(request["table"])
    schema = table.schema().as_arrow()
    rows = [{field.name: arrow_value(field.type, row.get(field.name)) for field in schema} for row in request["rows"]]
    data = pa.Table.from_pylist(rows, schema=schema)
    if request.get("mode") == "overwrite":
        table.overwrite(data)
    else:
        table.append(data)
    return {"table": request["table"], "snapshotId": str(table.current_snapshot().snapshot_id)}


def main() -> None:
    settings = json.loads(sys.stdin.readline())
    catalog = load_catalog("mesh", type="rest", uri=settings["uri"], token=settings["token"])
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            answer = commit(catalog, request)
        except Exception as error:  # one bad commit must not end the others: its error is its answer
            answer = {"table": request.get("table"), "error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
