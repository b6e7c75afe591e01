"""Rights on translatable snippets follow the object's language, like page rights follow the tree.

Django's model permissions (`publish_supportline`) hold for every row. A translator or
reviewer of one language may act only on rows in that language; administrators and
network moderators keep every language. Wagtail's snippet views ask the permission
policy about the model only, so the viewset also checks the object on every view
that names one (edit, publish, unpublish, delete, revert, history, previews...).
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.models import TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from home.translation_access import languages_of

# Created by partners/permissions.py; its members work across languages.
MODERATORS = "Network moderators"


def languages_user_may_change(user):
    """None for every language, else the set of language codes the user works in."""
    if user.is_superuser or user.groups.filter(name=MODERATORS).exists():
        return None
    languages = languages_of(user)
    # Rights given outside the language groups are not narrowed by language.
    return languages or None


def may_work_in(user, instance):
    if not isinstance(instance, TranslatableMixin):
        return True
    languages = languages_user_may_change(user)
    return languages is None or instance.locale.language_code in languages


class LanguagePermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and may_work_in(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and may_work_in(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        languages = languages_user_may_change(user)
        if languages is None:
            return instances
        return instances.filter(locale__language_code__in=languages)


class ObjectCheckedView:
    """Mixed into each of the viewset's views: the object named in the URL must be in the
    user's languages, whatever model-level right the view itself checks."""

    def dispatch(self, request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            try:
                instance = get_object_or_404(self.model, pk=unquote(str(pk)))
            except (ValueError, ValidationError):  # not an id at all
                raise Http404 from None
            required = getattr(self, "permission_required", None)
            actions = [required] if required else getattr(self, "any_permission_required", None)
            if not self.language_policy.user_has_any_permission_for_instance(
                request.user, actions or ["change"], instance
            ):
                raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LanguageSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose every per-object view checks the object's language.
    Its model's LanguagePermissionPolicy is registered in the app's ready()."""

    def construct_view(self, view_class, **kwargs):
        checked = type(
            f"LanguageChecked{view_class.__name__}",
            (ObjectCheckedView, view_class),
            {"language_policy": self.permission_policy},
        )
        return super().construct_view(checked, **kwargs)
