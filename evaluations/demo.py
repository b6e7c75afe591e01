"""A demo evaluation round: RYSE Center's men's circle, open for four weeks from today."""

import datetime

from django.conf import settings
from django.utils import timezone

from evaluations.models import EvaluationRound
from evaluations.questions import current_evaluation_version
from evaluations.recording import open_round
from partners.models import PartnerPage


def load(log):
    if EvaluationRound.objects.exists() or current_evaluation_version() is None:
        return
    partner = PartnerPage.objects.filter(
        slug="ryse-center", locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if partner is None:
        return
    today = timezone.localdate()
    round = open_round(
        EvaluationRound(
            partner=partner,
            program="Men’s healing circle, winter cycle",
            opens_on=today,
            closes_on=today + datetime.timedelta(days=28),
        )
    )
    log(f"Evaluation round for {partner.title}: /evaluate/{round.code}/")


def reset():
    EvaluationRound.objects.all().delete()
