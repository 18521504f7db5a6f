#!/usr/bin/env python3
"""One PySpark session for a whole test suite, driven over stdin: Spark starts once (the costly part), then runs
every statement the suite sends.

    spark_sql.py '<session JSON>'

The session JSON: {"catalogs": {"<name>": {"uri": ..., "token": ...}}, "packages": ["group:artifact:version", ...],
"conf": {"spark.x": "..."}}. Each catalog is an Iceberg REST catalog that authenticates with its token alone and
accepts remote signing: Spark holds no S3 key, and every request its S3FileIO makes to the store is signed by the
catalog, which checks the token's rights on the object first.

Then one JSON request a line on stdin, one JSON answer a line on stdout:
    {"sql": "..."}          -> {"columns": [...], "rows": [[...], ...]}
    {"python": "..."}       -> {"output": "..."}: runs the code with `spark` in scope (the snippets of a port's page)
    either, failing         -> {"error": {"type": "<JVM or Python exception class>", "message": "..."}}
The first line printed is {"ready": true}, once the session is up.
"""
import contextlib
import datetime
import decimal
import io
import json
import os
import sys

from pyspark.sql import SparkSession


def catalog_conf(name: str, catalog: dict) -> dict:
    prefix = f"spark.sql.catalog.{name}"
    return {
        prefix: "org.apache.iceberg.spark.SparkCatalog",
        f"{prefix}.type": "rest",
        f"{prefix}.uri": catalog["uri"],
        f"{prefix}.token": catalog["token"],
        # Iceberg's REST client asks for vended credentials unless told otherwise; the catalog vends none (the store
        # has one identity), it signs.
        f"{prefix}.header.X-Iceberg-Access-Delegation": "remote-signing",
    }


def start(session: dict) -> SparkSession:
    builder = (
        SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[2]"))
        .appName(session.get("app", "mesh-conformance"))
        .config("spark.jars.packages", ",".join(session["packages"]))
        .config("spark.sql.extensions", "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions")
        # Small data on two shared cores: few partitions, no UI.
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.enabled", "false")
    )
    for name, catalog in session["catalogs"].items():
        for key, value in catalog_conf(name, catalog).items():
            builder = builder.config(key, value)
    for key, value in session.get("conf", {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# Integers past 2^53 lose precision as JSON numbers in JavaScript (snapshot ids use all 64 bits).
SAFE_INTEGER = 2**53 - 1


def plain(value):
    """A JSON value for what Spark returns: decimals, times and large integers as text, so nothing is rounded."""
    if isinstance(value, (decimal.Decimal, datetime.date, datetime.datetime)):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > SAFE_INTEGER:
        return str(value)
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def failure(error: Exception) -> dict:
    """A JVM exception reaches Python as a Py4J or a PySpark error: its class, and the message of each exception in
    its chain of causes (a store's refusal comes wrapped in Spark's and Iceberg's), without the stack traces."""
    java = getattr(error, "java_exception", None)
    if java is None:
        return {"error": {"type": type(error).__name__, "message": str(error)}}
    kind = java.getClass().getName()
    causes = []
    while java is not None and len(causes) < 10:
        causes.append(f"{java.getClass().getName()}: {java.getMessage()}")
        java = java.getCause()
    return {"error": {"type": kind, "message": "\ncaused by ".join(causes)}}


def answer(spark: SparkSession, request: dict) -> dict:
    try:
        if "sql" in request:
            frame = spark.sql(request["sql"])
            return {"columns": frame.columns, "rows": [plain(list(row)) for row in frame.collect()]}
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(request["python"], {"spark": spark, "SparkSession": SparkSession})
        return {"output": printed.getvalue()}
    except Exception as error:  # a refusal is an answer the test checks, not a crash
        return failure(error)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    spark = start(json.loads(sys.argv[1]))
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(answer(spark, json.loads(line))), flush=True)
    spark.stop()


if __name__ == "__main__":
    main()
