from django.core.management.base import BaseCommand

from partners.permissions import ensure_partner_groups


class Command(BaseCommand):
    help = "Create or update each partner's editors group and collection, and the review workflow."

    def handle(self, *args, **options):
        ensure_partner_groups()
        self.stdout.write(self.style.SUCCESS("Partner groups, collections and workflow are set."))
