#!/usr/bin/env python3
"""Health probes for the local stack, with nothing but the standard library.

    probe.py kafka 127.0.0.1:9092 [admin password file]   logged in as the admin, a Metadata request answered
                                                          with at least one broker (without the file: ApiVersions)
    probe.py redis redis://127.0.0.1:6379 PING answered with PONG
    probe.py opensearch http://127.0.0.1:9200   cluster health yellow or green, prints the version
    probe.py http http://127.0.0.1:3001/health  a 2xx answer
    probe.py s3 http://127.0.0.1:9000 [closed]  an S3 endpoint answers; with `closed`, it must refuse an anonymous
                                                listing (403), so that a store left open is not taken as healthy

Exit code 0 when healthy; otherwise 1 with the reason on stderr. The stack script polls
these while components boot, so each probe is one short connection with a timeout.
"""
import json
import socket
import struct
import sys
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT_S = 2.0


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ConnectionError("connection closed mid-response")
        data += chunk
    return data


def _kafka_request(sock: socket.socket, api_key: int, version: int, correlation_id: int, body: bytes) -> bytes:
    client_id = b"mesh-probe"
    request = struct.pack(">hhih", api_key, version, correlation_id, len(client_id)) + client_id + body
    sock.sendall(struct.pack(">i", len(request)) + request)
    (size,) = struct.unpack(">i", _recv_exact(sock, 4))
    response = _recv_exact(sock, size)
    if struct.unpack(">i", response[:4])[0] != correlation_id:
        raise RuntimeError("unexpected correlation id")
    return response[4:]


def kafka(bootstrap: str, admin_password_file: str = "") -> str:
    """With the admin's password file, logs in (SASL PLAIN) and asks for metadata; else only ApiVersions, which a
    SASL listener answers before any login."""
    host, port = bootstrap.split(",")[0].rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=TIMEOUT_S) as sock:
        if not admin_password_file:
            (error,) = struct.unpack(">h", _kafka_request(sock, 18, 0, 1, b"")[:2])
            if error != 0:
                raise RuntimeError(f"ApiVersions answered error {error}")
            return "answering"
        with open(admin_password_file, encoding="utf-8") as file:
            password = file.read().strip()
        mechanism = b"PLAIN"
        (error,) = struct.unpack(">h", _kafka_request(sock, 17, 1, 2, struct.pack(">h", len(mechanism)) + mechanism)[:2])
        if error != 0:
            raise RuntimeError(f"SASL handshake answered error {error}")
        token = b"\0admin\0" + password.encode()
        (error,) = struct.unpack(">h", _kafka_request(sock, 36, 1, 3, struct.pack(">i", len(token)) + token)[:2])
        if error != 0:
            raise RuntimeError(f"the broker refused the admin's login (error {error})")
        # Metadata v4 (the oldest version Kafka 4 still serves), all topics, no auto-creation.
        response = _kafka_request(sock, 3, 4, 7, struct.pack(">i?", -1, False))
    _throttle, brokers = struct.unpack(">ii", response[:8])
    if brokers < 1:
        raise RuntimeError(f"unexpected metadata response (brokers={brokers})")
    return f"{brokers} broker(s)"


def redis(url: str) -> str:
    parsed = urllib.parse.urlparse(url)
    with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), timeout=TIMEOUT_S) as sock:
        if parsed.password:
            sock.sendall(f"AUTH {parsed.password}\r\n".encode())
            sock.recv(64)
        sock.sendall(b"PING\r\n")
        reply = sock.recv(64)
    if not reply.startswith(b"+PONG"):
        raise RuntimeError(f"unexpected reply {reply!r}")
    return "PONG"


def opensearch(url: str) -> str:
    base = url.rstrip("/")
    with urllib.request.urlopen(base + "/", timeout=TIMEOUT_S) as resp:
        version = json.load(resp)["version"]["number"]
    with urllib.request.urlopen(base + "/_cluster/health", timeout=TIMEOUT_S) as resp:
        status = json.load(resp)["status"]
    if status == "red":
        raise RuntimeError("cluster health is red")
    return f"OpenSearch {version}, {status}"


def http(url: str) -> str:
    with urllib.request.urlopen(url, timeout=TIMEOUT_S) as resp:
        return f"HTTP {resp.status}"


def s3(url: str, closed: str = "") -> str:
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/", timeout=TIMEOUT_S) as resp:
            status = resp.status
    except urllib.error.HTTPError as error:
        status = error.code
    if status >= 500:
        raise RuntimeError(f"answered HTTP {status}")
    if closed and status != 403:
        raise RuntimeError(f"an anonymous listing answered HTTP {status}, not 403: the store is open")
    return f"HTTP {status} to an anonymous listing"


def trino(url: str) -> str:
    # /v1/info answers while the server still loads its plugins; it takes queries once `starting` is false.
    with urllib.request.urlopen(url.rstrip("/") + "/v1/info", timeout=TIMEOUT_S) as resp:
        info = json.load(resp)
    if info.get("starting", True):
        raise RuntimeError("still starting")
    return f"Trino {info.get('nodeVersion', {}).get('version', '?')}"


PROBES = {"kafka": kafka, "redis": redis, "opensearch": opensearch, "http": http, "s3": s3, "trino": trino}

if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or sys.argv[1] not in PROBES:
        sys.exit(f"usage: probe.py {{{'|'.join(PROBES)}}} <address> [credentials file]")
    try:
        print(PROBES[sys.argv[1]](*sys.argv[2:]))
    except Exception as error:  # any failure means "not healthy yet"; the reason helps a human
        sys.exit(f"{sys.argv[1]}: {error}")
