"""Safety data: where quick exit goes, and crisis and support lines that stay true."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

VERIFY_EVERY_DAYS = 180


@register_setting(icon="warning")
class SafetySettings(BaseSiteSetting):
    exit_url = models.URLField(
        _("quick exit destination"),
        default=settings.QUICK_EXIT_DEFAULT_URL,
        help_text=_("A neutral site the 'Exit this page' button opens instead of this one."),
    )

    class Meta:
        verbose_name = _("safety settings")


class SupportLineQuerySet(models.QuerySet):
    def shown_publicly(self, today=None):
        """Active lines verified recently enough; a stale line disappears after the grace period."""
        today = today or timezone.localdate()
        oldest = today - datetime.timedelta(
            days=VERIFY_EVERY_DAYS + settings.SUPPORT_LINE_GRACE_DAYS
        )
        return self.filter(live=True, active=True, last_verified__gte=oldest)

    def needing_verification(self, today=None):
        today = today or timezone.localdate()
        return self.filter(
            active=True, last_verified__lt=today - datetime.timedelta(days=VERIFY_EVERY_DAYS)
        )


class SupportLine(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """Edits are drafts until someone with publish rights publishes them (translators cannot)."""

    POLICE_CHOICES = [
        ("no", _("No police involved")),
        ("maybe", _("Police may be called in an emergency")),
        ("yes", _("Police may be involved")),
    ]
    name = models.CharField(_("name"), max_length=150)
    how_to_reach = models.CharField(
        _("how to reach them"),
        max_length=200,
        help_text=_("Phone, text or web address, exactly as people should use it."),
    )
    hours = models.CharField(_("hours"), max_length=150)
    languages = models.CharField(_("languages"), max_length=150)
    area_served = models.CharField(_("area served"), max_length=150)
    police_involvement = models.CharField(
        _("police involvement"), max_length=10, choices=POLICE_CHOICES, default="no"
    )
    note = models.CharField(_("note"), max_length=250, blank=True)
    last_verified = models.DateField(
        _("last verified"),
        help_text=_("The day someone called or checked that this is still right."),
    )
    active = models.BooleanField(_("show on the site"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = SupportLineQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("how_to_reach"),
        FieldPanel("hours"),
        FieldPanel("languages"),
        FieldPanel("area_served"),
        FieldPanel("police_involvement"),
        FieldPanel("note"),
        FieldPanel("last_verified"),
        FieldPanel("active"),
        FieldPanel("sort_order"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("hours"),
        TranslatableField("languages"),
        TranslatableField("area_served"),
        TranslatableField("note"),
        SynchronizedField("how_to_reach", overridable=True),
        SynchronizedField("police_involvement"),
        SynchronizedField("last_verified"),
        SynchronizedField("active"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("support line")
        verbose_name_plural = _("support lines")

    def __str__(self):
        return self.name

    @property
    def needs_verification(self):
        return self.last_verified < timezone.localdate() - datetime.timedelta(
            days=VERIFY_EVERY_DAYS
        )
