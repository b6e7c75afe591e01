// "Exit this page": the button, or Shift pressed three times within five seconds.
// On leaving, the page is hidden at once, the tab shows no title and no icon, and the
// page is replaced in history by /leave/, which clears this site's cache and storage
// and redirects to the neutral site.
(function () {
  "use strict";
  var root = document.querySelector("[data-quick-exit]");
  if (!root) {
    return;
  }
  var leaveUrl = root.getAttribute("data-leave-url");
  var exitUrl = root.getAttribute("data-exit-url");
  // If our server is slow to answer /leave/, go straight to the neutral site: leaving
  // must never wait on us. Clearing is then skipped, which the safety page says.
  var SLOW_SERVER_MS = 1500;
  var status = root.querySelector("[data-quick-exit-status]");
  var WINDOW_MS = 5000;
  var presses = 0;
  var resetTimer = null;
  var shiftHeld = false;
  var shiftCombined = false;

  function announce(key) {
    status.textContent = root.getAttribute("data-status-" + key) || "";
  }

  function leave() {
    document.documentElement.classList.add("quick-exit-leaving");
    // A non-breaking space: an empty title would make the tab show our address instead.
    document.title = "\u00a0";
    // An empty icon rather than none: with no icon link the browser would ask us for
    // /favicon.ico on the way out.
    var icons = document.querySelectorAll("link[rel~='icon']");
    for (var i = 0; i < icons.length; i += 1) {
      icons[i].href = "data:,";
    }
    announce("exit");
    // Offline, /leave/ would end on the browser's error page naming us: go straight on.
    window.location.replace(navigator.onLine === false && exitUrl ? exitUrl : leaveUrl);
    if (exitUrl) {
      window.setTimeout(function () { window.location.replace(exitUrl); }, SLOW_SERVER_MS);
    }
  }

  function reset(silent) {
    if (presses > 0 && !silent) {
      announce("reset");
    }
    presses = 0;
    window.clearTimeout(resetTimer);
  }

  root.querySelector("[data-quick-exit-button]").addEventListener("click", function (event) {
    event.preventDefault();
    leave();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      shiftHeld = true;
      shiftCombined = false;
    } else {
      // Shift used with another key (typing a capital) never counts, and breaks a run.
      shiftCombined = shiftHeld;
      reset(true);
    }
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      return;
    }
    shiftHeld = false;
    if (shiftCombined) {
      return;
    }
    presses += 1;
    window.clearTimeout(resetTimer);
    if (presses >= 3) {
      leave();
      return;
    }
    announce(presses === 1 ? "two" : "one");
    resetTimer = window.setTimeout(function () { reset(false); }, WINDOW_MS);
  });

  // Coming back with the browser's cache must not show the page we hid.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove("quick-exit-leaving");
    }
  });
})();
