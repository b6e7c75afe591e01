"""Events under their partner, each with its own calendar file."""

import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Min, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.pages import PAGE_TRANSLATABLE_FIELDS
from network_site.blocks import ContentStreamBlock
from network_site.fragments import lazy_context
from network_site.pages import NetworkPage
from network_site.public_pages import PublicPageQuerySet
from partners.choices import EVENT_FORMATS, EVENT_STATUSES, LANGUAGES_SPOKEN, TIME_ZONES, label
from partners.fields import CodeListField, decode_codes
from partners.models.calendar_route import CalendarRouteMixin
from partners.structured_data import event_json_ld

# Meeting links must never be published: anyone could scrape them and join a circle.
MEETING_LINK_HOSTS = (
    "zoom.us/j",
    "zoom.us/my",
    "meet.google.com",
    "teams.microsoft.com/l/meetup",
    "teams.live.com/meet",
    "whereby.com",
    "meet.jit.si",
)


def earliest_upcoming_start(now):
    """The earliest start among live events not yet over, as a subquery of the listing's
    own query. Listings bound their start-date index walk with it: otherwise the database
    steps over every past event first (6 ms with 20,000 events)."""
    not_over = EventPage.objects.filter(live=True, ends_at__gte=now).order_by()
    return Subquery(not_over.values("live").annotate(earliest=Min("starts_at")).values("earliest"))


class EventQuerySet(PublicPageQuerySet):
    def upcoming(self):
        now = timezone.now()
        events = self.live().filter(ends_at__gte=now, starts_at__gte=earliest_upcoming_start(now))
        return events.order_by("starts_at", "pk")

    def past(self):
        now = timezone.now()
        # An event that has ended has started: the bound lets the index walk start at now.
        events = self.live().filter(ends_at__lt=now, starts_at__lt=now)
        return events.order_by("-starts_at", "-pk")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventPage(CalendarRouteMixin, NetworkPage):
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for an all-day event.")
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Leave empty if it ends on the start date."),
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONES,
        default="America/Los_Angeles",
        help_text=_("The times above are in this time zone."),
    )
    # Derived from the fields above on every save, for sorting and "upcoming" queries.
    starts_at = models.DateTimeField(editable=False, db_index=True, null=True)
    ends_at = models.DateTimeField(editable=False, db_index=True, null=True)

    status = models.CharField(
        _("status"), max_length=20, choices=EVENT_STATUSES, default="scheduled"
    )
    event_format = models.CharField(
        _("format"), max_length=20, choices=EVENT_FORMATS, default="in_person"
    )
    summary = models.CharField(_("summary"), max_length=250)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(_("address"), blank=True)
    registration_url = models.URLField(
        _("registration page"),
        blank=True,
        help_text=_(
            "A page where people sign up. Never paste a meeting link (Zoom, Meet, "
            "Teams): we send it privately to people who register."
        ),
    )
    how_to_register = models.CharField(
        _("how to register"),
        max_length=300,
        blank=True,
        help_text=_("e.g. 'Call or text us to sign up; we will send you the link.'"),
    )
    languages = CodeListField(_("languages spoken"), choices_list=LANGUAGES_SPOKEN)
    cost = models.CharField(
        _("cost"), max_length=100, blank=True, default="", help_text=_("e.g. 'Free'")
    )
    accessibility = models.TextField(
        _("accessibility"), blank=True, help_text=_("Step-free access, interpretation, childcare…")
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("more about the event"))

    objects = EventManager()

    parent_page_types = ["partners.PartnerPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldPanel("how_to_register"),
                FieldPanel("languages"),
                FieldPanel("cost"),
                FieldPanel("accessibility"),
            ],
            heading=_("Taking part"),
        ),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("venue_name"),
        index.SearchField("body"),
        index.FilterField("ends_at"),
        index.FilterField("locale_id"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("venue_name"),
        TranslatableField("address"),
        TranslatableField("how_to_register"),
        TranslatableField("cost"),
        TranslatableField("accessibility"),
        TranslatableField("body"),
        SynchronizedField("start_date"),
        SynchronizedField("start_time"),
        SynchronizedField("end_date"),
        SynchronizedField("end_time"),
        SynchronizedField("time_zone"),
        SynchronizedField("status"),
        SynchronizedField("event_format"),
        SynchronizedField("languages"),
        SynchronizedField("registration_url", overridable=True),
    ]

    class Meta:
        verbose_name = _("event")

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def all_day(self):
        return self.start_time is None

    def compute_instants(self):
        zone = self.zone
        end_date = self.end_date or self.start_date
        if self.all_day:
            start = datetime.datetime.combine(self.start_date, datetime.time.min, zone)
            end = datetime.datetime.combine(
                end_date + datetime.timedelta(days=1), datetime.time.min, zone
            )
        else:
            start = datetime.datetime.combine(self.start_date, self.start_time, zone)
            end_time = self.end_time or self.start_time
            end = datetime.datetime.combine(end_date, end_time, zone)
        return start, end

    def clean(self):
        super().clean()
        errors = {}
        if self.time_zone not in dict(TIME_ZONES):
            errors["time_zone"] = _("Choose a time zone from the list.")
        if self.start_date and self.start_time is None and self.end_time is not None:
            errors["end_time"] = _("An all-day event has no end time; add a start time too.")
        if self.start_date and not errors:
            start, end = self.compute_instants()
            if end < start:
                errors["end_date"] = _("The event ends before it starts.")
        url = (self.registration_url or "").lower()
        if any(host in url for host in MEETING_LINK_HOSTS):
            errors["registration_url"] = _(
                "This looks like a meeting link. Link to a sign-up page instead, and send the "
                "meeting link privately to people who register."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.start_date and self.time_zone in dict(TIME_ZONES):
            self.starts_at, self.ends_at = self.compute_instants()
        return super().save(*args, **kwargs)

    @property
    def is_past(self):
        return self.ends_at is not None and self.ends_at < timezone.now()

    def local_start(self):
        return self.starts_at.astimezone(self.zone)

    def local_end(self):
        return self.ends_at.astimezone(self.zone)

    def zone_name(self):
        return self.local_start().tzname()

    def format_label(self):
        return label(EVENT_FORMATS, self.event_format)

    def status_label(self):
        return label(EVENT_STATUSES, self.status)

    def language_codes(self):
        return decode_codes(self.languages)

    def language_labels(self):
        return [label(LANGUAGES_SPOKEN, c) for c in self.language_codes()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(lazy_context(lambda: {"partner": self.get_parent().specific}, ["partner"]))
        context["json_ld"] = event_json_ld(self, request)
        return context

    calendar_slug = "event.ics"

    def calendar_events(self, request):
        return [self]
