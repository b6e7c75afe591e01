"""Translation without an administrator: reviewers start and sync translations in their own
language, translators mark them ready, reviewers publish.

wagtail-localize's own "Translate" and "Sync" views need its `submit_translation`
permission, which lets the holder create and overwrite translations in every language;
nobody but administrators gets it. These views do the same work for one language at a
time, and only for a reviewer of that language. Syncing refreshes the English strings;
translations of strings that did not change are kept (they are stored per string and
place, not per sync), and the translated page changes only when a reviewer publishes.
"""

import functools

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from home.models import TranslationReadyMark
from home.translation_access import group_names
from network_site.languages import native_name


def _member_of(user, wanted):
    if user.is_superuser:
        return {code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}
    names = set(user.groups.values_list("name", flat=True))
    return {code for code, _name in settings.LANGUAGES if wanted(group_names(code)) & names}


def reviewer_languages(user):
    """Languages the user may start, sync and publish translations in."""
    return _member_of(user, lambda pair: {pair[1]})


def translator_languages(user):
    """Languages the user translates in (reviewers translate too)."""
    return _member_of(user, set)


def _source_page_and_locale(page_id, code):
    page = get_object_or_404(Page, pk=page_id, locale__language_code=settings.LANGUAGE_CODE)
    # A translation is into another language than the source's.
    others = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    locale = get_object_or_404(others, language_code=code)
    return page.specific, locale


def _edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def reviewer_action(action):
    """A view for a reviewer of one language, posting about an English page:
    `action(request, page, locale)` runs once the page, the language and the
    reviewer's right to it are checked."""

    @require_admin_access
    @require_POST
    @functools.wraps(action)
    def view(request, page_id, code):
        page, locale = _source_page_and_locale(page_id, code)
        if code not in reviewer_languages(request.user):
            return permission_denied(request)
        return action(request, page, locale)

    return view


@reviewer_action
def start_translation(request, page, locale):
    existing = page.get_translation_or_none(locale)
    if existing is None:
        with transaction.atomic():
            TranslationSource.update_or_create_from_instance(page)  # today's English text
            # Also copies untranslated parent pages, as wagtail-localize's own view does.
            TranslationCreator(request.user, [locale]).create_translations(page)
        existing = page.get_translation(locale)
        messages.success(
            request,
            _("“%(title)s” is ready to translate into %(language)s.")
            % {"title": page.title, "language": native_name(locale.language_code)},
        )
    return redirect(_edit_url(existing))


@reviewer_action
def sync_translation(request, page, locale):
    target = page.get_translation_or_none(locale)
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale=page.locale
    ).first()
    if target is None or source is None:
        return redirect("translation_status")
    # Refreshes the English strings only: no translated page is written here, in any language.
    source.update_from_db()
    messages.success(
        request,
        _(
            "“%(title)s” now has the English page’s latest text. Translate what changed, "
            "then publish."
        )
        % {"title": target.title},
    )
    return redirect(_edit_url(target))


@require_admin_access
@require_POST
def mark_ready(request, page_id):
    target = get_object_or_404(Page, pk=page_id)
    code = target.locale.language_code
    if code not in translator_languages(request.user):
        return permission_denied(request)
    TranslationReadyMark.objects.update_or_create(page=target, defaults={"marked_by": request.user})
    messages.success(
        request,
        _("“%(title)s” is marked ready. A reviewer for %(language)s will check and publish it.")
        % {"title": target.title, "language": native_name(code)},
    )
    return redirect(request.POST.get("next") or "translation_status")


def ready_to_publish(user):
    """Translations marked ready in the languages the user reviews, oldest first."""
    languages = reviewer_languages(user)
    return (
        TranslationReadyMark.objects.filter(page__locale__language_code__in=languages)
        .select_related("page", "page__locale", "marked_by")
        .order_by("marked_at")
    )


def clear_mark_on_publish(sender, instance, **kwargs):
    TranslationReadyMark.objects.filter(page_id=instance.pk).delete()


urlpatterns = [
    path(
        "translations/<int:page_id>/<str:code>/start/",
        start_translation,
        name="start_translation",
    ),
    path(
        "translations/<int:page_id>/<str:code>/sync/",
        sync_translation,
        name="sync_translation",
    ),
    path("translations/<int:page_id>/ready/", mark_ready, name="mark_translation_ready"),
]
