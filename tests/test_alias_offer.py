"""No "Convert to alias page" is offered to translators anywhere they look; reviewers,
who may publish the translation, still have it."""

import pytest
from wagtail_localize.models import Translation

from partners.models import PartnerPage
from tests.test_translation_workflow import user_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_ryse():
    return PartnerPage.objects.get(slug="ryse-center", locale__language_code="es")


def admin_pages(client, page):
    """What a translator opens: the translation editor, the page listing, the history."""
    urls = [
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.get_parent().pk}/",
        f"/admin/pages/{page.pk}/",
    ]
    responses = [client.get(url) for url in urls]
    assert [r.status_code for r in responses] == [200] * len(urls)
    return " ".join(r.content.decode() for r in responses)


def offers_convert(html):
    return "convert_to_alias" in html or "localize-convert-to-alias" in html


@pytest.mark.parametrize("editor_enabled", [True, False], ids=["translation editor", "stopped"])
def test_a_translator_is_not_offered_convert_to_alias(
    client, django_user_model, spanish_ryse, editor_enabled
):
    translation = Translation.objects.get(
        source__object_id=spanish_ryse.translation_key, target_locale=spanish_ryse.locale
    )
    translation.enabled = editor_enabled
    translation.save()

    client.force_login(user_in(django_user_model, "Translation reviewers (Español)", "rev-al"))
    assert offers_convert(admin_pages(client, spanish_ryse))

    client.force_login(user_in(django_user_model, "Translators (Español)", "trad-al"))
    html = admin_pages(client, spanish_ryse)
    assert not offers_convert(html)
    assert "Convert to alias" not in html
