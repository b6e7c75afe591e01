"""Drivers for the reviewers' own translation views (home/translation_handoff.py): start and
sync a translation in one language, mark it ready for review."""

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from home.models import TranslationReadyMark

from .registry import action


def start(client, w, code):
    client.post(f"/admin/translations/{w.untranslated.pk}/{code}/start/")
    locale = Locale.objects.get(language_code=code)
    return Page.objects.filter(
        translation_key=w.untranslated.translation_key, locale=locale
    ).exists()


def sync(client, w, code):
    # The English page changed since its translations started; a sync brings the change in.
    Page.objects.filter(pk=w.ryse.pk).update(title="RYSE Center, renamed")
    client.post(f"/admin/translations/{w.ryse.pk}/{code}/sync/")
    source = TranslationSource.objects.get(object_id=w.ryse.translation_key, locale=w.ryse.locale)
    return "RYSE Center, renamed" in source.content_json


def mark_ready(client, page):
    client.post(f"/admin/translations/{page.pk}/ready/")
    return TranslationReadyMark.objects.filter(page=page).exists()


@action("start a translation of an English page into Spanish")
def start_spanish(client, w):
    return start(client, w, "es")


@action("start a translation of an English page into Vietnamese")
def start_vietnamese(client, w):
    return start(client, w, "vi")


@action("sync RYSE Center's Spanish page with the English")
def sync_spanish(client, w):
    return sync(client, w, "es")


@action("sync RYSE Center's Vietnamese page with the English")
def sync_vietnamese(client, w):
    return sync(client, w, "vi")


@action("mark RYSE Center's Spanish page ready for review")
def ready_spanish(client, w):
    return mark_ready(client, w.ryse_es)


@action("mark RYSE Center's Vietnamese page ready for review")
def ready_vietnamese(client, w):
    return mark_ready(client, w.ryse_vi)
