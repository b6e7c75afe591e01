"""Real servers on loopback for the tests that need them: a copy of the test database
other processes can open, gunicorn with threaded workers, and a bounded HTTP client.

The test database is copied (SQLite: the in-memory database backed up to a file;
PostgreSQL: pg_dump into a new database), so the servers and a publisher process share
one database while the test's own database stays as other tests expect it.
"""

import contextlib
import http.client
import os
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def database_copy(directory):
    """Yields a DATABASE_URL for a copy of the test database (with the demo content)."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        path = Path(directory) / "site.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.execute("PRAGMA journal_mode=WAL")  # readers never wait for the publisher
        target.close()
        yield f"sqlite:///{path}"
        return
    name = f"{db['NAME']}_copy_{uuid.uuid4().hex[:8]}"
    where = ["-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432), "-U", db["USER"]]
    subprocess.run(["createdb", *where, name], check=True, timeout=60)
    try:
        dump = subprocess.run(
            ["pg_dump", *where, "--no-owner", db["NAME"]],
            check=True,
            capture_output=True,
            timeout=120,
        )
        subprocess.run(
            ["psql", *where, "-q", "-v", "ON_ERROR_STOP=1", name],
            input=dump.stdout,
            check=True,
            capture_output=True,
            timeout=120,
        )
        yield f"postgres://{db['USER']}@{where[1]}:{where[3]}/{name}"
    finally:
        subprocess.run(["dropdb", *where, "--force", name], check=False, timeout=60)


def site_environment(database_url, directory, **extra):
    """The environment for our servers and publishers: test settings, the copied database,
    and the page cache on Redis (REDIS_URL set) or in files all of them share."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network_site.settings.test",
        "DATABASE_URL": database_url,
        "DB_CONN_MAX_AGE": "0",
        "PAGE_CACHE_SECONDS": "600",
        "PAGE_CACHE_DIR": str(Path(directory) / "page-cache"),
        **extra,
    }


def wait_for(url, deadline_seconds=90):
    """Until `url` answers (any status), or fail after the deadline."""
    host, port = url.split("//")[1].split(":")
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        try:
            status, _headers, _body = get(host, int(port), "/robots.txt")
            return status
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"nothing answered at {url} within {deadline_seconds} s")


@contextlib.contextmanager
def gunicorn(env, workers=2, threads=4):
    """The site served by gunicorn's threaded workers on loopback; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "network_site.wsgi",
            "--worker-class",
            "gthread",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url)
        yield url
    finally:
        process.terminate()
        try:
            _out, errors = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, errors = process.communicate()
        # What the workers logged, for a failing test's report.
        print(errors.decode(errors="replace")[-5000:], file=sys.stderr)


def get(host, port, path, headers=None, timeout=30):
    """(status, headers, body) of one GET."""
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return (
            response.status,
            dict(response.getheaders()),
            response.read().decode(errors="replace"),
        )
    finally:
        conn.close()


def publish(publisher, command):
    """Send one command to tests/live_publisher.py and wait until it is published."""
    publisher.stdin.write(command + "\n")
    publisher.stdin.flush()
    assert publisher.stdout.readline().strip() == f"published {command}"


def require(program, skip_variable):
    """A missing program fails the run (CI installs it); outside CI, `<skip_variable>=1`
    skips visibly instead, as the browser tests do."""
    import shutil

    import pytest

    if os.environ.get(skip_variable) == "1" and not os.environ.get("CI"):
        pytest.skip(f"{skip_variable}=1: not run")
    path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/sbin")
    if path is None:
        pytest.fail(f"{program} not found: apt-get install {program} (or set {skip_variable}=1)")
    return path


@contextlib.contextmanager
def varnish(backend_url, port):
    """varnishd on loopback in front of `backend_url`, with the committed VCL."""
    import shutil
    import tempfile

    varnishd = require("varnishd", "SKIP_VARNISH_TESTS")
    # varnishd started as root reads its files as its own user: a directory it can read.
    work = Path(tempfile.mkdtemp(prefix="healing-varnish-"))
    work.chmod(0o755)
    backend_port = backend_url.rsplit(":", 1)[1]
    # A copy of the committed VCL: the checkout may sit in a directory only root can read
    # (a clone under `mktemp -d`).
    committed = work / "site.vcl"
    shutil.copyfile(ROOT / ".ci" / "varnish.vcl", committed)
    main = work / "main.vcl"
    main.write_text(
        "vcl 4.1;\n"
        f'backend default {{ .host = "127.0.0.1"; .port = "{backend_port}"; }}\n'
        f'include "{committed}";\n'
    )
    for vcl in (committed, main):
        vcl.chmod(0o644)
    process = subprocess.Popen(
        [
            varnishd,
            "-F",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(main),
            "-n",
            str(work / "instance"),
            "-s",
            "malloc,32m",
            "-T",
            "none",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}", deadline_seconds=30)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            _out, errors = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, errors = process.communicate()
        print(errors.decode(errors="replace")[-3000:], file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
