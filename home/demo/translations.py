"""Translator groups, plus one page out of date and one untranslated, so the report shows them."""

from wagtail.models import Site

from home.models import ContentPage
from home.translation_access import ensure_translation_groups

from .pages import child_page
from .text import heading, paragraph

GET_INVOLVED_BODY = [
    heading("Join a circle or host one"),
    paragraph(
        "Partners welcome volunteers, facilitators in training and organisations that "
        "want to start a men’s circle. Write to the partner nearest you."
    ),
]


def load(log):
    ensure_translation_groups()
    home = Site.objects.get(is_default_site=True).root_page.specific
    _page, created = child_page(
        home,
        ContentPage,
        "get-involved",
        title="Get involved",
        summary="Ways to take part in Healing Together.",
        body=GET_INVOLVED_BODY,
        show_in_menus=True,
    )
    if created:
        # The English About page changes after its translation: the report flags it.
        about = home.get_children().get(slug="about").specific
        about.summary = about.summary + " Updated with the campaign’s 2026 priorities."
        about.save_revision().publish()
        log("About page changed after translation; Get involved left untranslated")
