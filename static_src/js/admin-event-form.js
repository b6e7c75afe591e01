// Event form in the admin: an online-only event has no venue or address, so those
// fields are hidden (and their values kept) while "Online" is chosen.
(function () {
  function fieldBlock(name) {
    var input = document.querySelector('[name="' + name + '"]');
    return input && input.closest("[data-field-wrapper], .w-field__wrapper, .w-panel");
  }
  function update() {
    var chosen = document.querySelector('[name="event_format"]');
    if (!chosen) return;
    var online = chosen.value === "online";
    ["venue_name", "address"].forEach(function (name) {
      var block = fieldBlock(name);
      if (block) block.style.display = online ? "none" : "";
    });
  }
  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "event_format") update();
  });
  document.addEventListener("DOMContentLoaded", update);
})();
