/* Select2 (the admin's autocomplete fields) draws its own combobox and names it only by the
   option shown, so an empty field has no name for a screen reader. Name each combobox by its
   field's label as well. Runs after Django's autocomplete.js has drawn the fields, and again
   for each gallery row added. */
(function () {
  "use strict";

  function nameComboboxes(root) {
    (root || document).querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var label = select.id && document.querySelector("label[for='" + select.id + "']");
      var container = select.nextElementSibling;
      var combobox = container && container.querySelector(".select2-selection[role=combobox]");
      if (!combobox) return;
      // The part showing the chosen option is a read-only textbox of its own: named alike.
      var shown = document.getElementById("select2-" + select.id + "-container");
      if (label) {
        if (!label.id) label.id = select.id + "_label";
        combobox.setAttribute("aria-labelledby", label.id + (shown ? " " + shown.id : ""));
        if (shown) shown.setAttribute("aria-labelledby", label.id);
      } else if (select.getAttribute("aria-label")) {
        // A gallery row's cell: the server named the select itself.
        combobox.removeAttribute("aria-labelledby");
        combobox.setAttribute("aria-label", select.getAttribute("aria-label"));
        if (shown) shown.setAttribute("aria-label", select.getAttribute("aria-label"));
      }
    });
  }

  function start() {
    nameComboboxes();
    document.addEventListener("formset:added", function (event) { nameComboboxes(event.target); });
  }

  // jQuery's ready handlers run in order: Django's autocomplete.js registered its own first.
  if (window.django && window.django.jQuery) window.django.jQuery(start);
  else document.addEventListener("DOMContentLoaded", start);
})();
