// Click (or Enter on) a highlighted passage: show the records it came from in the side panel.
(function () {
  "use strict";
  var text = document.getElementById("doctext");
  var panel = document.getElementById("selected");
  if (!text || !panel) return;

  function show(span) {
    var ids = (span.getAttribute("data-records") || "").split(" ").filter(Boolean);
    text.querySelectorAll(".hl.current").forEach(function (el) { el.classList.remove("current"); });
    ids.forEach(function (id) {
      text.querySelectorAll('.hl[data-records~="' + id + '"]').forEach(function (el) { el.classList.add("current"); });
    });
    panel.replaceChildren.apply(panel, ids.map(function (id) {
      var rec = document.getElementById("rec-" + id);
      var copy = rec ? rec.cloneNode(true) : document.createElement("p");
      copy.removeAttribute("id");
      return copy;
    }));
  }

  text.addEventListener("click", function (e) {
    var span = e.target.closest(".hl");
    if (span) show(span);
  });
  text.addEventListener("keydown", function (e) {
    var span = e.target.closest(".hl");
    if (span && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); show(span); }
  });

  var wanted = new URLSearchParams(location.search).get("hl");
  if (wanted) {
    var first = text.querySelector('.hl[data-records~="' + wanted.replace(/"/g, "") + '"]');
    if (first) {
      show(first);
      text.querySelectorAll(".hl.current").forEach(function (el) {
        if ((el.getAttribute("data-records") || "").split(" ").indexOf(wanted) < 0) el.classList.remove("current");
      });
      first.scrollIntoView({block: "center"});
      first.focus({preventScroll: true});
    }
  }
})();
