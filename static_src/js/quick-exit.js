// "Exit this page": the button, or Shift pressed three times within five seconds.
// On leaving, the page is hidden at once and replaced in history by a neutral site.
(function () {
  "use strict";
  var root = document.querySelector("[data-quick-exit]");
  if (!root) {
    return;
  }
  var exitUrl = root.getAttribute("data-exit-url");
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
    announce("exit");
    window.location.replace(exitUrl);
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
