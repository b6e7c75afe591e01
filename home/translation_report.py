"""Translation status: per language, what is up to date, out of date, in progress or missing.

Covers pages, support lines and the tools' files. "Up to date" means every string is
translated and published, not merely synced. Each row links only to what the viewer
may do (see home/translation_handoff.py). A fixed number of queries, whatever the
number of pages or languages; filtered by language, state and section, paginated.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.models import Page

from home.models import SupportLine, TranslationReadyMark
from home.translation_coverage import sources_by_key, state_of, string_coverage
from home.translation_guards import has_translation_rights
from home.translation_handoff import reviewer_languages, translator_languages
from network_site.languages import native_name

STATES = [
    ("missing", _("Missing")),
    ("out_of_date", _("Out of date")),
    ("in_progress", _("Being translated")),
    ("ready", _("Ready for review")),
    ("up_to_date", _("Up to date")),
]
SUPPORT_LINES, FILES = "support-lines", "files"
ROWS_PER_PAGE = 50
# Apps above this one add their own rows (the tools' files) from AppConfig.ready().
EXTRA_ROWS = []


def register_rows(rows_for_languages):
    EXTRA_ROWS.append(rows_for_languages)


def other_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def english_pages():
    return list(
        Page.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2)
        .order_by("path")
        .only(
            "id", "title", "translation_key", "last_published_at", "depth", "path", "content_type"
        )
        .select_related("content_type")
    )


def section_and_partner(pages):
    """Each page's section (a child of the home page) and partner, from the tree paths."""
    sections = {p.path: p for p in pages if p.depth == 3}
    partners = {
        p.path: p.title
        for p in pages
        if (p.content_type.app_label, p.content_type.model) == ("partners", "partnerpage")
    }
    step = Page.steplen
    placed = {}
    for page in pages:
        section = sections.get(page.path[: 3 * step])
        partner = partners.get(page.path[: 4 * step]) if page.depth >= 4 else None
        placed[page.pk] = (section, partner)
    return sections, placed


def translations_of(model, keys):
    """{(translation_key, language code): translated object}."""
    found = {}
    queryset = model.objects.filter(translation_key__in=keys).exclude(
        locale__language_code=settings.LANGUAGE_CODE
    )
    for item in queryset.select_related("locale"):
        found[(item.translation_key, item.locale.language_code)] = item
    return found


def page_rows(languages):
    pages = english_pages()
    sections, placed = section_and_partner(pages)
    keys = [page.translation_key for page in pages]
    targets = translations_of(Page, keys)
    sources = sources_by_key(keys)
    totals, translated = string_coverage([s.pk for s in sources.values()])
    marked = set(
        TranslationReadyMark.objects.filter(
            page_id__in=[t.pk for t in targets.values()]
        ).values_list("page_id", flat=True)
    )
    rows = []
    for page in pages:
        section, partner = placed[page.pk]
        for code in languages:
            target = targets.get((page.translation_key, code))
            source = sources.get(page.translation_key)
            is_marked = target is not None and target.pk in marked
            state, details = state_of(page, target, source, totals, translated, is_marked)
            rows.append(
                {
                    "kind": "page",
                    "item": page,
                    "target": target,
                    "code": code,
                    "section": str(section.pk) if section else "",
                    "section_title": section.title if section else "",
                    "partner": partner,
                    "state": state,
                    "marked": is_marked,
                    **details,
                }
            )
    return rows, sections


def support_line_rows(languages):
    lines = list(SupportLine.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
    keys = [line.translation_key for line in lines]
    targets = translations_of(SupportLine, keys)
    sources = sources_by_key(keys)
    totals, translated = string_coverage([s.pk for s in sources.values()])
    rows = []
    for line in lines:
        for code in languages:
            target = targets.get((line.translation_key, code))
            source = sources.get(line.translation_key)
            state, details = state_of(line, target, source, totals, translated, False)
            rows.append(
                {"kind": "snippet", "item": line, "target": target, "code": code}
                | {"section": SUPPORT_LINES, "state": state, **details}
            )
    return rows


def actions(row, user, reviews, translates):
    code, target, state = row["code"], row["target"], row["state"]
    links = []
    if row["kind"] == "page":
        page_id = row["item"].pk
        if state == "missing" and code in reviews:
            links.append(("post", _("Start translation"), "start_translation", [page_id, code]))
        if state == "out_of_date" and code in reviews:
            links.append(
                ("post", _("Sync from the English page"), "sync_translation", [page_id, code])
            )
        if target is not None and code in translates:
            label = _("Review and publish") if state == "ready" and code in reviews else None
            links.append(
                ("get", label or _("Open translation"), "wagtailadmin_pages:edit", [target.pk])
            )
        if state == "in_progress" and code in translates and not row["marked"]:
            links.append(
                ("post", _("Mark ready for review"), "mark_translation_ready", [target.pk])
            )
    elif row["kind"] == "snippet" and target is not None and code in translates:
        links.append(
            ("get", _("Open translation"), "wagtailsnippets_home_supportline:edit", [target.pk])
        )
    elif row["kind"] == "file" and code in translates and row["target"]:
        page = row["target"]["version"].page
        links.append(("get", _("Attach the file"), "wagtailadmin_pages:edit", [page.pk]))
    return [(method, label, reverse(name, args=args)) for method, label, name, args in links]


def translation_status(request):
    if not has_translation_rights(request.user):
        return permission_denied(request)
    languages = other_languages()
    chosen = {key: request.GET.get(key, "") for key in ("language", "state", "section")}
    if chosen["language"] in languages:
        languages = [chosen["language"]]
    rows, sections = page_rows(languages)
    rows += support_line_rows(languages)
    for extra in EXTRA_ROWS:
        rows += extra(languages)
    counts = {}
    for row in rows:
        counts.setdefault(row["code"], {state: 0 for state, _label in STATES})[row["state"]] += 1
    if chosen["state"]:
        rows = [row for row in rows if row["state"] == chosen["state"]]
    if chosen["section"]:
        rows = [row for row in rows if row["section"] == chosen["section"]]
    reviews, translates = reviewer_languages(request.user), translator_languages(request.user)
    page = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("p"))
    for row in page.object_list:
        row["actions"] = actions(row, request.user, reviews, translates)
        row["language"] = native_name(row["code"])
    query = request.GET.copy()
    query.pop("p", None)
    section_choices = [(str(s.pk), s.title) for s in sections.values()]
    section_choices += [(SUPPORT_LINES, _("Support lines")), (FILES, _("Files of the tools"))]
    summary = [{"name": native_name(code), "counts": counts.get(code, {})} for code in languages]
    return render(
        request,
        "home/admin/translation_status.html",
        {
            "page_obj": page,
            "summary": summary,
            "chosen": chosen,
            "languages": [(code, native_name(code)) for code in other_languages()],
            "states": STATES,
            "sections": section_choices,
            "query": query.urlencode(),
        },
    )
