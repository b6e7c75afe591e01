"""Serve `<page url>/<name>.ics` from a page, without a separate URL conf."""

from wagtail.url_routing import RouteResult


class CalendarRouteMixin:
    calendar_slug = "events.ics"

    def calendar_events(self, request):
        raise NotImplementedError

    def calendar_name(self):
        return self.title

    def get_cached_paths(self):
        """The calendar file is purged with the page (wagtail.contrib.frontend_cache)."""
        return [*super().get_cached_paths(), "/" + self.calendar_slug]

    def route(self, request, path_components):
        if path_components == [self.calendar_slug] and self.live:
            return RouteResult(self, kwargs={"calendar": True})
        return super().route(request, path_components)

    def serve(self, request, *args, calendar=False, **kwargs):
        if calendar:
            from partners.ics import calendar_response

            return calendar_response(
                self.calendar_events(request),
                request,
                name=self.calendar_name(),
                filename=f"{self.slug}.ics",
            )
        return super().serve(request, *args, **kwargs)
