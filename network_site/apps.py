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

        from network_site import cache_purge, page_cache, planner_stats, renditions

        cache_purge.connect()
        page_cache.connect()
        planner_stats.connect()
        renditions.connect()
