from .access import PartnerAccess
from .event_index import EventIndexPage
from .events import EventPage
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
