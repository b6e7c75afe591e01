"""Purge by reference: a change reaches the CDN for exactly the pages that show it.

The CDN here is a recorder on loopback (tests/cdn_recorder.py); tests/test_varnish.py
does the same against a real Varnish. Purges are sent once the change is committed.
"""

import io
from collections import Counter

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from home.models import SafetySettings, SupportLine
from partners.models import EventPage, PartnerPage

from .cdn_recorder import banned_everything, purged_paths, recording_cdn

pytestmark = pytest.mark.django_db


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what waits for the commit, as the end of a real request does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def png(colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (400, 300), colour).save(buffer, "PNG")
    return ImageFile(buffer, name="logo.png")


def test_publishing_an_event_purges_every_page_that_shows_it(committed):
    event = EventPage.objects.get(
        slug="mens-circle", url_path__contains="ryse-center", locale__language_code="en"
    )
    with recording_cdn() as seen, committed():
        event.title = "Men’s healing circle (new room)"
        event.save_revision().publish()
    paths = purged_paths(seen)
    for expected in (
        "/partners/ryse-center/mens-circle/",
        "/partners/ryse-center/",
        "/partners/ryse-center/events.ics",
        "/events/",
        "/events/past/",
        "/events/feed.ics",
        "/",
        "/es/partners/ryse-center/mens-circle/",
        "/es/events/",
        "/es/",
    ):
        assert expected in paths, (expected, sorted(paths))
    # Only what shows it: another partner's profile and the library are left alone.
    assert "/partners/faith-in-the-valley/" not in paths
    assert "/resources/" not in paths
    assert not banned_everything(seen)


def test_a_corrected_crisis_line_number_purges_everything(committed):
    line = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    with recording_cdn() as seen, committed():
        line.how_to_reach = "Text 555-0199"
        line.save_revision().publish()
    assert banned_everything(seen)


def test_a_changed_exit_site_purges_everything(committed, demo_site):
    row = SafetySettings.for_site(demo_site)
    with recording_cdn() as seen, committed():
        row.exit_url = "https://weather.example.org/"
        row.save()
    assert banned_everything(seen)


def test_a_draft_save_purges_nothing(committed):
    line = SupportLine.objects.filter(locale__language_code="en", live=True).first()
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    with recording_cdn() as seen, committed():
        line.name = "A draft nobody sees yet"
        line.save_revision()
        partner.title = "A draft title"
        partner.save_revision()
    assert seen == []


def test_an_upload_nothing_uses_purges_nothing(committed):
    with recording_cdn() as seen, committed():
        get_image_model().objects.create(title="Unused", file=png((10, 20, 30)))
    assert seen == []


def test_a_replaced_image_purges_the_pages_using_it(committed):
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    image = get_image_model().objects.create(title="RYSE logo", file=png((10, 20, 30)))
    partner.logo = image
    partner.save_revision().publish()
    with recording_cdn() as seen, committed():
        image.file = png((200, 20, 30))
        image.save()
    paths = purged_paths(seen)
    assert {"/partners/ryse-center/", "/partners/", "/"} <= paths, sorted(paths)
    assert "/partners/faith-in-the-valley/" not in paths


def test_a_page_made_private_is_purged(committed):
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    with recording_cdn() as seen, committed():
        PageViewRestriction.objects.create(page=partner, restriction_type="login")
    paths = purged_paths(seen)
    assert {"/partners/ryse-center/", "/partners/ryse-center/mens-circle/", "/partners/"} <= paths


def purges_per_url(seen):
    return Counter((host, path) for method, host, path in seen if method == "PURGE")


def test_publishing_or_unpublishing_a_page_purges_each_url_it_changes_once(committed):
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    with recording_cdn() as seen, committed():
        partner.title = "RYSE Youth Center"
        partner.save_revision().publish()
    published = purges_per_url(seen)
    assert ("localhost", "/partners/ryse-center/") in published, sorted(published)
    assert [url for url, count in published.items() if count > 1] == []

    with recording_cdn() as seen, committed():
        partner.unpublish()
    unpublished = purges_per_url(seen)
    assert ("localhost", "/partners/ryse-center/") in unpublished, sorted(unpublished)
    assert [url for url, count in unpublished.items() if count > 1] == []
