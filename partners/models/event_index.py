"""The network-wide event listing: upcoming and past events, and a calendar feed of all."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models.pages import SectionIndexPage
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
        return self.render(request, context_overrides=event_listing_context(request, past=False))

    @path("past/")
    def past(self, request):
        return self.render(request, context_overrides=event_listing_context(request, past=True))

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
