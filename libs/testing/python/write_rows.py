"""Commits rows to an Iceberg table through the mesh's REST catalog with PyIceberg, as a faulty pipeline would.

Reads one JSON request on stdin:
  {"catalog": {"uri": ..., "token": ...}, "table": "sales.orders", "rows": [{...}, ...]}
and prints {"metadataLocation": ..., "snapshotId": "..."} of the new snapshot.

The rows may hold nulls in columns the table declares required: PyIceberg's `append` (rightly) refuses those, and so
does Arrow's Parquet writer for a non-nullable column, so the script writes the Parquet file with nullable columns
and commits it with a fast append, as an engine that does not check nullability would. The quality service must
catch exactly that. Values are given as JSON: uuids and timestamps as strings, decimals as numbers or strings.
"""

import datetime
import decimal
import json
import sys
import uuid

import pyarrow as pa
import pyarrow.parquet as pq
from pyiceberg.catalog import load_catalog
from pyiceberg.io.pyarrow import (
    compute_statistics_plan,
    data_file_statistics_from_parquet_metadata,
    parquet_path_to_id_mapping,
)
from pyiceberg.manifest import DataFile, DataFileContent, FileFormat


def to_arrow_value(arrow_type: pa.DataType, value):
    if value is None:
        return None
    if arrow_type == pa.uuid():
        return uuid.UUID(value).bytes
    if pa.types.is_timestamp(arrow_type):
        return datetime.datetime.fromisoformat(value)
    if pa.types.is_decimal(arrow_type):
        return decimal.Decimal(str(value))
    return value


def main() -> None:
    request = json.load(sys.stdin)
    catalog = load_catalog("mesh", type="rest", **request["catalog"])
    table = catalog.load_table(request["table"])
    schema = pa.schema([field.with_nullable(True) for field in table.schema().as_arrow()])
    rows = [
        {field.name: to_arrow_value(field.type, row.get(field.name)) for field in schema}
        for row in request["rows"]
    ]
    path = f"{table.location()}/data/rows-{uuid.uuid4()}.parquet"
    with table.io.new_output(path).create() as out:
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), out)
    with table.io.new_input(path).open() as written:
        parquet_metadata = pq.read_metadata(written)

    metadata = table.metadata
    statistics = data_file_statistics_from_parquet_metadata(
        parquet_metadata=parquet_metadata,
        stats_columns=compute_statistics_plan(metadata.schema(), metadata.properties),
        parquet_column_mapping=parquet_path_to_id_mapping(metadata.schema()),
    )
    data_file = DataFile.from_args(
        content=DataFileContent.DATA,
        file_path=path,
        file_format=FileFormat.PARQUET,
        partition=statistics.partition(metadata.spec(), metadata.schema()),
        file_size_in_bytes=len(table.io.new_input(path)),
        sort_order_id=None,
        spec_id=metadata.default_spec_id,
        equality_ids=None,
        key_metadata=None,
        **statistics.to_serialized_dict(),
    )
    with table.transaction() as transaction:
        with transaction.update_snapshot().fast_append() as append:
            append.append_data_file(data_file)

    table = catalog.load_table(request["table"])
    print(
        json.dumps(
            {
                "metadataLocation": table.metadata_location,
                "snapshotId": str(table.current_snapshot().snapshot_id),
            }
        )
    )


if __name__ == "__main__":
    main()
