"""gunicorn with threaded workers (2 x 4) under a bounded load while a support line is
published every second: no error response, and each change on every page at once.

The publisher is another process using the same database copy and page cache (files,
or Redis when REDIS_URL is set), as an editor's server would.
"""

import subprocess
import sys
import threading
import time

import pytest

from .live_servers import ROOT, database_copy, get, gunicorn, publish, site_environment

pytestmark = pytest.mark.django_db
PAGES = ["/", "/partners/", "/partners/ryse-center/", "/events/", "/resources/", "/es/"]
ENGLISH_PAGES = [page for page in PAGES if not page.startswith("/es/")]
CLIENT_THREADS = 6
MAX_REQUESTS = 3000  # the load stops here, or when the publishing is done
PUBLISHES = 5


def load(port, stop, statuses):
    count = 0
    while not stop.is_set() and len(statuses) < MAX_REQUESTS:
        path = PAGES[count % len(PAGES)]
        count += 1
        try:
            status, _headers, _body = get("127.0.0.1", port, path)
        except OSError as error:
            status = f"{path}: {error}"
        statuses.append(status)


def test_threaded_workers_under_load_serve_every_change_at_once(tmp_path):
    with database_copy(tmp_path) as database_url:
        env = site_environment(database_url, tmp_path)
        with gunicorn(env) as url:
            port = int(url.rsplit(":", 1)[1])
            publisher = subprocess.Popen(
                [sys.executable, "-m", "tests.live_publisher"],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            stop, statuses = threading.Event(), []
            clients = [
                threading.Thread(target=load, args=(port, stop, statuses), daemon=True)
                for _ in range(CLIENT_THREADS)
            ]
            try:
                assert publisher.stdout.readline().strip() == "ready"
                for client in clients:
                    client.start()
                for n in range(1, PUBLISHES + 1):
                    time.sleep(1)
                    name = f"Support line, edition {n}"
                    publish(publisher, f"line {name}")
                    for page in ENGLISH_PAGES:
                        status, headers, html = get("127.0.0.1", port, page)
                        assert status == 200, page
                        assert name in html, (page, headers.get("X-Page-Cache"))
            finally:
                stop.set()
                for client in clients:
                    client.join(timeout=60)
                publisher.stdin.close()
                publisher.wait(timeout=30)
                publisher.stdout.close()
    errors = [status for status in statuses if status != 200]
    assert statuses and not errors, errors[:10]
    assert len(statuses) >= 20  # the load did run alongside the publishing
