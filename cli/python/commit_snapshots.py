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
import os
import sys
import uuid

# On an S3 warehouse (MESH_STORAGE=s3) files are reached through the catalog's remote signing; botocore must then send
# checksums only where S3 requires them, since S3Proxy refuses the CRC32 header it adds to uploads by default.
os.environ.setdefault("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required")
os.environ.setdefault("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required")
# PyIceberg's worker threads, with s3fs and remote signing, now and then send a request to the store unsigned (403):
# one worker, whose requests are all signed.
if os.environ.get("MESH_STORAGE") == "s3":
    os.environ.setdefault("PYICEBERG_MAX_WORKERS", "1")

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
    # Remote signing, not PyIceberg's default of vended credentials, which an S3 warehouse refuses (a local one has
    # nothing to delegate and ignores the header).
    catalog = load_catalog(
        "mesh",
        **{
            "type": "rest",
            "uri": settings["uri"],
            "token": settings["token"],
            "header.X-Iceberg-Access-Delegation": "remote-signing",
        },
    )
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
