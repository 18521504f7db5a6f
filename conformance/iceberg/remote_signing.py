#!/usr/bin/env python3
"""PyIceberg, unchanged, on an S3 warehouse through the catalog's remote signing: it holds no S3 key, only its token.

    remote_signing.py write <catalog-uri> <token> <namespace.table>   create the table when missing, append, scan
    remote_signing.py scan <catalog-uri> <token> <namespace.table>    load the table and scan it
    remote_signing.py static-scan <catalog-uri> <token> <metadata-location>
        read the table straight from its metadata file (on the store at $S3_ENDPOINT), without loading it from the
        catalog: the file reads still go through the signer, with this token

The catalog's loadTable config tells PyIceberg where to sign (s3.signer.uri, s3.signer, py-io-impl); the client only
says it accepts remote signing rather than its default, vended credentials. Prints one JSON document: what was read,
or the error a refused step raised.
"""
import json
import os
import sys

# botocore sends a CRC32 checksum header with every upload unless told otherwise, and S3Proxy refuses it as not
# implemented: checksums only where S3 requires them (real S3 and MinIO take either).
os.environ.setdefault("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required")
os.environ.setdefault("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_required")
# PyIceberg's worker threads, with s3fs and remote signing, now and then send a request to the store unsigned (403):
# one worker, whose requests are all signed.
os.environ.setdefault("PYICEBERG_MAX_WORKERS", "1")

import pyarrow as pa
from pyiceberg.catalog import load_catalog
from pyiceberg.exceptions import NamespaceAlreadyExistsError, NoSuchTableError
from pyiceberg.table import StaticTable

SCHEMA = pa.schema(
    [
        pa.field("order_id", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("total", pa.float64()),
    ]
)
ROWS = [
    {"order_id": "o-1", "status": "paid", "total": 10.0},
    {"order_id": "o-2", "status": "placed", "total": 25.5},
    {"order_id": "o-3", "status": "shipped", "total": 7.25},
]


def catalog(uri: str, token: str):
    return load_catalog(
        "mesh",
        **{"type": "rest", "uri": uri, "token": token, "header.X-Iceberg-Access-Delegation": "remote-signing"},
    )


def order_ids(table) -> list:
    return sorted(table.scan().to_arrow().column("order_id").to_pylist())


def write(uri: str, token: str, identifier: str) -> dict:
    mesh = catalog(uri, token)
    namespace = identifier.rpartition(".")[0]
    try:
        mesh.create_namespace(namespace)
    except NamespaceAlreadyExistsError:
        pass
    try:
        table = mesh.load_table(identifier)
    except NoSuchTableError:
        table = mesh.create_table(identifier, schema=SCHEMA)
    table.append(pa.Table.from_pylist(ROWS, schema=SCHEMA))
    table = mesh.load_table(identifier)
    files = [task.file.file_path for task in table.scan().plan_files()]
    return {
        "rows": order_ids(table),
        "files": files,
        "location": table.location(),
        "metadata_location": table.metadata_location,
        "io": type(table.io).__name__,
    }


def scan(uri: str, token: str, identifier: str) -> dict:
    return {"rows": order_ids(catalog(uri, token).load_table(identifier))}


def static_scan(uri: str, token: str, metadata_location: str) -> dict:
    # What a client that learnt the metadata file's address would do: the same FileIO settings as a loaded table's.
    properties = {
        "py-io-impl": "pyiceberg.io.fsspec.FsspecFileIO",
        "s3.signer": "S3V4RestSigner",
        "s3.signer.uri": uri,
        "uri": uri,
        "token": token,
        "s3.endpoint": os.environ["S3_ENDPOINT"],
        "client.region": os.environ.get("S3_REGION", "us-east-1"),
    }
    return {"rows": order_ids(StaticTable.from_metadata(metadata_location, properties))}


def main(command: str, uri: str, token: str, target: str) -> None:
    action = {"write": write, "scan": scan, "static-scan": static_scan}[command]
    try:
        result = action(uri, token, target)
    except Exception as error:  # a refusal is an answer the test checks, not a crash
        result = {"error": f"{type(error).__name__}: {error}"}
    print(json.dumps(result))


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
