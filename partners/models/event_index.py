"""The network-wide event listing: upcoming and past events, and a calendar feed of all."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models.pages import SectionIndexPage
from network_site.fragments import lazy_context
from network_site.languages import in_visitor_language
from partners.ics import calendar_response
from partners.listings import event_listing_context
from partners.models.events import EventPage


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = []

    class Meta:
        verbose_name = _("event listing")

    @path("")
    def upcoming(self, request):
        return self.render(request, context_overrides=lazy_listing(request, past=False))

    @path("past/")
    def past(self, request):
        return self.render(request, context_overrides=lazy_listing(request, past=True))

    # `feed.ics` has no trailing slash: network_site.urls hands such names to Wagtail.
    @path("feed.ics/", name="feed")
    def feed(self, request):
        events = (
            EventPage.objects.upcoming()
            .public()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .defer_streamfields()
        )
        return calendar_response(
            in_visitor_language(events[:500]),
            request,
            name=str(_("Healing Together events")),
            filename="healing-together-events.ics",
        )


def lazy_listing(request, past):
    """The listing's context, built only where a template reads it (network_site/fragments.py)."""
    title = _("Past events") if past else _("Upcoming events")  # shown outside the fragment
    lazy = lazy_context(lambda: event_listing_context(request, past), LISTING_NAMES)
    return {**lazy, "listing_title": title}


LISTING_NAMES = [
    "events",
    "page_obj",
    "is_past",
    "partner_options",
    "format_options",
    "language_options",
    "selected",
]
