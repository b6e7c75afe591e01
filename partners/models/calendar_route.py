"""A page that offers its events as one iCalendar file, `<page url><calendar_slug>`."""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path

from partners.ics import calendar_response


class CalendarRouteMixin(RoutablePageMixin):
    """A RoutablePageMixin route, so Wagtail serves it only for a live page and applies the
    page's view restrictions (its `before_serve_page` hooks) first. The file name has no
    trailing slash: network_site.urls hands such names to Wagtail's serve view."""

    calendar_slug = "events.ics"

    def calendar_events(self, request):
        raise NotImplementedError

    def calendar_name(self):
        return self.title

    def get_cached_paths(self):
        """The calendar file is purged with the page (wagtail.contrib.frontend_cache)."""
        return [*super().get_cached_paths(), "/" + self.calendar_slug]

    @re_path(r"^(?P<filename>[\w-]+\.ics)/$", name="calendar")
    def calendar(self, request, filename):
        if filename != self.calendar_slug:
            raise Http404
        return calendar_response(
            self.calendar_events(request),
            request,
            name=self.calendar_name(),
            filename=f"{self.slug}.ics",
        )
