"""Translator and reviewer groups, one pair per language other than the default.

Spanish pages live under the Spanish home page, so page permissions on that
subtree are what keeps translators to their own language. Translators edit
(never publish); reviewers also publish. Neither gets wagtail-localize's
`submit_translation`, which would let them create and publish translations in
any language.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page, Site

from network_site.languages import native_name

TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")
REVIEWER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def group_names(code):
    name = native_name(code)
    return f"Translators ({name})", f"Translation reviewers ({name})"


def _grant(group, page, codenames):
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


SNIPPET_PERMISSIONS = {
    "translators": ("change_supportline",),
    "reviewers": ("change_supportline", "publish_supportline"),
}


def _grant_snippets(group, codenames):
    for codename in codenames:
        group.permissions.add(
            Permission.objects.get(content_type__app_label="home", codename=codename)
        )


def languages_of(user):
    """Language codes whose translator or reviewer group the user is in."""
    names = set(user.groups.values_list("name", flat=True))
    return {code for code, _n in settings.LANGUAGES if names & set(group_names(code))}


def ensure_translation_groups():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    homes = {
        page.locale.language_code: page
        for page in Page.objects.filter(
            translation_key=site.root_page.translation_key
        ).select_related("locale")
    }
    groups = []
    for code, _name in settings.LANGUAGES:
        home = homes.get(code)
        if code == settings.LANGUAGE_CODE or home is None:
            continue
        translators_name, reviewers_name = group_names(code)
        translators, _created = Group.objects.get_or_create(name=translators_name)
        reviewers, _created = Group.objects.get_or_create(name=reviewers_name)
        _grant(translators, home, TRANSLATOR_PAGE_PERMISSIONS)
        _grant(reviewers, home, REVIEWER_PAGE_PERMISSIONS)
        _grant_snippets(translators, SNIPPET_PERMISSIONS["translators"])
        _grant_snippets(reviewers, SNIPPET_PERMISSIONS["reviewers"])
        groups += [translators, reviewers]
    return groups
