from wagtail import hooks

from evaluations.admin_views import EvaluationRoundViewSet


@hooks.register("register_admin_viewset")
def register_evaluation_rounds():
    return EvaluationRoundViewSet()
