"""The stated ceilings on SQL queries per public page (docs/benchmarks.md), in both languages.

Other tests hold each page's count constant as content grows; this one holds the ceilings:
one for a running site, one for the first request after a content change, which also
rebuilds the site-wide parts (network_site/site_memo.py).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network_site import site_memo

from .test_partners_budgets import query_count

pytestmark = pytest.mark.django_db
CEILING = 2  # a running site: most pages need none, a partner's upcoming events one
SEARCH_CEILING = 8  # a search is run afresh each time: results per kind of page
CEILING_AFTER_A_CHANGE = 32
PAGES = [
    "/",
    "/about/",
    "/partners/",
    "/partners/ryse-center/",
    "/partners/ryse-center/mens-circle/",
    "/partners/ryse-center/video/",
    "/events/",
    "/events/past/",
    "/resources/",
    "/resources/facilitators-guide-mens-circles/",
    "/resources/facilitators-guide-mens-circles/read/",
    "/search/?q=circle",
]


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize("prefix", ["", "/es"])
def test_no_public_page_needs_more_than_the_ceiling(client, prefix, url):
    count = query_count(client, prefix + url)
    ceiling = SEARCH_CEILING if url.startswith("/search/") else CEILING
    assert count <= ceiling, f"{prefix}{url} made {count} queries"


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize("prefix", ["", "/es"])
def test_the_first_request_after_a_change_stays_under_its_ceiling(client, prefix, url):
    site_memo.forget()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(prefix + url)
    assert response.status_code == 200
    assert len(queries) <= CEILING_AFTER_A_CHANGE, f"{prefix}{url} made {len(queries)} queries"
