"""A translator's "ready for review" mark on a translated page, until a reviewer publishes it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationReadyMark(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_ready_mark"
    )
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation ready for review")

    def __str__(self):
        return f"{self.page_id} ready"
