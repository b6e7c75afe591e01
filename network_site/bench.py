"""`make bench`: the production set-up on loopback, measured page by page.

Builds a throw-away copy of the demo site (SQLite, production settings), starts
gunicorn with two sync workers on 127.0.0.1, and sends a bounded number of
requests per page from 16 concurrent keep-alive clients. Prints requests per
second, p50 and p99 latency, and SQL queries per page; writes docs/benchmarks.md.
Loopback only; every loop is bounded in count and time.
"""

import http.client
import os
import platform
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ("home", "/"),
    ("partner directory", "/partners/"),
    ("a partner", "/partners/ryse-center/"),
    ("event index", "/events/"),
    ("an event", "/partners/ryse-center/mens-circle/"),
    ("resource library", "/resources/"),
    ("a tool", "/resources/facilitators-guide-mens-circles/"),
    ("a download", "/resources/facilitators-guide-mens-circles/download/en.pdf"),
    ("search", "/search/?q=circle"),
    ("static file", "/static/css/site.css"),
]
CONCURRENCY = 16
REQUESTS_PER_PAGE = int(os.environ.get("BENCH_REQUESTS", "400"))
WARM_UP = 50
TIME_LIMIT = 60  # seconds per page at most


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(workdir):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{workdir}/bench.sqlite3",
        "MEDIA_ROOT": str(Path(workdir) / "media"),
        "SEARCH_RATE_LIMIT_PER_MINUTE": "100000000",
    }


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def load(port, path, count=REQUESTS_PER_PAGE):
    latencies, lock = [], threading.Lock()
    remaining = [count]
    deadline = time.monotonic() + TIME_LIMIT

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            started = time.perf_counter()
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(CONCURRENCY)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": len(latencies) / total,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


def query_counts(env):
    code = (
        "import django, json; django.setup()\n"
        "from django.test import Client\n"
        "from django.db import connection\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "client = Client(HTTP_HOST='127.0.0.1', secure=True)\n"
        f"paths = {[path for _name, path in PAGES]!r}\n"
        "out = {}\n"
        "for path in paths:\n"
        "    client.get(path)\n"
        "    with CaptureQueriesContext(connection) as q:\n"
        "        client.get(path)\n"
        "    out[path] = len(q)\n"
        "print(json.dumps(out))\n"
    )
    import json

    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    with tempfile.TemporaryDirectory() as workdir:
        env = environment(workdir)
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--noinput")
        queries = query_counts(env)
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "network_site.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)
            rows = []
            for name, path in PAGES:
                load(port, path, WARM_UP)  # warm up the workers
                result = load(port, path)
                rows.append((name, path, result, queries[path]))
                print(
                    f"{name:18} {result['rps']:8.0f} req/s  p50 {result['p50']:6.1f} ms  "
                    f"p99 {result['p99']:6.1f} ms  {queries[path]:3} queries"
                )
        finally:
            server.terminate()
            server.wait(timeout=10)
    write_report(rows)


def write_report(rows):
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {time.strftime('%Y-%m-%d')}: {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; gunicorn with 2 sync "
        f"workers, production settings, SQLite, demo content; {CONCURRENCY} concurrent "
        f"keep-alive clients on loopback, {REQUESTS_PER_PAGE} requests per page after a warm-up.",
        "No full-page cache (not built yet: see the issue notes).",
        "",
        "| page | URL | req/s | p50 ms | p99 ms | SQL queries |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, path, result, count in rows:
        lines.append(
            f"| {name} | `{path}` | {result['rps']:.0f} | {result['p50']:.1f} | "
            f"{result['p99']:.1f} | {count} |"
        )
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
