from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from network_site.page_store import register_clock
        from network_site.purge_rules import register_listing
        from network_site.search import register_search_type
        from partners import admin_assets, admin_compare, dashboard, moderation, moderation_report
        from partners.listings import next_event_boundary
        from partners.models import EventPage, PartnerPage, VideoPage
        from partners.purge import event_listings, partner_listings

        admin_assets.register()
        admin_compare.register()
        dashboard.register()
        moderation.register()
        moderation_report.register()
        # A cached page showing upcoming events expires when one of them starts or ends.
        register_clock(next_event_boundary)
        # Pages that list events and partners by query, not by a chooser.
        register_listing(EventPage, event_listings)
        register_listing(PartnerPage, partner_listings)
        register_search_type("partner", _("Partners"), PartnerPage, position=10)
        register_search_type("event", _("Events"), EventPage, position=20)
        register_search_type("video", _("Videos"), VideoPage, position=30)
