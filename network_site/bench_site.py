"""The site `make bench` measures: built, served and purged beside its servers."""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

from network_site import bench_load

ROOT = Path(__file__).resolve().parent.parent
LARGE_NETWORK_LANGUAGES = "en,es,zh-hans,vi,ko"
# Run beside the servers with their settings: empties every cache, or publishes a change
# to a support line (shown on every page), one command a line.
HELPER = """
import sys, django
django.setup()
from django.core.cache import caches
from home.models import SupportLine
line = SupportLine.objects.filter(live=True, locale__language_code="en").order_by("pk").first()
for n, command in enumerate(sys.stdin):
    if command.strip() == "purge":
        for alias in ("pages", "fragments", "default"):
            caches[alias].clear()
    elif command.strip() == "publish":
        line.hours = f"Every day, 9am-{5 + n % 4}pm"
        line.save_revision().publish()
    print("done", flush=True)
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(workdir, database_url, redis_url, large):
    return {
        **os.environ,
        **({"SITE_LANGUAGES": LARGE_NETWORK_LANGUAGES} if large else {}),
        "DJANGO_SETTINGS_MODULE": "network_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": os.environ.get("BENCH_MEDIA_ROOT") or str(Path(workdir) / "media"),
        "SEARCH_RATE_LIMIT_PER_MINUTE": "100000000",
        "PAGE_CACHE_DIR": str(Path(workdir) / "page-cache"),
    }


MODES = {  # page cache seconds, fragment cache
    "uncached": {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE": "off"},
    "warm": {"PAGE_CACHE_SECONDS": "0", "FRAGMENT_CACHE": "on"},
    "cached": {"PAGE_CACHE_SECONDS": "600", "FRAGMENT_CACHE": "on"},
}


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def serve(env, port):
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "network_site.wsgi", "--workers", "2"]
        + ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )
    bench_load.wait_until_up(f"http://127.0.0.1:{port}")
    return server


class Helper:
    """The purging and publishing process (HELPER), one command at a time."""

    def __init__(self, env):
        self.process = subprocess.Popen(
            [sys.executable, "-c", HELPER],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lock = threading.Lock()

    def __call__(self, command):
        with self.lock:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
            self.process.stdout.readline()

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def query_counts(env, paths):
    """SQL queries per page: cold (every cache emptied) and warm (fragments kept)."""
    code = (
        "import django, json; django.setup()\n"
        "from django.core.cache import caches\n"
        "from django.contrib.contenttypes.models import ContentType\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        "client = Client(HTTP_HOST='127.0.0.1')\n"
        f"paths = {list(paths)!r}\n"
        "out = {}\n"
        "for path in paths:\n"
        "    [cache.clear() for cache in caches.all()]\n"
        "    ContentType.objects.clear_cache()\n"
        "    with CaptureQueriesContext(connection) as cold:\n"
        "        client.get(path)\n"
        "    with CaptureQueriesContext(connection) as warm:\n"
        "        client.get(path)\n"
        "    out[path] = [len(cold), len(warm)]\n"
        "print(json.dumps(out))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def prepare(env, database, large):
    if database == "postgresql":
        url = urlsplit(env["DATABASE_URL"])
        name = url.path.lstrip("/")
        admin = env["DATABASE_URL"].rsplit("/", 1)[0] + "/postgres"
        for statement in (f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"'):
            subprocess.run(["psql", admin, "-qc", statement], check=True)
    prepared = os.environ.get("BENCH_DATABASE")
    if prepared and database == "sqlite":  # a large site built earlier
        shutil.copy(prepared, env["DATABASE_URL"].removeprefix("sqlite:///"))
    manage(env, "migrate", "--noinput")
    if not prepared:
        manage(env, "load_demo_content")
        if large:
            manage(env, "sync_locales")
            manage(env, "generate_large_network")
    manage(env, "collectstatic", "--noinput")
