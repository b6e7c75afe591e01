"""The home page, About and Policy work, in English and Spanish."""

from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from home.models import ContentPage, HomePage

from . import text
from .pages import child_page, english, ensure_translation


def home_page():
    """The site's English home page, replacing Wagtail's welcome page on a fresh site."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific, False
    if site is not None and site.root_page.depth == 2 and site.root_page.specific_class is Page:
        site.root_page.delete()  # Wagtail's "Welcome" placeholder from its own migration
        site = Site.objects.filter(pk=site.pk).first()
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=english())
    )
    home = HomePage(
        title=text.HOME["title"],
        slug="home",
        locale=english(),
        intro_heading=text.HOME["intro_heading"],
        intro=text.HOME["intro"],
        quotes=text.HOME["quotes"],
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Healing Together Network",
        },
    )
    return home, True


def ensure_locales():
    """What Wagtail's and our migrations create; a flushed test database needs it again."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def load(log):
    ensure_locales()
    home, created = home_page()
    log(f"home page {'created' if created else 'kept'}")
    ensure_translation(home, "es", text.HOME_ES)

    for spec in text.CONTENT_PAGES:
        page, created = child_page(
            home,
            ContentPage,
            spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            body=spec["body"],
            show_in_menus=spec.get("show_in_menus", True),
        )
        log(f"content page {spec['slug']} {'created' if created else 'kept'}")
        ensure_translation(page, "es", spec["es"])
    return home
