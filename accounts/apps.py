from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Admin accounts: sign-in throttling (django-axes), two-step verification (django-otp)."""

    name = "accounts"
    default_auto_field = "django.db.models.BigAutoField"
