from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home.translation_report import register_rows
        from resources.translation_rows import file_rows

        register_rows(file_rows)
