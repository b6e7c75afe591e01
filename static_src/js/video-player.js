// Click-to-play: no request reaches the video host until the visitor presses play.
(function () {
  "use strict";
  var SAFE_ID = /^[A-Za-z0-9_-]{1,40}$/;
  function embedUrl(provider, id) {
    if (provider === "vimeo") {
      return "https://player.vimeo.com/video/" + id + "?dnt=1&autoplay=1";
    }
    return "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1&rel=0";
  }
  document.querySelectorAll("[data-video-player]").forEach(function (player) {
    var button = player.querySelector("[data-video-play]");
    var id = player.getAttribute("data-video-id");
    if (!button || !SAFE_ID.test(id)) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = embedUrl(player.getAttribute("data-provider"), id);
      frame.title = player.getAttribute("data-title");
      frame.allow = "autoplay; fullscreen; picture-in-picture";
      frame.setAttribute("allowfullscreen", "");
      // The host needs our origin to play an embed; it gets nothing more.
      frame.referrerPolicy = "strict-origin";
      frame.className = "video-player__frame";
      player.replaceChildren(frame);
      frame.focus();
    }, { once: true });
  });
})();
