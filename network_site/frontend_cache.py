"""The app config under which wagtail.contrib.frontend_cache is installed (settings)."""

from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    """wagtail.contrib.frontend_cache (its backends, PurgeBatch, the redirects' purges)
    without its own page_published/unpublished handlers: a page is purged by reference
    (network_site/cache_purge.py), with everything that shows it, through PurgeBatch,
    so each URL gets one PURGE."""

    def ready(self):
        pass
