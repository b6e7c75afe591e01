from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.translation_report import register_rows
        from network_site.purge_rules import register_listing
        from network_site.search import register_search_type
        from resources.models import ResourcePage
        from resources.purge import tool_listings
        from resources.translation_rows import file_rows

        # A tool (and its versions, saved with it) is listed by query beyond its own page.
        register_listing(ResourcePage, tool_listings)
        register_search_type("resource", _("Tools and resources"), ResourcePage, position=40)
        register_rows(file_rows)
