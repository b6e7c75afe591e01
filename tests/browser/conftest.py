"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

A missing browser fails the run (CI installs it). Set SKIP_BROWSER_TESTS=1 to skip
these tests on a machine without Chromium; the skip is then reported by pytest.
"""

import os
import shutil
import time

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
# Flags that keep Chromium from calling home on a machine with no network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playwright_session():
    """One Playwright for the session: its sync API runs one event loop, so a test that
    needs its own browser (a persistent profile) starts it from this one."""
    if os.environ.get("SKIP_BROWSER_TESTS") == "1" and not os.environ.get("CI"):
        pytest.skip("SKIP_BROWSER_TESTS=1: browser tests not run")
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}. Install Debian's package: apt-get install chromium"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_session):
    browser = playwright_session.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def live_site(live_server, transactional_db):
    """The live server with demo content (reloaded after an earlier browser test flushed it)."""
    from home.models import HomePage

    if not HomePage.objects.exists():
        call_command("load_demo_content", verbosity=0)
    return live_server


@pytest.fixture
def page(browser, live_site):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    yield page
    context.close()


@pytest.fixture
def neutral_site(live_site):
    """A stand-in for the neutral site on loopback, set as quick exit's destination; it
    records each request's path, headers and arrival time (time.time(), in seconds)."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from wagtail.models import Site

    from home.models import SafetySettings

    arrivals = []

    class Weather(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            arrivals.append({"path": self.path, "headers": dict(self.headers), "at": time.time()})
            body = b"<!DOCTYPE html><title>Weather</title><p>Sunny."
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Weather)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/weather/"
    safety = SafetySettings.for_site(Site.objects.get(is_default_site=True))
    safety.exit_url = url
    save_when_the_live_server_is_idle(safety)
    server.url, server.arrivals = url, arrivals
    yield server
    server.shutdown()
    server.server_close()


def save_when_the_live_server_is_idle(instance, seconds=10):
    """Save once no request of an earlier test is still inside a transaction.

    On SQLite the test database lives in memory, so the live server's threads share this
    thread's connection. A request the last test's browser left behind may still be in a
    transaction on it (Wagtail's settings lookup is a get_or_create), and Django then
    refuses our save's on-commit purge as "manual transaction management"."""
    from django.db import connection
    from django.db.transaction import TransactionManagementError

    deadline = time.monotonic() + seconds
    while True:
        try:
            instance.save()
            return
        except TransactionManagementError:
            if connection.vendor != "sqlite" or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
