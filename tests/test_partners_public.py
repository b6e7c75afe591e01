"""What visitors see of partners, videos and events: calendars, click-to-play, filters."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from partners.models import EventPage, PartnerPage, VideoPage
from partners.models.video import parse_video_url

pytestmark = pytest.mark.django_db
VIDEO_HOSTS = re.compile(r"youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com", re.I)


def events_in(body):
    return icalendar.Calendar.from_ical(body).walk("VEVENT")


def test_event_ics_carries_the_right_instant_in_another_time_zone(client):
    event = EventPage.objects.get(
        slug="online-mens-circle", time_zone="America/New_York", locale__language_code="en"
    )
    response = client.get(event.url + "event.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    (vevent,) = events_in(response.content)
    start = vevent.decoded("dtstart")
    assert start.tzinfo is not None
    # 19:00 in New York is 16:00 in California: the same instant.
    expected = datetime.datetime.combine(
        event.start_date, datetime.time(19), ZoneInfo("America/New_York")
    )
    assert start == expected
    assert start.astimezone(ZoneInfo("America/Los_Angeles")).hour == 16
    assert str(vevent["uid"]).startswith(str(event.translation_key))
    assert "dtstamp" in vevent and "url" in vevent
    assert str(vevent["status"]) == "CONFIRMED"


def test_feeds_list_events_and_mark_cancelled_ones(client):
    response = client.get("/events/feed.ics")
    vevents = events_in(response.content)
    cancelled = [e for e in vevents if str(e["status"]) == "CANCELLED"]
    assert len(vevents) >= 8 and len(cancelled) == 1
    assert "LOCATION" in cancelled[0]
    partner_feed = client.get("/partners/ryse-center/events.ics")
    assert partner_feed.status_code == 200
    assert all("ryse-center" in str(e["url"]) for e in events_in(partner_feed.content))
    spanish = client.get("/es/events/feed.ics").content.decode()
    assert "Círculo de hombres en línea" in spanish


def test_event_page_names_its_time_zone_and_has_json_ld(client):
    event = EventPage.objects.get(
        slug="online-mens-circle", time_zone="America/New_York", locale__language_code="en"
    )
    html = client.get(event.url).content.decode()
    assert re.search(
        r'7\sp\.m\.</time>–<time[^>]*>8:30\sp\.m\.</time> <abbr title="America/New_York">E[SD]T</abbr>',
        html,
    )
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(data)["@type"] == "Event"
    assert json.loads(data)["startDate"].startswith(event.start_date.isoformat() + "T19:00:00-0")


def test_video_page_has_no_iframe_or_video_host_before_play(client):
    video = VideoPage.objects.get(
        slug="video", locale__language_code="en", url_path__contains="faith-in-the-valley"
    )
    html = client.get(video.url).content.decode()
    assert "<iframe" not in html
    outside_noscript = re.sub(r"<noscript>.*?</noscript>", "", html, flags=re.S)
    assert not VIDEO_HOSTS.search(outside_noscript)
    assert "https://www.youtube.com/watch?v=" in html  # the JavaScript-off link
    assert "Content note:" in html and "Transcript" in html


@pytest.mark.parametrize(
    ("url", "provider", "video_id"),
    [
        ("https://www.youtube.com/watch?v=aBcDeFgHiJk", "youtube", "aBcDeFgHiJk"),
        ("https://youtu.be/aBcDeFgHiJk?t=3", "youtube", "aBcDeFgHiJk"),
        ("https://vimeo.com/123456789", "vimeo", "123456789"),
    ],
)
def test_video_urls_are_parsed(url, provider, video_id):
    assert parse_video_url(url) == (provider, video_id)


@pytest.mark.parametrize(
    "url", ["https://example.com/video.mp4", "https://www.youtube.com/watch", "javascript:alert(1)"]
)
def test_bad_video_urls_are_rejected_with_a_reason(url):
    with pytest.raises(ValidationError) as error:
        parse_video_url(url)
    assert error.value.messages[0]


def test_admin_form_rejects_a_bad_video_url(admin_client_logged_in):
    video = VideoPage.objects.filter(locale__language_code="en").first()
    data = nested_form_data(
        {
            "title": video.title,
            "slug": video.slug,
            "video_url": "https://example.com/not-a-video",
            "poster": video.poster_id,
            "poster_alt": video.poster_alt,
            "description": rich_text(video.description),
            "content_note": video.content_note,
            "running_time": "0:04:30",
            "caption_languages": ["en"],
            "transcript": rich_text(video.transcript),
            "transcript_language": "",
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "1"
    response = admin_client_logged_in.post(f"/admin/pages/{video.pk}/edit/", data)
    assert response.status_code == 200  # the form again, with the error
    assert "Only YouTube and Vimeo addresses can be used" in response.content.decode()
    video.refresh_from_db()
    assert video.video_url.startswith("https://www.youtube.com/") or "vimeo" in video.video_url


def test_meeting_links_are_refused_for_events():
    event = EventPage.objects.filter(locale__language_code="en").first()
    event.registration_url = "https://us02web.zoom.us/j/123456789"
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "meeting link" in str(error.value)


@pytest.mark.parametrize(
    "query",
    [
        "?region=nowhere",
        "?focus=%00",
        "?page=abc",
        "?page=-1",
        "?page=99999999999999999999",
        "?region=fresno&page=50",
        "?focus=" + "x" * 5000,
    ],
)
def test_bad_filters_never_500(client, query):
    for base in ("/partners/", "/events/", "/events/past/", "/es/partners/"):
        assert client.get(base + query).status_code == 200, base + query
    assert client.get("/events/?partner=nope&format=zzz&language=xx").status_code == 200


def test_directory_filters_by_region_and_focus(client):
    html = client.get("/partners/?region=fresno").content.decode()
    assert "Faith in the Valley" in html and "RYSE Center" not in html
    html = client.get("/partners/?focus=crisis-response").content.decode()
    assert "Anti Police-Terror Project" in html and "Faith in the Valley</a>" not in html


def test_spanish_listing_marks_untranslated_items(client):
    ryse = PartnerPage.objects.get(slug="ryse-center", locale__language_code="es")
    ryse.unpublish()
    html = client.get("/es/partners/").content.decode()
    assert re.search(
        r'<li class="card partner-card" lang="en">.*?RYSE Center.*?\(en inglés\)', html, re.S
    )


def test_event_filter_keeps_the_chosen_partner_and_escapes_names(client):
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    partner.title = 'RYSE <b>"Center"</b>'
    partner.save_revision().publish()
    html = client.get("/events/?partner=ryse-center").content.decode()
    assert (
        '<option value="ryse-center" selected>RYSE &lt;b&gt;&quot;Center&quot;&lt;/b&gt;</option>'
        in html
    )
    assert "<b>" not in html
    assert 'value="faith-in-the-valley">' in html  # the others, not chosen
