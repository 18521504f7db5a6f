#!/usr/bin/env python3
"""One of two writers appending to the same table at the same moment.

    concurrent_append.py <catalog-uri> <token> <namespace.table> <first-id> <rows>

Loads the table, prints "ready" and waits for a line on stdin, so that both writers hold the same (soon stale)
table state; then appends. The writer that commits second gets a 409 (CommitFailedException): PyIceberg's own
commit retry (0.12) refreshes the table and commits again, and for versions without it this script does the same.
Prints the number of retries.
"""
import json
import logging
import sys

import pyarrow as pa
from pyiceberg.catalog import load_catalog
from pyiceberg.exceptions import CommitFailedException

ATTEMPTS = 10


class RetryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.retries = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "retrying" in record.getMessage():
            self.retries += 1


def main(uri: str, token: str, identifier: str, first_id: str, rows: str) -> None:
    counter = RetryCounter()
    logging.getLogger("pyiceberg").addHandler(counter)
    catalog = load_catalog("mesh", **{"type": "rest", "uri": uri, "token": token})
    table = catalog.load_table(identifier)
    start = int(first_id)
    batch = pa.table({"id": pa.array(range(start, start + int(rows)), pa.int64())})
    print("ready", flush=True)
    sys.stdin.readline()
    retries = 0
    for attempt in range(ATTEMPTS):
        try:
            table.append(batch)
            break
        except CommitFailedException:
            if attempt == ATTEMPTS - 1:
                raise
            retries += 1
            table.refresh()
    print(json.dumps({"retries": retries + counter.retries}), flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
