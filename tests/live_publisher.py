"""Publishes changes, one per line read on stdin, through the ORM as an editor's publish
does, then prints "published <line>". Run by the tests that start real servers
(tests/live_servers.py) against the same database, page cache and CDN as the server.

    line <name>          renames a support line shown on every page
    partner <title>      renames the RYSE Center's profile
    event <seconds>      publishes an event under RYSE Center ending that many seconds from now
"""

import datetime
import sys

import django


def main():
    django.setup()
    from django.utils import timezone

    from home.models import SupportLine
    from partners.models import EventPage, PartnerPage

    line = SupportLine.objects.shown_publicly().filter(locale__language_code="en").first()
    partner = PartnerPage.objects.get(slug="ryse-center", locale__language_code="en")
    print("ready", flush=True)
    for text in sys.stdin:
        command, _, value = text.strip().partition(" ")
        if command == "line":
            line.name = value
            line.save_revision().publish()
        elif command == "partner":
            partner.title = value
            partner.save_revision().publish()
        elif command == "event":
            ends = timezone.localtime() + datetime.timedelta(seconds=int(value))
            event = EventPage(
                title="A circle ending in a moment",
                slug=f"ending-{ends:%H%M%S}",
                summary="Ends soon.",
                start_date=ends.date() - datetime.timedelta(days=1),
                start_time=datetime.time(0, 0),
                end_date=ends.date(),
                end_time=ends.time().replace(microsecond=0),
                languages="|en|",
            )
            partner.add_child(instance=event)
            event.save_revision().publish()
        print(f"published {text.strip()}", flush=True)


if __name__ == "__main__":
    main()
