"""The partner directory and each partner's profile."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.pages import PAGE_TRANSLATABLE_FIELDS, SectionIndexPage
from network_site.blocks import RICH_TEXT_FEATURES
from network_site.fragments import lazy_context
from network_site.languages import in_visitor_language, language_of
from network_site.pages import NetworkPage
from network_site.pagination import paginate
from partners.choices import FOCUS_AREAS, REGIONS, label
from partners.fields import CodeListField, contains_code, decode_codes
from partners.models.calendar_route import CalendarRouteMixin
from partners.models.events import EventPage
from partners.models.video import VideoPage

PARTNERS_PER_PAGE = 12


class ProgramBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Program name"), max_length=120)
    description = blocks.RichTextBlock(label=_("What it does"), features=RICH_TEXT_FEATURES)
    link = blocks.URLBlock(label=_("Web address for more information"), required=False)

    class Meta:
        icon = "group"
        template = "partners/blocks/program_block.html"
        description = _("A program your organisation runs: its name and what it does.")
        preview_value = {
            "name": "MH First",
            "description": "<p>A non-police response to mental health crises.</p>",
        }


def partner_cards(partners):
    """Partners as cards show them, in the visitor's language where translated, with
    their logos' renditions: a fixed number of queries, whatever the page holds."""
    shown = in_visitor_language(partners, select_related=("logo",))
    prefetch_related_objects([p for p in shown if p.logo_id], "logo__renditions")
    return shown


class PartnerIndexPage(SectionIndexPage):
    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("partner directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_context(
                lambda: directory_context(request),
                ["partners", "page_obj", "regions", "focus_areas"]
                + ["selected_region", "selected_focus"],
            )
        )
        return context


def directory_context(request):
    """The directory's cards, filtered by region and area of work."""
    region = request.GET.get("region", "")
    focus = request.GET.get("focus", "")
    # Unknown filter values are ignored, never an error.
    region = region if region in dict(REGIONS) else ""
    focus = focus if focus in dict(FOCUS_AREAS) else ""
    partners = (
        PartnerPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .defer_streamfields()
        .select_related("logo")
        .order_by("title")
    )
    if region:
        partners = partners.filter(**contains_code("regions", region))
    if focus:
        partners = partners.filter(**contains_code("focus_areas", focus))
    page = paginate(request, partners, PARTNERS_PER_PAGE)
    return dict(
        partners=partner_cards(page.object_list),
        page_obj=page,
        regions=REGIONS,
        focus_areas=FOCUS_AREAS,
        selected_region=region,
        selected_focus=focus,
    )


class PartnerPage(CalendarRouteMixin, NetworkPage):
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    logo_alt = models.CharField(
        _("logo description"),
        max_length=200,
        blank=True,
        help_text=_("Usually the organisation’s name, e.g. 'RYSE Center logo'."),
    )
    # The logo's own alt text stands in for its image's description (chooser_checks).
    image_alt_text_fields = {"logo": "logo_alt"}
    summary = models.CharField(
        _("one-line summary"),
        max_length=200,
        help_text=_("Shown in the directory, e.g. 'Youth centre in Richmond working on healing'."),
    )
    about = RichTextField(_("who we are"), features=RICH_TEXT_FEATURES)
    where_we_work = models.CharField(
        _("where we work"), max_length=200, help_text=_("Places in your own words.")
    )
    regions = CodeListField(_("regions"), choices_list=REGIONS)
    focus_areas = CodeListField(_("focus areas"), choices_list=FOCUS_AREAS)
    coalitions = models.CharField(
        _("coalitions and alliances"),
        max_length=250,
        blank=True,
        help_text=_("e.g. 'Anchor organisation of Justice LA'."),
    )
    programs = StreamField([("program", ProgramBlock())], blank=True, verbose_name=_("programs"))
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_note = models.CharField(
        _("how to get in touch"),
        max_length=250,
        blank=True,
        help_text=_("e.g. 'Call or text during office hours; we answer in English and Spanish.'"),
    )

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = ["partners.EventPage", "partners.VideoPage"]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Logo")),
        FieldPanel("about"),
        FieldPanel("where_we_work"),
        FieldPanel("regions"),
        FieldPanel("focus_areas"),
        FieldPanel("coalitions"),
        FieldPanel("programs"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_note"),
            ],
            heading=_("Links and contact"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("about"),
        index.SearchField("where_we_work"),
        index.SearchField("programs"),
        index.FilterField("locale_id"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("about"),
        TranslatableField("where_we_work"),
        TranslatableField("coalitions"),
        TranslatableField("programs"),
        TranslatableField("logo_alt"),
        TranslatableField("contact_note"),
        SynchronizedField("logo", overridable=True),
        SynchronizedField("regions"),
        SynchronizedField("focus_areas"),
        SynchronizedField("website", overridable=True),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    class Meta:
        verbose_name = _("partner")

    def clean(self):
        super().clean()
        if self.logo_id and not self.logo_alt.strip():
            raise ValidationError(
                {"logo_alt": _("Describe the logo for people who cannot see it.")}
            )

    def region_labels(self):
        return [label(REGIONS, code) for code in decode_codes(self.regions)]

    def focus_labels(self):
        return [label(FOCUS_AREAS, code) for code in decode_codes(self.focus_areas)]

    def calendar_events(self, request):
        return EventPage.objects.upcoming().child_of(self).public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = language_of(request, self)
        context.update(
            lazy_context(
                lambda: {
                    "upcoming_events": self.upcoming_events(language),
                    "videos": self.videos(),
                },
                ["upcoming_events", "videos"],
            )
        )
        return context

    def upcoming_events(self, language):
        events = list(EventPage.objects.upcoming().child_of(self).public()[:10])
        for event in events:  # children share their parent's language
            event.partner = None  # the card leaves out whose event it is: it is on their page
            event.shown_in_language = language
        return events

    def videos(self):
        return list(
            VideoPage.objects.child_of(self)
            .live()
            .public()
            .select_related("poster")
            .prefetch_related("poster__renditions")
            .order_by("-first_published_at")
        )
