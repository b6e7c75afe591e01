"""Evaluation rounds, anonymous by design.

What is stored of a participant's answers: one more in a counter per statement and answer
option, one more in the round's response count, and each free-text answer on its own
under a random key. Nothing about the request (address, browser, referrer, time) and
nothing that links one answer to another. Counter rows are all made when the round is
made, so not even their order tells who answered first.
"""

import datetime
import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CODE_BYTES = 12  # token_urlsafe(12): 16 characters, 96 random bits


def new_code():
    return secrets.token_urlsafe(CODE_BYTES)


class EvaluationRound(models.Model):
    partner = models.ForeignKey(
        "partners.PartnerPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("partner"),
    )
    program = models.CharField(
        _("program"),
        max_length=200,
        help_text=_("The program participants evaluate, e.g. 'Men’s circle, spring cycle'."),
    )
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(
        _("closes on"),
        help_text=_("Results can be seen from the day after, once at least 5 people answered."),
    )
    # The evaluation tool's version the questions come from (its translation_key, so each
    # participant reads them in their language); set when the round is opened.
    version_key = models.UUIDField(editable=False)
    version_label = models.CharField(max_length=20, editable=False)
    code = models.CharField(max_length=40, unique=True, editable=False, default=new_code)
    responses = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        verbose_name = _("evaluation round")
        verbose_name_plural = _("evaluation rounds")
        ordering = ["-opens_on", "program"]

    def __str__(self):
        return f"{self.program} ({self.opens_on:%Y-%m-%d} – {self.closes_on:%Y-%m-%d})"

    def is_open(self, today=None):
        today = today or timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    def has_closed(self, today=None):
        return (today or timezone.localdate()) > self.closes_on

    def results_visible(self, today=None):
        return self.has_closed(today) and self.responses >= settings.EVALUATION_MIN_RESPONSES

    def deleted_after(self):
        return self.closes_on + datetime.timedelta(days=settings.EVALUATION_RETENTION_DAYS)


class RatingCount(models.Model):
    """How many participants chose one answer option for one statement. Never per person."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="ratings")
    statement = models.CharField(max_length=64)
    option = models.CharField(max_length=4)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["round", "statement", "option"], name="one_count_per_round_statement_option"
            )
        ]

    def __str__(self):
        return f"{self.statement} {self.option}: {self.count}"


class FreeTextAnswer(models.Model):
    """One answer in a participant's own words, under a random key, shown in key order."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="texts")
    question = models.CharField(max_length=64)
    text = models.TextField(max_length=2000)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.text[:60]
