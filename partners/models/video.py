"""A video of a partner's: stored as provider + id, played only when the visitor asks."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.pages import PAGE_TRANSLATABLE_FIELDS
from network_site.blocks import LANGUAGE_CHOICES, RICH_TEXT_FEATURES
from network_site.fragments import lazy_context
from network_site.pages import NetworkPage
from partners.choices import LANGUAGES_SPOKEN, label
from partners.fields import CodeListField, decode_codes

PROVIDERS = {"youtube": "YouTube", "vimeo": "Vimeo"}
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
VIMEO_ID = re.compile(r"^[0-9]{6,12}$")


def parse_video_url(url):
    """(provider, id) from a YouTube or Vimeo address, or ValidationError saying what is wrong."""
    parsed = urlparse((url or "").strip())
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    parts = [p for p in parsed.path.split("/") if p]
    if parsed.scheme not in ("http", "https"):
        raise ValidationError(_("Paste the full address, starting with https://"))
    if host in ("youtube.com", "youtube-nocookie.com"):
        candidate = parse_qs(parsed.query).get("v", [""])[0]
        if not candidate and len(parts) >= 2 and parts[0] in ("embed", "shorts", "live"):
            candidate = parts[1]
        if YOUTUBE_ID.match(candidate):
            return "youtube", candidate
        raise ValidationError(
            _(
                "This YouTube address has no video id. Copy the address from "
                "the video's Share button."
            )
        )
    if host == "youtu.be":
        candidate = parts[0] if parts else ""
        if YOUTUBE_ID.match(candidate):
            return "youtube", candidate
        raise ValidationError(_("This YouTube address has no video id."))
    if host in ("vimeo.com", "player.vimeo.com"):
        numeric = [p for p in parts if VIMEO_ID.match(p)]
        if numeric:
            return "vimeo", numeric[0]
        raise ValidationError(_("This Vimeo address has no video number."))
    raise ValidationError(
        _("Only YouTube and Vimeo addresses can be used (this one is from %(host)s).")
        % {"host": host or _("an unknown site")}
    )


class VideoPage(NetworkPage):
    video_url = models.URLField(
        _("video address"),
        help_text=_(
            "Paste the YouTube or Vimeo address. Nothing is loaded from that site "
            "until a visitor presses play."
        ),
    )
    provider = models.CharField(max_length=20, editable=False, default="")
    video_id = models.CharField(max_length=40, editable=False, default="")
    poster = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("poster image"),
        help_text=_("A still from the video, shown before it plays."),
    )
    poster_alt = models.CharField(
        _("poster description"),
        max_length=250,
        help_text=_(
            "What the still shows, for screen readers. This is the poster's only alt text "
            "(the image's own description is not needed), and it is translated with the page."
        ),
    )
    # The poster's alt text is the page's own, so that it is translated with the page; an
    # image's description is not translatable. network_site/chooser_checks.py reads this.
    image_alt_text_fields = {"poster": "poster_alt"}
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    content_note = models.TextField(
        _("content note"),
        help_text=_(
            "What viewers should know before watching, e.g. 'Talks about violence "
            "at home; no images of violence.'"
        ),
    )
    running_time = models.DurationField(
        _("running time"), help_text=_("Hours:minutes:seconds, e.g. 0:04:30")
    )
    caption_languages = CodeListField(_("captions"), choices_list=LANGUAGES_SPOKEN)
    transcript = RichTextField(
        _("transcript"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Everything said in the video, so people can read it instead of watching."),
    )
    transcript_language = models.CharField(
        _("language of the transcript"),
        max_length=10,
        choices=LANGUAGE_CHOICES,
        blank=True,
        default="",
    )

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("video_url"),
        MultiFieldPanel([FieldPanel("poster"), FieldPanel("poster_alt")], heading=_("Poster")),
        FieldPanel("description"),
        FieldPanel("content_note"),
        FieldPanel("running_time"),
        FieldPanel("caption_languages"),
        FieldPanel("transcript"),
        FieldPanel("transcript_language"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("transcript"),
        index.FilterField("locale_id"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("description"),
        TranslatableField("content_note"),
        TranslatableField("transcript"),
        TranslatableField("poster_alt"),
        SynchronizedField("video_url", overridable=True),
        SynchronizedField("poster", overridable=True),
        SynchronizedField("running_time"),
        SynchronizedField("caption_languages"),
        SynchronizedField("transcript_language", overridable=True),
    ]

    class Meta:
        verbose_name = _("video")

    def clean(self):
        super().clean()
        try:
            self.provider, self.video_id = parse_video_url(self.video_url)
        except ValidationError as error:
            raise ValidationError({"video_url": error.messages}) from error

    def save(self, *args, **kwargs):
        if self.video_url:  # also after a translator overrides the address
            self.provider, self.video_id = parse_video_url(self.video_url)
        return super().save(*args, **kwargs)

    @property
    def provider_name(self):
        return PROVIDERS.get(self.provider, self.provider)

    @property
    def watch_url(self):
        if self.provider == "vimeo":
            return f"https://vimeo.com/{self.video_id}"
        return f"https://www.youtube.com/watch?v={self.video_id}"

    def caption_labels(self):
        return [label(LANGUAGES_SPOKEN, c) for c in decode_codes(self.caption_languages)]

    def running_time_display(self):
        total = int(self.running_time.total_seconds())
        hours, rest = divmod(total, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(lazy_context(lambda: {"partner": self.get_parent().specific}, ["partner"]))
        return context
