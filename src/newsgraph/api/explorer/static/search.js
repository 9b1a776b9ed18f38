// Speaker completion over actors and their aliases, from the named query actor_names
(function () {
  "use strict";
  var input = document.getElementById("speaker");
  var list = document.getElementById("speakers");
  if (!input || !list) return;
  var timer = null, last = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2 || q === last) return;
    timer = setTimeout(function () {
      last = q;
      fetch("/queries/actor_names?limit=10&q=" + encodeURIComponent(q), {headers: {Accept: "application/json"}})
        .then(function (r) { return r.ok ? r.json() : {rows: []}; })
        .then(function (res) {
          list.replaceChildren.apply(list, res.rows.map(function (a) {
            var o = document.createElement("option");
            o.value = a[1];
            o.label = a[1] + " · " + a[2];
            return o;
          }));
        })
        .catch(function () {});
    }, 200);
  });
})();
