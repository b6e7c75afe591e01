"""Build the demo site from the campaign's own facts, in English and Spanish."""

import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

from network_site import planner_stats

# Each step is a module with load(log) and, optionally, reset(). Order matters:
# partners and resources hang under the home page the first step creates.
STEPS = (
    "home.demo.site",
    "home.demo.safety",
    "partners.demo",
    "resources.demo",
    "evaluations.demo",
    "home.demo.translations",
)


class Command(BaseCommand):
    help = "Create the demo content (idempotent). --reset deletes demo pages and files first."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete every page, image and document first."
        )

    def handle(self, *args, reset=False, verbosity=1, **options):
        def log(message):
            if verbosity > 1:
                self.stdout.write(f"  {message}")

        modules = [importlib.import_module(name) for name in STEPS]
        with transaction.atomic():
            if reset:
                for module in reversed(modules):
                    if hasattr(module, "reset"):
                        module.reset()
                from home.demo.reset import reset_everything

                reset_everything()
                log("deleted existing content")
            for module in modules:
                module.load(log)
        planner_stats.refresh()
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Demo content is ready."))
