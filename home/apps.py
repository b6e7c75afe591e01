from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site pages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from home.language_permissions import LanguagePermissionPolicy
        from home.models import SupportLine

        register_permission_policy(SupportLine, LanguagePermissionPolicy(SupportLine))
