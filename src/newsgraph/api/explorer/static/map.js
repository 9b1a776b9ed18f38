// Events on a map drawn offline: Natural Earth country outlines (world-atlas) as a Leaflet layer, no tiles.
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || typeof L === "undefined") return;
  var places = JSON.parse(document.getElementById("places-data").textContent);
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var map = L.map(box, {worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true});
  map.attributionControl.setPrefix(false).addAttribution("Natural Earth");
  map.setView([48.5, 31], 4);
  L.Icon.Default.imagePath = "/explore/static/vendor/leaflet/images/";

  fetch("/explore/static/vendor/world-atlas/countries-50m.json")
    .then(function (r) { return r.json(); })
    .then(function (world) {
      L.geoJSON(topojson.feature(world, world.objects.countries), {
        style: {color: "#8a97a6", weight: 0.7, fillColor: "#eef1e6", fillOpacity: 1}, interactive: false
      }).addTo(map).bringToBack();
    });

  function typeLabel(t) { var x = labels.types[t]; return x ? (x[labels.lang] || t) : t.replace(/_/g, " "); }
  var markers = [];
  places.forEach(function (p) {
    var list = document.createElement("div");
    var h = document.createElement("strong"); h.textContent = p.name; list.appendChild(h);
    var ul = document.createElement("ul");
    p.events.forEach(function (e) {
      var li = document.createElement("li");
      li.textContent = typeLabel(e.type) + " · " + (e.date || labels.undated) + " · " + e.reports + " " + (e.reports === 1 ? labels.report : labels.reports);
      ul.appendChild(li);
    });
    list.appendChild(ul);
    if (p.count > p.events.length) {  // the popup lists the first ones; the place's page has them all
      var more = document.createElement("a");
      more.href = "/explore/events?place=" + encodeURIComponent(p.id);
      more.textContent = labels.all_events + " (" + p.count + ")";
      list.appendChild(more);
    }
    var m = L.marker([p.lat, p.lng], {title: p.name, alt: p.name, keyboard: true}).bindPopup(list).addTo(map);
    markers.push(m);
  });
  if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.4), {maxZoom: 6});
  window.newsgraphMap = map;
})();
