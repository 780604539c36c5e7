/* The article form: headline counter, dateline taken from the body, live pre-submit checklist.
   The server applies the same rules on save and on submit; this only says them earlier. */
(function () {
  "use strict";

  function text(key, values) {
    var holder = document.getElementById("desk-text");
    var template = (holder && holder.dataset[key]) || "";
    return template.replace(/%\((\w+)\)s/g, function (_, name) { return values[name]; });
  }

  function headlineCounter() {
    var title = document.getElementById("id_title");
    if (!title || !title.dataset.max) return;
    var counter = document.createElement("p");
    counter.id = "judul-hitung";
    counter.className = "judul-hitung";
    counter.setAttribute("aria-live", "polite");
    title.insertAdjacentElement("afterend", counter);
    var max = parseInt(title.dataset.max, 10);
    var recommended = parseInt(title.dataset.recommended, 10);
    function update() {
      var n = title.value.trim().replace(/\s+/g, " ").length;
      var line = text("count", { n: n, max: max });
      counter.classList.toggle("panjang", n > recommended && n <= max);
      counter.classList.toggle("kelebihan", n > max);
      if (n > max) line += " – " + text("over", {});
      else if (n > recommended) line += " – " + text("long", { rec: recommended });
      counter.textContent = line;
    }
    title.addEventListener("input", update);
    update();
  }

  // The same opening as newsroom/datelines.py: a place in capitals, a dash, a space.
  var OPENING = /^\s*(?:<p>\s*)?(?:<(?:strong|b)>\s*)?([A-Z][A-Z.'\u2019 ]{1,58}[A-Z.])(?:\s*,\s*[^<>\u2013\u2014-]{1,40}?)?(?:\s|&nbsp;|\u00a0)*(?:<\/(?:strong|b)>(?:\s|&nbsp;|\u00a0)*)?(?:-|\u2013|\u2014|&ndash;|&mdash;)+(?:\s|&nbsp;|\u00a0)+/;

  function datelineFromBody() {
    var dateline = document.getElementById("id_dateline");
    if (!dateline || !window.CKEDITOR) return;
    var note = document.createElement("p");
    note.className = "help dateline-diambil";
    note.setAttribute("aria-live", "polite");
    dateline.insertAdjacentElement("afterend", note);
    function look(editor) {
      var found = OPENING.exec(editor.getData());
      if (!found) return;
      var place = found[1].replace(/\s+/g, " ").replace(/\.$/, "");
      if (!dateline.value.trim() || dateline.dataset.fromBody === "1") {
        dateline.value = place;
        dateline.dataset.fromBody = "1";
        note.textContent = text("dateline", {});
      }
    }
    function attach(editor) {
      editor.on("change", function () { look(editor); });
      look(editor);
    }
    var ready = window.CKEDITOR.instances.id_body;
    if (ready && ready.status === "ready") attach(ready);
    else window.CKEDITOR.on("instanceReady", function (event) {
      if (event.editor.name === "id_body") attach(event.editor);
    });
  }

  function liveChecklist() {
    var list = document.getElementById("wf-checklist");
    var button = document.querySelector("button[data-checklist-blocks]");
    if (!list || !button) return;
    var fields = {
      summary: ["id_summary"],
      unit: ["id_unit"],
      reporter: ["id_reporter"],
      "photo-alt_text": ["id_lead_alt"],
      "photo-caption": ["id_lead_caption"],
      "photo-credit": ["id_lead_credit"],
    };
    function filled(id) {
      var field = document.getElementById(id);
      return !!(field && field.value && field.value.trim());
    }
    function update() {
      var allMet = true;
      list.querySelectorAll("li[data-check]").forEach(function (item) {
        var ids = fields[item.dataset.check];
        var met = item.dataset.ok === "1";
        var live = ids && (item.dataset.check.indexOf("photo-") !== 0 || item.dataset.leadOnly === "1");
        if (live && document.getElementById(ids[0])) met = filled(ids[0]);
        item.classList.toggle("ok", met);
        item.classList.toggle("missing", !met);
        item.querySelector(".wf-check-mark").textContent = met ? "\u2713" : "\u2717";
        allMet = allMet && met;
      });
      button.disabled = !allMet;
    }
    Object.keys(fields).forEach(function (key) {
      var field = document.getElementById(fields[key][0]);
      if (field) {
        field.addEventListener("input", update);
        field.addEventListener("change", update);
      }
    });
    // Select2 (the reporter autocomplete) reports through jQuery only.
    if (window.django && window.django.jQuery) {
      window.django.jQuery("#id_reporter").on("change", update);
    }
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    headlineCounter();
    datelineFromBody();
    liveChecklist();
  });
})();
