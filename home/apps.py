from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site pages"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from home import handoff_admin, plain_actions
        from home.admin_dates import use_local_date_inputs

        use_local_date_inputs()
        handoff_admin.register()
        plain_actions.register()
