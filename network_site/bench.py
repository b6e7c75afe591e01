"""`make bench`: the production set-up on loopback, measured page by page.

Builds a throw-away copy of the demo site (SQLite, production settings), starts
gunicorn with two sync workers on 127.0.0.1, once with the full-page cache off and
once with it on, and loads each page with `wrk -t2 -c16` (as the issue measured
bakerydemo) or, where wrk is not installed, a bounded Python client. Prints
requests per second, p50 and p99 latency, and SQL queries per page; writes
docs/benchmarks.md. Loopback only; every loop is bounded in count and time.

BENCH_DATABASE (and BENCH_MEDIA_ROOT) measure a copy of an SQLite site built earlier
instead of building one, e.g. one `generate_large_network` filled once (with
SITE_LANGUAGES set as below for a large one).

`--large` serves five languages (LARGE_NETWORK_LANGUAGES: California's most spoken)
and generates the large network in all of them.
"""

import http.client
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from network_site.bench_report import write_report

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
WRK_SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
WARM_UP = 50
TIME_LIMIT = 60  # seconds per page at most
WRK = shutil.which("wrk")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


LARGE_NETWORK_LANGUAGES = "en,es,zh-hans,vi,ko"


def environment(workdir, page_cache_seconds=0, large=False):
    languages = {"SITE_LANGUAGES": LARGE_NETWORK_LANGUAGES} if large else {}
    return {
        **os.environ,
        **languages,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{workdir}/bench.sqlite3",
        "MEDIA_ROOT": os.environ.get("BENCH_MEDIA_ROOT") or str(Path(workdir) / "media"),
        "SEARCH_RATE_LIMIT_PER_MINUTE": "100000000",
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "PAGE_CACHE_DIR": str(Path(workdir) / "page-cache"),
    }


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def wrk(port, path):
    """wrk's own numbers: requests per second and the latency distribution."""
    out = subprocess.run(
        [
            WRK,
            "-t2",
            f"-c{CONCURRENCY}",
            f"-d{WRK_SECONDS}s",
            "--latency",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=WRK_SECONDS + 30,
    ).stdout

    def ms(label):
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": ms("50%"),
        "p99": ms("99%"),
    }


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


def serve(env, port):
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
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    return server


def measure_all(env, label):
    queries = query_counts(env)
    port = free_port()
    server = serve(env, port)
    rows = []
    try:
        for name, path in PAGES:
            load(port, path, WARM_UP)  # warm up the workers (and, cache on, the cache)
            result = wrk(port, path) if WRK else load(port, path)
            rows.append((name, path, result, queries[path]))
            print(
                f"{label:9} {name:18} {result['rps']:8.0f} req/s  p50 {result['p50']:7.1f} ms  "
                f"p99 {result['p99']:7.1f} ms  {queries[path]:3} queries"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
    return rows


def main():
    large = "--large" in sys.argv
    with tempfile.TemporaryDirectory() as workdir:
        env = environment(workdir, large=large)
        prepared = os.environ.get("BENCH_DATABASE")
        if prepared:  # a copy of a site built earlier (large ones take minutes to generate)
            shutil.copy(prepared, Path(workdir) / "bench.sqlite3")
        manage(env, "migrate", "--noinput")
        if not prepared:
            manage(env, "load_demo_content")
            if large:
                manage(env, "sync_locales")  # the three languages beyond the demo's two
                manage(env, "generate_large_network")
        manage(env, "collectstatic", "--noinput")
        off = measure_all(env, "cache off")
        on = measure_all(environment(workdir, page_cache_seconds=600, large=large), "cache on")
    write_report(off, on, large, WRK and CONCURRENCY, WRK_SECONDS, REQUESTS_PER_PAGE)


if __name__ == "__main__":
    main()
