// Send an article to POST /documents with the API key, then open its document view.
(function () {
  "use strict";
  var form = document.getElementById("add-form");
  var status = document.getElementById("add-status");
  if (!form) return;
  document.getElementById("file").addEventListener("change", function (e) {
    var f = e.target.files[0];
    if (f) f.text().then(function (t) { document.getElementById("text").value = t; });
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var body = {text: form.text.value};
    ["title", "published", "outlet", "url"].forEach(function (k) {
      var v = form.elements[k].value.trim();
      if (v) body[k] = v;
    });
    status.textContent = status.getAttribute("data-sending");
    fetch("/documents", {method: "POST", headers: {"Content-Type": "application/json",
          "X-API-Key": document.getElementById("key").value}, body: JSON.stringify(body)})
      .then(function (r) { return r.json().then(function (j) { return {ok: r.ok, status: r.status, body: j}; }); })
      .then(function (res) {
        if (!res.ok) {
          var d = res.body.detail;
          status.textContent = res.status + " · " + (typeof d === "string" ? d : JSON.stringify(d));
          return;
        }
        var id = res.body.documents[0] || res.body.skipped_documents[0];
        location.href = "/explore/documents/" + encodeURIComponent(id) + "?lang=" + document.body.getAttribute("data-lang");
      })
      .catch(function (err) { status.textContent = String(err); });
  });
})();
