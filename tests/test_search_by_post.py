"""Search by form: the words travel in the body, never the address or the title."""

import re

import pytest

pytestmark = pytest.mark.django_db
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


def result_links(html):
    return re.findall(r'<h2><a href="([^"]*)"', html)


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def test_the_form_posts_and_the_results_hold_the_words_only_in_the_page(client):
    form = client.get("/search/").content.decode()
    assert re.search(r'<form[^>]*method="post"[^>]*role="search"', form)
    assert "csrfmiddlewaretoken" not in form
    response = client.post("/search/", {"q": "MH First"}, **SAME_ORIGIN)
    html = response.content.decode()
    assert response.status_code == 200
    assert "/partners/anti-police-terror-project/" in result_links(html)
    assert "MH" not in title(html) and "First" not in title(html)
    assert not response.cookies
    # Browsers post `Origin: null` from a no-referrer page: the form needs same-origin.
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cache-Control"] == "no-store, private"


def test_filters_and_pages_are_posted_too(client, home_page):
    from home.models import ContentPage

    for n in range(12):
        page = ContentPage(title=f"Quillwort circle {n}", slug=f"quillwort-{n}")
        home_page.add_child(instance=page)
        page.save_revision().publish()
    first = client.post("/search/", {"q": "quillwort", "type": "page"}, **SAME_ORIGIN)
    html = first.content.decode()
    assert len(result_links(html)) == 10
    # The next page is a button of a posted form that carries the words and the filter.
    form = re.search(r'<form method="post"[^>]*>.*?</form>', html.split("search-results")[1], re.S)
    assert 'name="q" value="quillwort"' in form.group(0)
    assert 'name="type" value="page"' in form.group(0)
    assert 'name="page" value="2"' in form.group(0)
    second = client.post("/search/", {"q": "quillwort", "type": "page", "page": "2"}, **SAME_ORIGIN)
    links = result_links(second.content.decode())
    assert len(links) == 2 and not set(links) & set(result_links(html))
    assert 'name="type" value="event"' not in second.content.decode()


def test_a_shared_q_link_still_finds_results(client):
    html = client.get("/es/search/?q=sanacion").content.decode()
    assert result_links(html)
    assert "sanacion" not in title(html)


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site", "HTTP_ORIGIN": "https://elsewhere.example"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://elsewhere.example"},
        {"HTTP_ORIGIN": "null"},
        {},
    ],
)
def test_a_search_posted_from_another_site_is_refused_clearly(client, headers):
    response = client.post("/es/search/", {"q": "sanacion"}, **headers)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Esta búsqueda vino de otro sitio" in html
    assert 'id="quick-exit"' in html and 'class="help-lines"' in html
    assert not result_links(html)


def test_an_older_browser_posting_its_own_origin_is_accepted(client):
    response = client.post("/search/", {"q": "circle"}, HTTP_ORIGIN="http://testserver")
    assert response.status_code == 200 and result_links(response.content.decode())
