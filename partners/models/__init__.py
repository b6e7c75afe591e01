from .access import PartnerAccess
from .events import EventIndexPage, EventPage
from .partner import PartnerIndexPage, PartnerPage
from .video import VideoPage

__all__ = [
    "EventIndexPage",
    "PartnerAccess",
    "EventPage",
    "PartnerIndexPage",
    "PartnerPage",
    "VideoPage",
]
