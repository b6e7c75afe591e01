from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site pages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from home import alias_offer, handoff_admin, help_block, plain_actions
        from home.admin_dates import use_local_date_inputs
        from home.language_permissions import LanguagePermissionPolicy
        from home.models import ContentPage, SafetySettings, SupportLine
        from network_site.purge_rules import register_everywhere
        from network_site.search import register_search_type

        # Who may act on a support line depends on its language, not just the model.
        register_permission_policy(SupportLine, LanguagePermissionPolicy(SupportLine))

        register_search_type("page", _("Pages"), ContentPage, position=50)
        use_local_date_inputs()
        handoff_admin.register()
        plain_actions.register()
        alias_offer.register()
        # The copy of the help lines kept for error pages follows each change to a line.
        help_block.connect()
        # On every page: the help lines, quick exit's destination, and the footer's
        # links to the safety and privacy pages (network_site/cache_purge.py).
        register_everywhere(SupportLine)
        register_everywhere(SafetySettings)
        register_everywhere(ContentPage, when=is_safety_or_privacy_page)


def is_safety_or_privacy_page(page):
    return page.depth == 3 and page.slug in ("safety", "privacy")
