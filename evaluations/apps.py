from django.apps import AppConfig


class EvaluationsConfig(AppConfig):
    name = "evaluations"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Evaluations"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from evaluations.models import EvaluationRound
        from evaluations.permissions import EvaluationRoundPermissionPolicy

        register_permission_policy(
            EvaluationRound, EvaluationRoundPermissionPolicy(EvaluationRound)
        )
