"""Behind a reverse proxy, a visitor's address comes from the proxies we trust, never from
a header anyone can set: for search rate limits and for admin login throttling alike."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from network_site.client_address import client_address

PROXY = "10.0.0.1"


def request_from(remote_addr, forwarded_for=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **headers)


def test_without_trusted_proxies_the_header_is_ignored():
    assert client_address(request_from("203.0.113.5", "198.51.100.7")) == "203.0.113.5"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_one_proxy_gives_the_address_it_saw_and_a_spoofed_entry_changes_nothing():
    assert client_address(request_from(PROXY, "203.0.113.5")) == "203.0.113.5"
    spoofed = request_from(PROXY, "1.2.3.4, 203.0.113.5")
    assert client_address(spoofed) == "203.0.113.5"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_two_proxies_take_the_second_address_from_the_right():
    # CDN -> load balancer -> app: the load balancer appends the CDN's address.
    spoofed = request_from(PROXY, "1.2.3.4, 203.0.113.5, 10.0.0.9")
    assert client_address(spoofed) == "203.0.113.5"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_request_that_skipped_the_proxy_is_counted_by_its_own_address():
    assert client_address(request_from("203.0.113.5")) == "203.0.113.5"
    assert client_address(request_from(PROXY, " , garbage")) == PROXY


@pytest.mark.django_db
@override_settings(SEARCH_RATE_LIMIT_PER_MINUTE=2, TRUSTED_PROXY_COUNT=1)
def test_search_limits_each_visitor_behind_the_proxy_not_everyone_at_once(client):
    cache.clear()
    for _ in range(2):
        response = client.get(
            "/search/?q=circle", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.5"
        )
        assert response.status_code == 200
    # The same visitor, inventing a new leftmost address, is still limited...
    spoofed = client.get(
        "/search/?q=circle", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.5"
    )
    assert spoofed.status_code == 429
    # ...while another visitor through the same proxy is not.
    other = client.get("/search/?q=circle", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert other.status_code == 200
    cache.clear()
