"""One driver per row of the table, by area: a real admin request, then whether it really took
effect (or, for what the admin finishes at the commit, a function that says so afterwards)."""

from . import handoff, media, pages, snippets, translation
from .registry import ACTIONS

__all__ = ["ACTIONS", "handoff", "media", "pages", "snippets", "translation"]
