"""Previews are framed by the admin's preview panel; the public pages themselves never are."""

import pytest
from django.contrib.auth.models import AnonymousUser

from partners.models import EventPage
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [EventPage, ResourcePage])
def test_a_preview_may_be_framed_by_the_admin_only(client, model):
    page = model.objects.filter(locale__language_code="en").first()
    preview = page.make_preview_request(extra_request_attrs={"user": AnonymousUser()})
    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert "unsafe-inline" not in preview["Content-Security-Policy"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    public = client.get(page.url)
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"
