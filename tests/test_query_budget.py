"""The stated ceiling on SQL queries per public page (docs/benchmarks.md), in both languages.

Other tests hold each page's count constant as content grows; this one holds the ceiling.
"""

import pytest

from .test_partners_budgets import query_count

pytestmark = pytest.mark.django_db
CEILING = 32
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
    assert count <= CEILING, f"{prefix}{url} made {count} queries"
