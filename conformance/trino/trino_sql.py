#!/usr/bin/env python3
"""Statements run on Trino through its Python client (DB-API), as one mesh principal.

    MESH_TOKEN=<token> trino_sql.py <trino-url> <user>

Reads a JSON array of statements on stdin and prints one JSON array of answers, one per statement, in order:
{"columns": [...], "rows": [[...], ...]} or {"error": {"type": ..., "message": ...}}. The principal's mesh token (from
the environment, never the command line) goes to Trino as the extra credential `token`, which an Iceberg catalog of Trino with `iceberg.rest-catalog.session=USER` hands
to the mesh's REST catalog on every request it makes for this query: the catalog, not Trino, decides what the
principal may read and write.
"""
import datetime
import decimal
import json
import os
import sys
import uuid
from urllib.parse import urlparse

from trino.dbapi import connect
from trino.exceptions import TrinoQueryError

# Integers past 2^53 lose precision as JSON numbers in JavaScript (snapshot ids use all 64 bits).
SAFE_INTEGER = 2**53 - 1


def plain(value):
    """A JSON value for what Trino returns: decimals, times and large integers as text, so nothing is rounded."""
    if isinstance(value, (decimal.Decimal, datetime.date, datetime.datetime, datetime.time, uuid.UUID)):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > SAFE_INTEGER:
        return str(value)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def run(cursor, statement: str) -> dict:
    try:
        cursor.execute(statement)
        rows = cursor.fetchall()
        columns = [column[0] for column in cursor.description or []]
        return {"columns": columns, "rows": [plain(list(row)) for row in rows]}
    except TrinoQueryError as error:  # a refusal is an answer the test checks, not a crash
        return {"error": {"type": error.error_name, "message": error.message + causes(error.failure_info)}}


def causes(failure: dict) -> str:
    """The messages of the exceptions behind a failure (the catalog's refusal comes wrapped in Trino's)."""
    chain = []
    cause = (failure or {}).get("cause")
    while cause and len(chain) < 10:
        chain.append(f"\ncaused by {cause.get('type')}: {cause.get('message')}")
        cause = cause.get("cause")
    return "".join(chain)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    url = urlparse(sys.argv[1])
    token = os.environ.get("MESH_TOKEN")
    connection = connect(
        host=url.hostname,
        port=url.port,
        http_scheme=url.scheme,
        user=sys.argv[2],
        extra_credential=[("token", token)] if token else None,
    )
    cursor = connection.cursor()
    print(json.dumps([run(cursor, statement) for statement in json.load(sys.stdin)]))


if __name__ == "__main__":
    main()
