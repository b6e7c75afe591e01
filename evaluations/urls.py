from django.urls import path

from evaluations import views

urlpatterns = [path("<str:code>/", views.participate, name="evaluation_participate")]
