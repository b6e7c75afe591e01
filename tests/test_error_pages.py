"""Every error page in the visitor's language, with quick exit, skip links and help lines,
kept by no browser; the 500 page even with the database unreachable."""

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test import Client, override_settings

from home.models import SupportLine

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.error_urls")]

HEADINGS = {
    400: ("We could not understand that request", "No pudimos entender esa solicitud"),
    403: ("You cannot open this page", "No puede abrir esta página"),
    404: ("We can’t find that page", "No encontramos esa página"),
    500: ("Something went wrong on our side", "Algo salió mal de nuestro lado"),
}


def assert_safe_error_page(response, status, language, heading):
    html = response.content.decode()
    assert response.status_code == status
    assert f'<html lang="{language}"' in html
    assert heading in html
    assert 'href="#main"' in html and 'href="#quick-exit"' in html
    assert 'id="quick-exit"' in html and 'href="/leave/"' in html
    assert 'class="help-lines"' in html
    assert response["Cache-Control"] == "no-store, private"
    assert not response.cookies
    return html


def a_support_line(language):
    line = SupportLine.objects.filter(locale__language_code=language, live=True).first()
    return line.name


@pytest.mark.parametrize("status", [400, 403, 404, 500])
@pytest.mark.parametrize(("prefix", "language"), [("", "en"), ("/es", "es")])
def test_every_error_page_speaks_the_visitors_language(status, prefix, language):
    client = Client(raise_request_exception=False)
    url = f"{prefix}/fails/{status}/" if status != 404 else f"{prefix}/no-such-page/"
    response = client.get(url)
    heading = HEADINGS[status][language == "es"]
    html = assert_safe_error_page(response, status, language, heading)
    assert a_support_line(language) in html


@pytest.mark.parametrize(
    ("url", "language", "heading"),
    [
        ("/", "en", "This form could not be sent"),
        ("/es/partners/", "es", "No se pudo enviar este formulario"),
    ],
)
def test_a_refused_form_gets_our_page(url, language, heading):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url, {"anything": "1"})
    assert_safe_error_page(response, 403, language, heading)


@override_settings(SEARCH_RATE_LIMIT_PER_MINUTE=1)
def test_too_many_searches_get_the_full_page(client):
    cache.clear()
    client.get("/es/search/?q=circulo")
    response = client.get("/es/search/?q=circulo")
    assert_safe_error_page(response, 429, "es", "Espere un minuto")
    cache.clear()


def database_unreachable(execute, sql, params, many, context):
    raise OperationalError("could not connect to server: Connection refused")


@pytest.mark.parametrize(("prefix", "language"), [("", "en"), ("/es", "es")])
def test_the_500_page_with_the_database_unreachable(client, prefix, language):
    line = a_support_line(language)
    client.get(f"{prefix}/")  # a page shown earlier left a copy of the help lines
    client.raise_request_exception = False
    with connection.execute_wrapper(database_unreachable):
        response = client.get(f"{prefix}/partners/")
    html = assert_safe_error_page(response, 500, language, HEADINGS[500][language == "es"])
    assert line in html
    with connection.execute_wrapper(database_unreachable):
        leave = client.get("/leave/")
    assert leave.status_code == 302 and leave["Location"].startswith("https://")


def test_the_500_page_without_database_or_a_copy_still_says_when_to_call_911(client):
    cache.clear()
    client.raise_request_exception = False
    with connection.execute_wrapper(database_unreachable):
        response = client.get("/es/")
    html = assert_safe_error_page(response, 500, "es", HEADINGS[500][1])
    assert "911" in html
