"""Each kind of public page costs a fixed number of SQL queries, with nothing cached.

The table below is the budget (stated in README, "Speed"): a page of each kind, in
English and Spanish, asked for cold (every cache emptied first, as after a deploy), costs
at most its ceiling, and exactly as many queries with 3 as with 30 of everything
(partners, events, videos, tools, versions, support lines). The number of languages is
held by tests/test_large_network.py.
"""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import SupportLine
from partners.models import EventPage, PartnerIndexPage, PartnerPage, VideoPage
from resources.models import ResourceIndexPage, ResourcePage, ResourceVersion

pytestmark = pytest.mark.django_db

GUIDE = "/resources/facilitators-guide-mens-circles/"
# page kind: (ceiling, addresses of that kind)
# Every cache is emptied before each request, so each public page also pays the two
# queries for the next clock moment (an event starting or ending) that its shared-cache
# lifetime is capped by; they are made once per purge and kept in the page cache's store.
BUDGET = {
    "home": (27, ["/", "/es/"]),
    "content page": (18, ["/about/", "/es/about/"]),
    "partner directory": (23, ["/partners/", "/es/partners/", "/partners/?region=fresno"]),
    "partner": (29, ["/partners/ryse-center/", "/es/partners/ryse-center/"]),
    "event": (25, ["/partners/ryse-center/mens-circle/", "/es/partners/ryse-center/mens-circle/"]),
    "video": (26, ["/partners/ryse-center/video/"]),
    "event listing": (
        24,
        ["/events/", "/es/events/", "/events/past/", "/events/?format=in_person&language=en"],
    ),
    "library": (24, ["/resources/", "/es/resources/", "/resources/?kind=facilitator-guide"]),
    "tool": (24, [GUIDE, "/es" + GUIDE]),
    "tool, read online": (21, [GUIDE + "read/"]),
    "calendar feed": (16, ["/events/feed.ics", "/partners/ryse-center/events.ics"]),
    # PostgreSQL searches through Wagtail's backend: one more than SQLite's 15.
    "search": (16, ["/search/?q=circle", "/es/search/?q=circulo"]),
}


def cold_query_count(client, url):
    """Queries for one request with every cache empty: Django's caches (Wagtail keeps
    site root paths there) and the content types Django keeps in memory."""
    for cache in caches.all():
        cache.clear()
    ContentType.objects.clear_cache()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def counts(client):
    return {url: cold_query_count(client, url) for _c, urls in BUDGET.values() for url in urls}


def three_of_everything():
    """The demo has four partners and four tools: take one of each away."""
    for language in ("es", "en"):
        PartnerPage.objects.get(
            slug="anti-police-terror-project", locale__language_code=language
        ).delete()
        ResourcePage.objects.get(
            slug="program-evaluation-tool", locale__language_code=language
        ).delete()


def thirty_of_everything():
    """27 more partners, each with an upcoming and a past event and a video; 27 more tools,
    each with a version; 27 more versions of the guide; 27 more support lines."""
    directory = PartnerIndexPage.objects.get(locale__language_code="en")
    poster = VideoPage.objects.filter(locale__language_code="en").first().poster
    today = timezone.localdate()
    for n in range(27):
        partner = PartnerPage(
            title=f"Budget partner {n}",
            slug=f"budget-partner-{n}",
            summary="A partner.",
            about="<p>About.</p>",
            where_we_work="Fresno",
            regions="|fresno|",
            focus_areas="|youth|",
            logo=poster,
            logo_alt="Logo",
        )
        directory.add_child(instance=partner)
        partner.save_revision().publish()
        for slug, day in (
            ("soon", today + datetime.timedelta(days=n + 1)),
            ("was", today - datetime.timedelta(days=n + 1)),
        ):
            event = EventPage(
                title=f"Budget event {slug} {n}",
                slug=slug,
                summary="An event.",
                start_date=day,
                start_time=datetime.time(18),
                end_time=datetime.time(19),
                languages="|en|",
            )
            partner.add_child(instance=event)
            event.save_revision().publish()
        video = VideoPage(
            title=f"Budget video {n}",
            slug="video",
            video_url="https://www.youtube.com/watch?v=aaaaaaaaaaa",
            poster=poster,
            poster_alt="A still.",
            description="<p>A video.</p>",
            content_note="None.",
            running_time=datetime.timedelta(minutes=3),
            transcript="<p>Words.</p>",
        )
        partner.add_child(instance=video)
        video.save_revision().publish()
    guide = ResourcePage.objects.get(
        slug="facilitators-guide-mens-circles", locale__language_code="en"
    )
    document = guide.versions.first().pdf
    library = ResourceIndexPage.objects.get(locale__language_code="en")
    for n in range(27):
        tool = ResourcePage(
            title=f"Budget tool {n}",
            slug=f"budget-tool-{n}",
            kind="facilitator-guide",
            audience="facilitators",
            summary="A tool.",
            description="<p>A tool.</p>",
        )
        library.add_child(instance=tool)
        for page, label in ((tool, "1.0"), (guide, f"0.{n}")):
            page.versions.add(
                ResourceVersion(
                    label=label,
                    release_date=today - datetime.timedelta(days=400 + n),
                    pdf=document,
                    locale=page.locale,
                )
            )
        tool.save_revision().publish()
        SupportLine.objects.create(
            name=f"Budget line {n}",
            how_to_reach="555-0100",
            hours="Always",
            languages="English",
            area_served="Fresno",
            last_verified=today,
            sort_order=100 + n,
            live=True,
        )
    guide.save_revision().publish()


def test_each_page_kind_costs_the_same_few_queries_with_3_or_30_of_everything(client):
    three_of_everything()
    small = counts(client)
    thirty_of_everything()
    assert PartnerPage.objects.filter(locale__language_code="en").live().count() == 30
    large = counts(client)
    grew = {url: (small[url], large[url]) for url in small if small[url] != large[url]}
    assert not grew, f"query counts grew with content (3 -> 30): {grew}"
    over = {
        url: (large[url], ceiling)
        for ceiling, urls in BUDGET.values()
        for url in urls
        if large[url] > ceiling
    }
    assert not over, f"over the page kind's ceiling (count, ceiling): {over}"
