from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site pages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.models import ContentPage
        from network_site.search import register_search_type

        register_search_type("page", _("Pages"), ContentPage, position=50)
