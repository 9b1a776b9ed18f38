// The actor network of GET /queries/actor_network, drawn with Cytoscape.js; a node opens its actor page.
(function () {
  "use strict";
  var form = document.getElementById("network-form");
  var box = document.getElementById("graph");
  if (!form || !box || typeof cytoscape === "undefined") return;
  var months = JSON.parse(document.getElementById("months").textContent);
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var lang = document.body.getAttribute("data-lang");
  var since = document.getElementById("since"), until = document.getElementById("until");
  var from = document.getElementById("from-month"), to = document.getElementById("to-month");
  var out = document.getElementById("window-label");
  var tbody = document.querySelector("#edges tbody");
  var gephi = document.getElementById("gephi");
  var cy = null;

  function relationLabel(rel) {
    if (rel === "speaks_about") return labels.speaks_about;
    var t = labels.types[rel];
    return t ? (t[lang] || rel) : rel.replace(/_/g, " ");
  }

  function selection() {
    var p = new URLSearchParams();
    var topic = document.getElementById("topic").value;
    if (topic) p.set("topic", topic);
    if (since.value.trim()) p.set("since", since.value.trim());
    if (until.value.trim()) p.set("until", until.value.trim());
    return p;
  }

  function cell(text, href) {
    var td = document.createElement("td");
    if (href) { var a = document.createElement("a"); a.href = href; a.textContent = text; td.appendChild(a); }
    else td.textContent = text;
    return td;
  }

  function draw(rows) {
    var nodes = {}, elements = [];
    tbody.replaceChildren();
    rows.forEach(function (r, i) {
      [[r[0], r[1]], [r[2], r[3]]].forEach(function (n) {
        nodes[n[0]] = nodes[n[0]] || {id: n[0], name: n[1] || n[0], degree: 0};
        nodes[n[0]].degree += r[5];
      });
      elements.push({data: {id: "e" + i, source: r[0], target: r[2], label: relationLabel(r[4]),
                            weight: r[5], speech: r[4] === "speaks_about" ? 1 : 0}});
      var tr = document.createElement("tr");
      tr.append(cell(r[1] || r[0], "/explore/actors/" + encodeURIComponent(r[0])), cell(relationLabel(r[4])),
                cell(r[3] || r[2], "/explore/actors/" + encodeURIComponent(r[2])), cell(String(r[5])));
      tbody.appendChild(tr);
    });
    Object.keys(nodes).forEach(function (id) {
      elements.push({data: {id: id, name: nodes[id].name, size: 14 + Math.min(30, 4 * nodes[id].degree)}});
    });
    document.getElementById("edge-count").textContent = "(" + rows.length + ")";
    document.getElementById("no-edges").hidden = rows.length > 0;
    if (cy) cy.destroy();
    cy = cytoscape({
      container: box, elements: elements, wheelSensitivity: 0.3,
      style: [
        {selector: "node", style: {"label": "data(name)", "width": "data(size)", "height": "data(size)",
          "background-color": "#3b6ea5", "font-size": 11, "color": "#1d2733", "text-valign": "bottom",
          "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": 140}},
        {selector: "edge", style: {"width": "mapData(weight, 1, 10, 1.2, 6)", "curve-style": "bezier",
          "target-arrow-shape": "triangle", "line-color": "#c0562f", "target-arrow-color": "#c0562f",
          "label": "data(label)", "font-size": 9, "color": "#6b4a3a", "text-rotation": "autorotate"}},
        {selector: "edge[speech = 1]", style: {"line-color": "#2f8a5b", "target-arrow-color": "#2f8a5b"}}
      ],
      layout: {name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, randomize: false}
    });
    cy.on("tap", "node", function (e) {
      location.href = "/explore/actors/" + encodeURIComponent(e.target.id());
    });
    window.newsgraphNetwork = cy;
  }

  function load() {
    var p = selection();
    var shown = p.toString();
    history.replaceState(null, "", "/explore/network" + (shown ? "?" + shown : ""));
    gephi.href = "/export/gexf" + (shown ? "?" + shown : "");
    p.set("limit", "500");
    box.setAttribute("aria-busy", "true");
    fetch("/queries/actor_network?" + p.toString(), {headers: {Accept: "application/json"}})
      .then(function (r) { return r.ok ? r.json() : {rows: []}; })
      .then(function (res) { draw(res.rows || []); })
      .finally(function () { box.removeAttribute("aria-busy"); });
  }

  function fromSlider() {
    var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
    since.value = months[a]; until.value = months[b];
    out.textContent = months[a] + " → " + months[b];
  }
  if (from && to && months.length) {
    var i = months.indexOf((since.value || "").slice(0, 7)), j = months.indexOf((until.value || "").slice(0, 7));
    if (i >= 0) from.value = i;
    if (j >= 0) to.value = j;
    out.textContent = months[+from.value] + " → " + months[+to.value];
    [from, to].forEach(function (s) {
      s.addEventListener("input", fromSlider);
      s.addEventListener("change", function () { fromSlider(); load(); });
    });
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); load(); });
  load();
})();
