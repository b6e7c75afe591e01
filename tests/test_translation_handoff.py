"""A Spanish reviewer starts, syncs and publishes a translation with no administrator;
a translator marks it ready; unchanged strings survive a sync."""

import re

import pytest
from wagtail_localize.models import StringSegment, Translation

from home.models import ContentPage
from tests.test_translation_workflow import user_in

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/translation-status/"


@pytest.fixture
def english_page(home_page):
    page = ContentPage(
        title="Healing circles FAQ", slug="faq", summary="Questions people ask.", body=[]
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def reviewer(django_user_model):
    return user_in(django_user_model, "Translation reviewers (Español)", "revisora")


@pytest.fixture
def translator(django_user_model):
    return user_in(django_user_model, "Translators (Español)", "traductora")


def translate_string(client, translation, english, spanish):
    segment = StringSegment.objects.get(source=translation.source, string__data=english)
    response = client.put(
        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
        data=f"value={spanish}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201


def publish(client, page, capture):
    with capture(execute=True):
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302


def spanish_translation(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="es"
    )


def test_a_reviewer_starts_syncs_and_publishes_and_unchanged_strings_survive(
    client, english_page, reviewer, django_capture_on_commit_callbacks
):
    assert not reviewer.has_perm("wagtail_localize.submit_translation")
    client.force_login(reviewer)
    assert "Start translation" in client.get(REPORT).content.decode()
    response = client.post(f"/admin/translations/{english_page.pk}/es/start/")
    assert response.status_code == 302
    spanish = english_page.get_translation(spanish_locale())
    assert not spanish.live
    translation = spanish_translation(english_page)
    translate_string(client, translation, "Healing circles FAQ", "Preguntas frecuentes")
    translate_string(client, translation, "Questions people ask.", "Lo que pregunta la gente.")
    publish(client, spanish, django_capture_on_commit_callbacks)
    assert client.get("/es/faq/").status_code == 200
    html = client.get(REPORT + "?state=up_to_date").content.decode()
    assert re.search(r'"up_to_date" data-language="es">\s*<td>Healing circles FAQ<', html)

    # The English title changes; the summary does not.
    english_page.title = "Healing circles: questions"
    english_page.save_revision().publish()
    html = client.get(REPORT + "?state=out_of_date").content.decode()
    assert "Sync from the English page" in html and "Healing circles: questions" in html
    assert client.post(f"/admin/translations/{english_page.pk}/es/sync/").status_code == 302
    translate_string(client, translation, "Healing circles: questions", "Círculos: preguntas")
    publish(client, spanish, django_capture_on_commit_callbacks)
    spanish.refresh_from_db()
    assert spanish.title == "Círculos: preguntas"
    assert spanish.summary == "Lo que pregunta la gente."  # kept, not emptied by the sync


def spanish_locale():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="es")


def test_translators_cannot_start_or_sync_and_are_not_offered_to(client, english_page, translator):
    client.force_login(translator)
    html = client.get(REPORT).content.decode()
    assert "Start translation" not in html and "Sync from the English page" not in html
    assert client.post(f"/admin/translations/{english_page.pk}/es/start/").status_code in (302, 403)
    assert english_page.get_translation_or_none(spanish_locale()) is None
    # Nor into the source language itself.
    assert client.post(f"/admin/translations/{english_page.pk}/en/start/").status_code == 404


def test_a_translator_marks_it_ready_and_the_reviewer_sees_it_waiting(
    client, english_page, reviewer, translator, django_capture_on_commit_callbacks
):
    client.force_login(reviewer)
    client.post(f"/admin/translations/{english_page.pk}/es/start/")
    spanish = english_page.get_translation(spanish_locale())
    assert "Translations ready to publish" not in client.get("/admin/").content.decode()

    client.force_login(translator)
    translate_string(client, spanish_translation(english_page), "Healing circles FAQ", "Preguntas")
    html = client.get(REPORT + "?state=in_progress").content.decode()
    assert "Mark ready for review" in html and "Start translation" not in html
    response = client.post(f"/admin/translations/{spanish.pk}/ready/", follow=True)
    assert "is marked ready" in response.content.decode()

    client.force_login(reviewer)
    dashboard = client.get("/admin/").content.decode()
    assert "Translations ready to publish" in dashboard and "Healing circles FAQ" in dashboard
    assert "Review and publish" in client.get(REPORT + "?state=ready").content.decode()
    publish(client, spanish, django_capture_on_commit_callbacks)
    assert "Translations ready to publish" not in client.get("/admin/").content.decode()
