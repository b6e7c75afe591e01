"""Headers, cookies and support lines that keep visitors safe."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from home.models import SupportLine

pytestmark = pytest.mark.django_db
PUBLIC_URLS = [
    "/",
    "/es/",
    "/partners/",
    "/partners/ryse-center/",
    "/events/",
    "/events/feed.ics",
    "/partners/ryse-center/video/",
    "/safety/",
    "/no-such-page/",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_responses_carry_strict_headers_and_no_cookie(client, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "Set-Cookie" not in response.headers
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_admin_gets_its_own_policy(client):
    response = client.get("/admin/login/")
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Browsers post `Origin: null` from no-referrer pages; forms need same-origin.
    assert response["Referrer-Policy"] == "same-origin"


def test_every_page_offers_quick_exit_and_help(client):
    for url in ("/", "/es/partners/", "/no-such-page/"):
        html = client.get(url).content.decode()
        assert 'id="quick-exit"' in html and 'href="#quick-exit"' in html
        assert 'rel="noreferrer"' in html
        assert 'class="help-lines"' in html


def test_support_lines_past_the_grace_period_are_hidden_and_flagged(client, admin_client_logged_in):
    line = SupportLine.objects.filter(locale__language_code="en").order_by("sort_order").first()
    today = timezone.localdate()
    line.last_verified = today - datetime.timedelta(days=190)
    line.save()
    assert line.name in client.get("/").content.decode()  # flagged but still inside the grace
    dashboard = admin_client_logged_in.get("/admin/").content.decode()
    assert "Support lines to check" in dashboard and line.name in dashboard
    with override_settings(SUPPORT_LINE_GRACE_DAYS=5):
        assert line.name not in client.get("/").content.decode()


def test_demo_numbers_are_marked_as_samples():
    for line in SupportLine.objects.all():
        assert "555" in line.how_to_reach and "Sample" in line.how_to_reach


def test_editors_content_checker_includes_our_video_rules(admin_client_logged_in):
    html = admin_client_logged_in.get("/partners/faith-in-the-valley/video/").content.decode()
    assert "video-transcript" in html and "has-video-content-note" in html
    assert "This video has no transcript" in html
