from .handoff import TranslationReadyMark
from .pages import ContentPage, HomePage
from .safety import SafetySettings, SupportLine

__all__ = ["ContentPage", "HomePage", "SafetySettings", "SupportLine", "TranslationReadyMark"]
