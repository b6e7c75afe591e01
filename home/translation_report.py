"""Translation status: per language, what is up to date, out of date, and missing.

wagtail-localize has no such overview. A translation is out of date when its
English source page was published after the translation source was last synced.
A fixed number of queries, whatever the number of pages or languages.
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from wagtail.admin.auth import permission_denied
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from home.translation_guards import has_translation_rights
from network_site.languages import native_name


def translation_rows():
    sources_pages = list(
        Page.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2)
        .order_by("path")
        .only("id", "title", "translation_key", "last_published_at", "depth")
    )
    keys = [page.translation_key for page in sources_pages]
    translations = {}
    for page in (
        Page.objects.filter(translation_key__in=keys)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale")
        .only("id", "translation_key", "live", "locale__language_code")
    ):
        translations[(page.translation_key, page.locale.language_code)] = page
    synced = {
        source.object_id: source.last_updated_at
        for source in TranslationSource.objects.filter(object_id__in=keys).only(
            "object_id", "last_updated_at"
        )
    }
    languages = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        rows, counts = [], {"up_to_date": 0, "out_of_date": 0, "missing": 0}
        for page in sources_pages:
            target = translations.get((page.translation_key, code))
            if target is None:
                status = "missing"
            elif (
                synced.get(page.translation_key)
                and page.last_published_at
                and page.last_published_at > synced[page.translation_key]
            ):
                status = "out_of_date"
            else:
                status = "up_to_date"
            counts[status] += 1
            rows.append({"page": page, "target": target, "status": status})
        total = len(sources_pages) or 1
        languages.append(
            {
                "code": code,
                "name": native_name(code),
                "rows": rows,
                "counts": counts,
                "share": round(100 * counts["up_to_date"] / total),
            }
        )
    return languages


def translation_status(request):
    if not has_translation_rights(request.user):
        return permission_denied(request)
    languages = translation_rows()
    for language in languages:
        for row in language["rows"]:
            target = row["target"]
            row["edit_url"] = (
                reverse("wagtailadmin_pages:edit", args=[target.pk])
                if target
                else reverse("wagtail_localize:submit_page_translation", args=[row["page"].pk])
            )
            row["sync_url"] = reverse("wagtailadmin_pages:edit", args=[row["page"].pk])
    return render(request, "home/admin/translation_status.html", {"languages": languages})
