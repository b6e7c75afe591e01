"""Which editors group and media collection belong to a partner, by id, not by name:
a renamed partner keeps its own, and a new partner never inherits an old one's."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection


class PartnerAccess(models.Model):
    partner = models.OneToOneField(
        "partners.PartnerPage", on_delete=models.CASCADE, related_name="access"
    )
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="partner_access")
    collection = models.OneToOneField(
        Collection, on_delete=models.CASCADE, related_name="partner_access"
    )

    class Meta:
        verbose_name = _("partner's editors and collection")

    def __str__(self):
        return str(self.group)
