"""Each page's own HTML, CSS and JavaScript together stay under 100 KB (phones, slow links)."""

import re

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db
BUDGET = 100 * 1024
PAGES = [
    "/",
    "/es/",
    "/about/",
    "/partners/",
    "/es/partners/ryse-center/",
    "/partners/ryse-center/mens-circle/",
    "/partners/ryse-center/video/",
    "/events/",
    "/resources/",
    "/es/resources/facilitators-guide-mens-circles/",
    "/resources/facilitators-guide-mens-circles/read/",
    "/search/?q=circle",
]
ASSET = re.compile(r'<(?:link rel="stylesheet" href|script src)="/static/([^"]+)"')


def page_weight(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assets = ASSET.findall(html)
    assert assets, f"{url} links no stylesheet or script: the pattern no longer matches"
    total = len(response.content)
    for asset in assets:
        path = finders.find(asset)
        assert path, asset
        with open(path, "rb") as handle:
            total += len(handle.read())
    return total


@pytest.mark.parametrize("url", PAGES)
def test_page_html_css_and_js_stay_under_100_kb(client, url):
    weight = page_weight(client, url)
    assert weight < BUDGET, f"{url} weighs {weight} bytes"
