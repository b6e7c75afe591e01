"""Publishes a support line's new name for each line read on stdin, through the ORM as an
editor's publish does, then prints "published <name>". Run by tests/test_threaded_serving.py
against the same database and page cache as the server it tests."""

import sys

import django


def main():
    django.setup()
    from home.models import SupportLine

    line = SupportLine.objects.shown_publicly().filter(locale__language_code="en").first()
    print("ready", flush=True)
    for text in sys.stdin:
        line.name = text.strip()
        line.save_revision().publish()
        print(f"published {line.name}", flush=True)


if __name__ == "__main__":
    main()
