from .events import EventIndexPage, EventPage
from .partner import PartnerIndexPage, PartnerPage
from .video import VideoPage

__all__ = ["EventIndexPage", "EventPage", "PartnerIndexPage", "PartnerPage", "VideoPage"]
