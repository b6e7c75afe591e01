"""The help block shown on every page (the support lines), and the copy of it kept in the
cache for an error page rendered while the database is down.

The copy is written when a page finds none (the first render after a start or a cache
flush) and rewritten, in every language, when a support line is published, unpublished
or deleted; a render that finds one writes nothing.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete
from django.template.loader import get_template
from django.utils import translation
from wagtail.signals import published, unpublished

from home.models import SupportLine

logger = logging.getLogger(__name__)
TEMPLATE = "includes/help_lines.html"


def render(language):
    """The help block in `language` (lines not translated yet shown in English)."""
    return get_template(TEMPLATE).render({"lines": lines_in(language), "LANGUAGE_CODE": language})


def render_without_lines(language):
    """The block when neither the database nor a copy answers: it still says when to call 911."""
    return get_template(TEMPLATE).render({"lines": [], "LANGUAGE_CODE": language})


def lines_in(language):
    candidates = (
        SupportLine.objects.shown_publicly()
        .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
        .select_related("locale")
    )
    chosen = {}
    for line in candidates:  # the visitor's language where translated, else English
        if line.locale.language_code == language or line.translation_key not in chosen:
            chosen[line.translation_key] = line
    return sorted(chosen.values(), key=lambda line: (line.sort_order, line.name))


def copy_key(language):
    return f"help-lines-copy:{language}"


def keep_copy_if_missing(language, html):
    try:
        if cache.get(copy_key(language)) is None:
            cache.set(copy_key(language), html, timeout=None)
    except Exception:  # a cache that is down must not break the page
        logger.warning("Could not keep a copy of the help lines", exc_info=True)


def kept_copy(language):
    try:
        return cache.get(copy_key(language))
    except Exception:  # an error page must not fail for its help block
        return None


def refresh_copies():
    """The copy in every site language, from the lines as they are now."""
    copies = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            copies[copy_key(language)] = render(language)
    try:
        cache.set_many(copies, timeout=None)
    except Exception:
        logger.warning("Could not refresh the copy of the help lines", exc_info=True)


def on_support_line_changed(sender, **kwargs):
    transaction.on_commit(refresh_copies)


def connect():
    for signal in (published, unpublished, post_delete):
        signal.connect(
            on_support_line_changed, sender=SupportLine, dispatch_uid=f"help_lines_{id(signal)}"
        )
