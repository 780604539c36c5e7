/* Progressive enhancements only: every page reads fully without this file. */
(function () {
  "use strict";

  // Third-party video players load only when the reader asks for them.
  document.querySelectorAll("[data-embed]").forEach(function (box) {
    var button = box.querySelector("button");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = box.getAttribute("data-embed");
      frame.title = box.getAttribute("data-title") || "";
      frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      frame.allowFullscreen = true;
      frame.loading = "lazy";
      box.replaceChildren(frame);
      frame.focus();
    });
  });

  // "Copy link" needs the clipboard API; without it the button stays hidden.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
        var status = document.getElementById(button.getAttribute("aria-controls"));
        if (status) status.textContent = button.getAttribute("data-done");
      });
    });
  });
})();
