"""Who may open and read evaluation rounds: Network moderators (and superusers) every
round; a partner's editors only their own partner's rounds. Everyone else: nothing.

A user's partners are those whose editors group they are in, tied to the partner by id
(partners.models.PartnerAccess), never by the group's name."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from partners.models import PartnerPage
from partners.permissions import MODERATORS


def is_moderator(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=MODERATORS).exists())


def partners_of(user):
    """The English partner pages whose editors this user is one of."""
    if not user.is_active or user.is_anonymous:
        return PartnerPage.objects.none()
    return PartnerPage.objects.filter(
        access__group__in=user.groups.all(), locale__language_code=settings.LANGUAGE_CODE
    )


class EvaluationRoundPermissionPolicy(BasePermissionPolicy):
    def _cached(self, user):
        cached = getattr(user, "_evaluation_access", None)
        if cached is None:
            moderator = is_moderator(user)
            partner_ids = (
                set() if moderator else set(partners_of(user).values_list("pk", flat=True))
            )
            cached = user._evaluation_access = (moderator, partner_ids)
        return cached

    def user_has_permission(self, user, action):
        if user.is_anonymous:
            return False
        moderator, partner_ids = self._cached(user)
        return moderator or bool(partner_ids)

    def user_has_permission_for_instance(self, user, action, instance):
        if user.is_anonymous:
            return False
        moderator, partner_ids = self._cached(user)
        return moderator or instance.partner_id in partner_ids

    def instances_user_has_any_permission_for(self, user, actions):
        rounds = self.model._default_manager.all()
        if user.is_anonymous:
            return rounds.none()
        moderator, partner_ids = self._cached(user)
        return rounds if moderator else rounds.filter(partner_id__in=partner_ids)

    def users_with_any_permission(self, actions):
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(groups__name=MODERATORS)
                | Q(groups__partner_access__isnull=False),
                is_active=True,
            )
            .distinct()
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        return (
            get_user_model()
            .objects.filter(
                Q(is_superuser=True)
                | Q(groups__name=MODERATORS)
                | Q(groups__partner_access__partner_id=instance.partner_id),
                is_active=True,
            )
            .distinct()
        )
