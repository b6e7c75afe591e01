"""Every translatable model of ours says, field by field, how it is translated."""

from django.apps import apps
from wagtail.models import TranslatableMixin

OUR_APPS = {"home", "partners", "resources"}


def test_every_translatable_model_declares_its_fields():
    models = [
        m
        for m in apps.get_models()
        if m._meta.app_label in OUR_APPS and issubclass(m, TranslatableMixin)
    ]
    assert len(models) >= 10
    undeclared = [
        m.__name__
        for m in models
        if not any(
            "translatable_fields" in k.__dict__
            for k in m.__mro__
            if k.__module__.split(".")[0] in OUR_APPS
        )
    ]
    assert undeclared == []
