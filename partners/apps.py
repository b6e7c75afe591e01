from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from network_site.page_cache import register_clock
        from partners import admin_assets, admin_compare, dashboard
        from partners.listings import next_event_boundary

        admin_assets.register()
        admin_compare.register()
        dashboard.register()
        # A cached page showing upcoming events expires when one of them starts or ends.
        register_clock(next_event_boundary)
