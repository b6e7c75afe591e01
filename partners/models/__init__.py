from .event_index import EventIndexPage
from .events import EventPage
from .partner import PartnerIndexPage, PartnerPage
from .video import VideoPage

__all__ = ["EventIndexPage", "EventPage", "PartnerIndexPage", "PartnerPage", "VideoPage"]
