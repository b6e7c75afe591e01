"""Who may edit what in the partners section.

Each partner's editors get add/change (never publish) on their own partner's
subtree and their own image/document collection; every change goes through the
"Partner review" workflow, where Network moderators approve and publish.
A partner's group and collection are tied to it by id (PartnerAccess); their names
follow the partner's title but are never used to find them.
Idempotent: run by a data migration, the demo command and `setup_partner_access`.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.language_permissions import MODERATORS
from partners.models import PartnerAccess

WORKFLOW_NAME = "Partner review"
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _admin_access(group):
    group.permissions.add(_permission("wagtailadmin", "access_admin"))


def _grant_pages(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def _grant_collection(group, collection):
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )


def _free_name(model, wanted, current=None):
    """`wanted`, or `wanted (2)`... if another row already has that name."""
    name, number = wanted, 1
    taken = model.objects.exclude(pk=getattr(current, "pk", None))
    while taken.filter(name=name).exists():
        number += 1
        name = f"{wanted} ({number})"
    return name


def _follow_title(instance, wanted):
    name = _free_name(type(instance), wanted, instance)
    if instance.name != name:
        instance.name = name
        instance.save(update_fields=["name"])


def partner_access(partner):
    """The partner's own group and collection, made the first time and renamed with it."""
    group_name = f"{partner.title} editors"
    access = PartnerAccess.objects.filter(partner=partner).select_related("group").first()
    if access is None:
        root = Collection.get_first_root_node()
        access = PartnerAccess.objects.create(
            partner=partner,
            group=Group.objects.create(name=_free_name(Group, group_name)),
            collection=root.add_child(name=_free_name(Collection, partner.title)),
        )
    else:
        _follow_title(access.group, group_name)
        _follow_title(access.collection, partner.title)
    return access


def partner_collection(partner):
    return partner_access(partner).collection


def ensure_moderators(sections):
    moderators, _created = Group.objects.get_or_create(name=MODERATORS)
    _admin_access(moderators)
    for section in sections:
        _grant_pages(moderators, section, MODERATOR_PAGE_PERMISSIONS)
    _grant_collection(moderators, Collection.get_first_root_node())
    # Lift sign-in lock-outs (accounts/lockouts.py).
    moderators.permissions.add(_permission("axes", "delete_accessattempt"))
    return moderators


def ensure_review_workflow(moderators, sections):
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    task = GroupApprovalTask.objects.filter(name="Moderator approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderator approval")
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for section in sections:
        WorkflowPage.objects.update_or_create(page=section, defaults={"workflow": workflow})
    return workflow


def ensure_partner_editors(partner):
    access = partner_access(partner)
    _admin_access(access.group)
    _grant_pages(access.group, partner, EDITOR_PAGE_PERMISSIONS)
    _grant_collection(access.group, access.collection)
    return access.group


def ensure_partner_groups():
    """Groups, collections and the review workflow for every English partner page."""
    from django.conf import settings

    from partners.models import EventIndexPage, PartnerIndexPage, PartnerPage

    sections = list(PartnerIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
    sections += list(EventIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE))
    if not sections:
        return
    moderators = ensure_moderators(sections)
    ensure_review_workflow(moderators, sections[:1])
    for partner in PartnerPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        ensure_partner_editors(partner)
