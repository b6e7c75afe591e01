from django.apps import AppConfig


class NetworkSiteConfig(AppConfig):
    """Site-wide code: template tags, language helpers, error views."""

    name = "network_site"
    verbose_name = "Healing Together Network"

    def ready(self):
        # Let Django (and so the switcher) know languages it does not ship, e.g. Hmong.
        from django.conf import settings
        from django.conf.locale import LANG_INFO

        for code, info in getattr(settings, "EXTRA_LANG_INFO", {}).items():
            LANG_INFO.setdefault(code, info)

        from wagtail.models import Page

        from network_site import cache_purge, planner_stats, purge_rules, renditions

        # The main navigation, on every page, lists the home page's children in the menu.
        purge_rules.register_everywhere(Page, when=purge_rules.is_in_main_navigation)
        cache_purge.connect()
        planner_stats.connect()
        renditions.connect()
