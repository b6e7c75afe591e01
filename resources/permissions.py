"""Resource librarians manage the library; nobody else can change it."""

from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import Collection

from partners.permissions import _admin_access, _grant_collection, _grant_pages, _permission

LIBRARIANS = "Resource librarians"
LIBRARY_COLLECTION = "Resource library"
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def library_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=LIBRARY_COLLECTION).first()
    return existing or root.add_child(name=LIBRARY_COLLECTION)


def ensure_library_groups():
    from resources.models import ResourceIndexPage

    librarians, _created = Group.objects.get_or_create(name=LIBRARIANS)
    _admin_access(librarians)
    for codename in ("view_downloadcount",):
        librarians.permissions.add(_permission("resources", codename))
    _grant_collection(librarians, library_collection())
    for library in ResourceIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        _grant_pages(librarians, library, PAGE_PERMISSIONS)
    moderators = Group.objects.filter(name="Network moderators").first()
    if moderators is not None:
        moderators.permissions.add(_permission("resources", "view_downloadcount"))
    return librarians
