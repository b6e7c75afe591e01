"""A real Varnish (Debian's package) on loopback as the CDN, with the committed VCL
(.ci/varnish.vcl), in front of gunicorn: a publish purges it, the next request through
it shows the change, and a page whose clock moment passes is not served stale.

Varnish missing fails the run in CI; elsewhere SKIP_VARNISH_TESTS=1 skips visibly.
"""

import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from .live_servers import (
    ROOT,
    database_copy,
    free_port,
    get,
    gunicorn,
    publish,
    require,
    site_environment,
    varnish,
)

pytestmark = pytest.mark.django_db
EVENT_SECONDS = 15


def test_varnish_is_purged_by_reference_and_honours_clock_moments(tmp_path):
    require("varnishd", "SKIP_VARNISH_TESTS")
    host = urlsplit(Site.objects.get(is_default_site=True).root_url).netloc
    varnish_port = free_port()

    def through_varnish(path):
        status, headers, html = get("127.0.0.1", varnish_port, path, headers={"Host": host})
        assert status == 200, path
        return headers.get("X-Varnish-Cache"), html

    def kept(path):
        through_varnish(path)
        state, html = through_varnish(path)
        assert state == "hit", path
        return html

    with database_copy(tmp_path) as database_url:
        env = site_environment(
            database_url, tmp_path, FRONTEND_CACHE_URL=f"http://127.0.0.1:{varnish_port}"
        )
        with gunicorn(env) as backend, varnish(backend, varnish_port):
            publisher = subprocess.Popen(
                [sys.executable, "-m", "tests.live_publisher"],
                cwd=ROOT,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            try:
                assert publisher.stdout.readline().strip() == "ready"
                # A page purged by reference: the profile and the directory listing it.
                assert "RYSE Center" in kept("/partners/ryse-center/")
                assert "RYSE Center" in kept("/partners/")
                kept("/resources/")
                publish(publisher, "partner RYSE Youth Center")
                for path in ("/partners/ryse-center/", "/partners/"):
                    state, html = through_varnish(path)
                    assert state == "miss" and "RYSE Youth Center" in html, path
                assert through_varnish("/resources/")[0] == "hit"  # it does not show it

                # Shown on every page: everything is banned.
                publish(publisher, "line Crisis line, corrected number")
                for path in ("/", "/resources/", "/partners/ryse-center/"):
                    assert "Crisis line, corrected number" in through_varnish(path)[1], path

                # An event ending in a few seconds: the listing is kept only until then.
                # Long enough for a loaded CI machine to fetch the listing twice first.
                publish(publisher, f"event {EVENT_SECONDS}")
                published = time.monotonic()  # it ends at most EVENT_SECONDS from here
                assert "A circle ending in a moment" in kept("/events/")
                backend_port = int(backend.rsplit(":", 1)[1])
                _status, headers, _html = get(
                    "127.0.0.1", backend_port, "/events/", headers={"Host": host}
                )
                max_age = int(headers["Surrogate-Control"].split("max-age=")[1])
                assert max_age <= EVENT_SECONDS, headers
                time.sleep(max(0.0, published + EVENT_SECONDS + 1.5 - time.monotonic()))
                state, html = through_varnish("/events/")
                assert "A circle ending in a moment" not in html
            finally:
                publisher.stdin.close()
                publisher.wait(timeout=30)
                publisher.stdout.close()
