"""Translators translate, reviewers publish; the report shows what is stale or missing."""

import re

import polib
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.models import ContentPage, HomePage
from home.translation_tools import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_page(home_page):
    page = ContentPage(
        title="Healing circles FAQ", slug="faq", summary="Questions people ask.", body=[]
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def draft_translation(new_page, spanish_home):
    # Started by someone allowed to; created as a draft, never live English under /es/.
    target = translate(
        new_page,
        "es",
        {"Healing circles FAQ": "Preguntas frecuentes"},
        publish=False,
        allow_missing=True,
    )
    assert not target.live
    return Translation.objects.get(
        source__object_id=new_page.translation_key, target_locale__language_code="es"
    )


def user_in(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_translator_saves_strings_but_cannot_publish_reviewer_can(
    client, django_user_model, draft_translation, django_capture_on_commit_callbacks
):
    translator = user_in(django_user_model, "Translators (Español)", "traductora")
    client.force_login(translator)
    segment = StringSegment.objects.get(
        source=draft_translation.source, string__data="Questions people ask."
    )
    response = client.put(
        f"/admin/localize/translate/{draft_translation.pk}/strings/{segment.pk}/edit/",
        data="value=Preguntas+que+hace+la+gente.",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    assert StringTranslation.objects.get(
        translation_of=segment.string, locale__language_code="es"
    ).data == ("Preguntas que hace la gente.")
    target = draft_translation.get_target_instance()
    response = client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"})
    assert response.status_code in (302, 403)
    target.refresh_from_db()
    assert not target.live
    assert client.get("/es/faq/").status_code == 404

    reviewer = user_in(django_user_model, "Translation reviewers (Español)", "revisora")
    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{target.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    client.logout()
    html = client.get("/es/faq/").content.decode()
    assert "Preguntas frecuentes" in html and "Preguntas que hace la gente." in html


def test_translator_cannot_edit_english_pages(client, django_user_model, home_page):
    client.force_login(user_in(django_user_model, "Translators (Español)", "traductor"))
    about = home_page.get_children().get(slug="about")
    title = about.title
    assert client.get(f"/admin/pages/{about.pk}/edit/").status_code in (302, 403)
    assert client.post(f"/admin/pages/{about.pk}/edit/", {"title": "x"}).status_code in (302, 403)
    about.refresh_from_db()
    assert about.title == title
    assert client.get(f"/admin/pages/add/home/contentpage/{home_page.pk}/").status_code in (
        302,
        403,
    )
    # Nor can they start translations (wagtail-localize's submit_translation).
    assert client.get(f"/admin/localize/submit/page/{about.pk}/").status_code in (302, 403)


def test_po_export_then_import_round_trips(client, django_user_model, draft_translation):
    client.force_login(user_in(django_user_model, "Translators (Español)", "po"))
    exported = client.get(f"/admin/localize/translate/{draft_translation.pk}/pofile/download/")
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    entry = next(e for e in po if e.msgid == "Questions people ask.")
    entry.msgstr = "Preguntas de la gente."
    upload = SimpleUploadedFile("faq-es.po", str(po).encode(), "text/x-gettext-translation")
    response = client.post(
        f"/admin/localize/translate/{draft_translation.pk}/pofile/upload/",
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(
        locale__language_code="es", data="Preguntas de la gente."
    ).exists()


def test_report_flags_out_of_date_and_missing_and_sync_clears_it(admin_client_logged_in):
    html = admin_client_logged_in.get("/admin/reports/translation-status/").content.decode()
    assert re.search(
        r'<tr data-status="out_of_date" data-language="es">\s*<td>About the campaign</td>', html
    )
    assert re.search(r'<tr data-status="missing" data-language="es">\s*<td>Get involved</td>', html)
    about = ContentPage.objects.get(slug="about", locale__language_code="en")
    from home.demo.text import ES
    from home.demo.translations import ABOUT_UPDATE

    spanish_update = "En 2026 la campaña suma dos prioridades."
    translate(about, "es", {**ES, ABOUT_UPDATE: spanish_update})  # only the change
    html = admin_client_logged_in.get("/admin/reports/translation-status/").content.decode()
    assert re.search(
        r'<tr data-status="up_to_date" data-language="es">\s*<td>About the campaign</td>', html
    )


def test_spanish_home_is_a_translation_with_the_same_key(home_page):
    spanish = HomePage.objects.get(locale=Locale.objects.get(language_code="es"))
    assert spanish.translation_key == home_page.translation_key


def test_translators_edit_only_their_languages_support_lines_and_cannot_publish(
    client, django_user_model
):
    from home.models import SupportLine

    client.force_login(user_in(django_user_model, "Translators (Español)", "lineas"))
    english = SupportLine.objects.filter(locale__language_code="en").first()
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    url = "/admin/snippets/home/supportline/edit/{}/"
    assert client.get(url.format(english.pk)).status_code in (302, 403)
    client.post(url.format(english.pk), {"name": "changed", "action": "publish"})
    english.refresh_from_db()
    assert english.name != "changed"
    assert client.get(url.format(spanish.pk)).status_code == 200
    name = spanish.name
    client.post(url.format(spanish.pk), {"action": "publish"})
    spanish.refresh_from_db()
    assert spanish.name == name and spanish.live


def test_translator_cannot_put_english_live_by_converting_to_an_alias(client, django_user_model):
    """wagtail-localize lets anyone who can edit convert a translation to an alias of
    the original, which publishes the English text under /es/; translators must not."""
    from partners.models import PartnerPage

    spanish = PartnerPage.objects.get(slug="ryse-center", locale__language_code="es")
    spanish_summary = spanish.summary
    translator = user_in(django_user_model, "Translators (Español)", "traductor-alias")
    client.force_login(translator)
    url = f"/admin/localize/page/{spanish.pk}/convert_to_alias/"
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert "Only a translation reviewer" in response.content.decode()
    spanish.refresh_from_db()
    assert spanish.alias_of_id is None and spanish.summary == spanish_summary
    client.logout()
    assert spanish_summary in client.get("/es/partners/ryse-center/").content.decode()

    reviewer = user_in(django_user_model, "Translation reviewers (Español)", "revisor-alias")
    client.force_login(reviewer)
    assert client.post(url).status_code == 302
    spanish.refresh_from_db()
    assert spanish.alias_of_id is not None
