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
# Added to the English About page after it was translated. Only this paragraph is new:
# its summary and other strings keep their Spanish through a sync.
ABOUT_UPDATE = (
    "In 2026 the campaign adds two priorities: county pilots of non-police crisis "
    "response, and safety plans written by young people."
)


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
        about.body = [*about.body.raw_data, paragraph(ABOUT_UPDATE)]
        about.save_revision().publish()
        log("About page changed after translation; Get involved left untranslated")
