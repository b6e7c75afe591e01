"""Delete evaluation rounds (and every count and answer in them) EVALUATION_RETENTION_DAYS
after they closed. Run daily from cron; safe to run any number of times."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from evaluations.models import EvaluationRound


class Command(BaseCommand):
    help = "Delete evaluation rounds that closed more than EVALUATION_RETENTION_DAYS ago."

    def handle(self, *args, **options):
        cutoff = timezone.localdate() - datetime.timedelta(days=settings.EVALUATION_RETENTION_DAYS)
        deleted, _by_model = EvaluationRound.objects.filter(closes_on__lt=cutoff).delete()
        if options["verbosity"]:
            self.stdout.write(f"Deleted {deleted} rows of expired evaluation rounds.")
