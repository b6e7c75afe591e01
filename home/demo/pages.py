"""Shared helpers for demo steps: find-or-create pages, translate them once."""

from wagtail.models import Locale, Page

from home.translation_tools import translate


def english():
    return Locale.objects.get(language_code="en")


def child_page(parent, model, slug, **fields):
    """The English child page with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_translation(page, language_code, strings, overrides=None, publish=True):
    """Translate through wagtail-localize unless a translation already exists."""
    locale = Locale.objects.get(language_code=language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    return translate(page, language_code, strings, overrides=overrides, publish=publish)


def delete_site_pages():
    """--reset: every page below the root, in every language."""
    for page in Page.objects.filter(depth=2):
        page.delete()
