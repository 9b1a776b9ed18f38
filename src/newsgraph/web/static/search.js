// Speaker completion over actors and their aliases, from GET /actors?q=
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
      fetch("/actors?limit=10&q=" + encodeURIComponent(q), {headers: {Accept: "application/json"}})
        .then(function (r) { return r.ok ? r.json() : {items: []}; })
        .then(function (page) {
          list.replaceChildren.apply(list, page.items.map(function (a) {
            var o = document.createElement("option");
            o.value = a.name;
            o.label = a.name + " · " + a.type + " · " + a.documents;
            return o;
          }));
        })
        .catch(function () {});
    }, 200);
  });
})();
