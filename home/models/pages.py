"""The home page and plain content pages (about, policy work, safety, privacy)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from network_site.blocks import RICH_TEXT_FEATURES, ContentStreamBlock, QuoteBlock
from network_site.pages import NetworkPage

# Fields every page shares and how wagtail-localize treats them.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("slug"),
    SynchronizedField("show_in_menus"),
]


class SectionIndexPage(NetworkPage):
    """A section's front page (partners, events, resources): a title, an introduction
    and a listing its subclass fills in. One per language under the home page."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [TranslatableField("intro")]

    class Meta:
        abstract = True


class HomePage(NetworkPage):
    """The campaign's front door, one per language."""

    intro_heading = models.CharField(_("introduction heading"), max_length=200)
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES)
    quotes = StreamField(
        [("quote", QuoteBlock())],
        blank=True,
        verbose_name=_("quotes from the movement"),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("more content"))

    parent_page_types = ["wagtailcore.Page"]
    # Section index pages add themselves here as their apps arrive.
    subpage_types = [
        "home.ContentPage",
        "partners.PartnerIndexPage",
        "partners.EventIndexPage",
        "resources.ResourceIndexPage",
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro_heading"),
        FieldPanel("intro"),
        FieldPanel("quotes"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro_heading"),
        index.SearchField("intro"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro_heading"),
        TranslatableField("intro"),
        TranslatableField("quotes"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("home page")


class ContentPage(NetworkPage):
    """About, policy work, safety and privacy: headings, text, images, quotes, links."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in search results."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("page content"))

    subpage_types = [
        "home.ContentPage",
        "partners.PartnerIndexPage",
        "partners.EventIndexPage",
        "resources.ResourceIndexPage",
    ]

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("content page")
