"""The library: tools as pages, their versions as rows, files per language through translation."""

import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F, Prefetch
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.pages import PAGE_TRANSLATABLE_FIELDS, SectionIndexPage
from network_site.blocks import RICH_TEXT_FEATURES, ContentStreamBlock
from network_site.fragments import lazy_context
from network_site.pages import NetworkPage
from resources import assessment
from resources.admin_forms import ResourcePageForm
from resources.assessment_blocks import QuestionnaireBlock
from resources.choices import AUDIENCES, KINDS, STATUSES
from resources.downloads import not_found, serve_file
from resources.files import sha256_of
from resources.listing import library_context, tool_context

# Labels appear in download addresses (/v/<label>/) and file names.
VERSION_LABEL = re.compile(r"[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*")


class ResourceIndexPage(SectionIndexPage):
    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_context(
                lambda: library_context(request, ResourcePage.objects.live().public()),
                ["tools", "page_obj", "kinds", "audiences", "languages", "selected"],
            )
        )
        return context


class ResourcePage(RoutablePageMixin, NetworkPage):
    """A tool. Its own addresses are RoutablePageMixin routes, so Wagtail answers them only
    for a live page and applies its view restrictions first (a 404 or the login/password
    form, never the tool). File names have no trailing slash: network_site.urls hands
    them to Wagtail's serve view as they are."""

    kind = models.CharField(_("kind"), max_length=30, choices=KINDS)
    audience = models.CharField(_("who it is for"), max_length=30, choices=AUDIENCES)
    summary = models.CharField(_("what it is, in one line"), max_length=250)
    description = RichTextField(_("what it is for and who it is for"), features=RICH_TEXT_FEATURES)
    reading_version = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("read online"),
        help_text=_("The tool as a web page, so nobody has to keep a file on a shared device."),
    )

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    base_form_class = ResourcePageForm

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("versions", heading=_("Versions"), label=_("Version")),
        InlinePanel("contributors", heading=_("Contributed by"), label=_("Partner")),
        FieldPanel("reading_version"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("reading_version"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("reading_version"),
        TranslatableField("versions"),
        SynchronizedField("kind"),
        SynchronizedField("audience"),
    ]

    class Meta:
        verbose_name = _("resource")

    def released_versions(self):
        """Newest first; uses prefetched versions when the caller prefetched them."""
        today = timezone.localdate()
        versions = [
            v for v in self.versions.all() if v.status == "released" and v.release_date <= today
        ]
        return sorted(versions, key=lambda v: (v.release_date, v.pk), reverse=True)

    def current_version(self):
        released = self.released_versions()
        return released[0] if released else None

    def translations_with_files(self):
        """Each live, public translation of the tool by language code, with its versions
        and their files: two queries. Which version is current is decided by the caller."""
        return translations_with_files_of([self.translation_key]).get(self.translation_key, {})

    @path("assess/")
    def assess(self, request):
        return assessment.serve_assessment(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_context(
                lambda: tool_context(self, request),
                ["current", "file_rows", "history", "own_language"],
            )
        )
        return context

    @path("read/", name="read")
    def read(self, request):
        if not self.reading_version:
            return not_found(self, request, "no_reading_version")
        return render(request, "resources/reading_version.html", {"page": self})

    @re_path(r"^download/(?P<filename>[^/]+)/$", name="download")
    def download(self, request, filename):
        """The current version's file: `download/<lang>.<pdf|docx>`."""
        return serve_file(self, request, filename)

    @re_path(r"^v/(?P<label>[\w.\-]{1,20})/(?P<filename>[^/]+)/$", name="version_file")
    def version_file(self, request, label, filename):
        """One released version's file, forever: `v/<label>/<lang>.<pdf|docx>`."""
        return serve_file(self, request, filename, label=label)

    def count_download(self, label, lang, fmt):
        """One more download of this file today. No IP, cookie or user agent is stored."""
        key = dict(
            resource_id=self.pk,
            version_label=label,
            language=lang,
            file_format=fmt,
            day=timezone.localdate(),
        )
        if DownloadCount.objects.filter(**key).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                DownloadCount.objects.create(count=1, **key)
        except IntegrityError:  # another request created it first
            DownloadCount.objects.filter(**key).update(count=F("count") + 1)


class ResourceVersion(TranslatableMixin, Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="versions")
    label = models.CharField(
        _("version label"),
        max_length=20,
        help_text=_("e.g. 2.0 — letters, digits, dots and dashes."),
    )
    release_date = models.DateField(_("release date"))
    status = models.CharField(_("status"), max_length=20, choices=STATUSES, default="released")
    changes = models.TextField(_("what changed"), blank=True)
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="PDF",
    )
    docx = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Word (DOCX)"),
        help_text=_("For tools people fill in or adapt."),
    )
    questionnaire = StreamField(
        QuestionnaireBlock(),
        blank=True,
        verbose_name=_("questionnaire"),
        help_text=_(
            "For tools answered online (the self-assessment, the evaluation): its sections "
            "and statements. A new version may change them; the current version's are used."
        ),
    )
    # Computed once when a file is attached (see save), shown on the page.
    pdf_sha256 = models.CharField(max_length=64, blank=True, editable=False)
    docx_sha256 = models.CharField(max_length=64, blank=True, editable=False)

    panels = [
        FieldPanel("label"),
        FieldPanel("release_date"),
        FieldPanel("status"),
        FieldPanel("changes"),
        FieldPanel("pdf"),
        FieldPanel("docx"),
        FieldPanel("questionnaire"),
    ]
    translatable_fields = [
        TranslatableField("changes"),
        TranslatableField("questionnaire"),
        SynchronizedField("label"),
        SynchronizedField("release_date"),
        SynchronizedField("status"),
        # A translator attaches the Spanish file by overriding these.
        SynchronizedField("pdf", overridable=True),
        SynchronizedField("docx", overridable=True),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("version")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.page.title} v{self.label}"

    def clean(self):
        super().clean()
        errors = {}
        if self.label and not VERSION_LABEL.fullmatch(self.label):
            errors["label"] = _(
                "“%(label)s” cannot be a version label: use only letters, digits, dots and "
                "dashes, for example 2.2 or 2.2-beta."
            ) % {"label": self.label}
        if self.status == "released" and self.pdf_id is None:
            errors["pdf"] = _(
                "A released version needs its PDF, or people would find nothing to download. "
                "Attach the PDF, or keep the version as a draft until it is ready."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        for fmt in ("pdf", "docx"):
            document = getattr(self, fmt)
            hashed = getattr(self, f"_{fmt}_hashed_for", None)
            if document is None:
                setattr(self, f"{fmt}_sha256", "")
            elif not getattr(self, f"{fmt}_sha256") or hashed not in (None, document.pk):
                setattr(self, f"{fmt}_sha256", sha256_of(document.file))
            setattr(self, f"_{fmt}_hashed_for", document.pk if document else None)
        super().save(*args, **kwargs)

    def files(self):
        return [(fmt, getattr(self, fmt)) for fmt in ("pdf", "docx") if getattr(self, fmt)]


class ResourceContributor(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="contributors")
    partner = models.ForeignKey(
        "partners.PartnerPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("partner"),
    )
    panels = [PageChooserPanel("partner")]


class DownloadCount(models.Model):
    """How many times a file was downloaded on a day. Nothing about who."""

    resource = models.ForeignKey(ResourcePage, on_delete=models.CASCADE, related_name="+")
    version_label = models.CharField(max_length=20)
    language = models.CharField(max_length=12)
    file_format = models.CharField(max_length=10)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "version_label", "language", "file_format", "day"],
                name="one_download_count_per_file_per_day",
            )
        ]
        verbose_name = _("download count")

    def __str__(self):
        return f"{self.resource_id} v{self.version_label} {self.language} {self.file_format}"


def translations_with_files_of(translation_keys):
    """{translation_key: {language code: tool}} for many tools at once: two queries."""
    versions = ResourceVersion.objects.select_related("pdf", "docx")
    translations = (
        ResourcePage.objects.filter(translation_key__in=translation_keys)
        .live()
        .public()
        .select_related("locale")
        .prefetch_related(Prefetch("versions", queryset=versions))
    )
    found = {}
    for tool in translations:
        found.setdefault(tool.translation_key, {})[tool.locale.language_code] = tool
    return found
