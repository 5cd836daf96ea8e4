// Draws the brief's timeline (SVG) and map (Leaflet on the inlined world basemap).
// Data is read from JSON blocks and only ever set with textContent: no markup from reports.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("ew-data").textContent);
  var events = data.events || [];

  function svgEl(name, attrs, text) {
    var el = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function drawTimeline() {
    var box = document.getElementById("timeline");
    var dated = events.filter(function (e) { return e.date; });
    var width = 1000, rowH = 18, top = 30;
    var height = top + Math.max(1, events.length) * rowH + 10;
    var svg = svgEl("svg", { viewBox: "0 0 " + width + " " + height, id: "timeline-svg", role: "img" });
    svg.appendChild(svgEl("title", {}, "Timeline of " + events.length + " events"));
    var times = dated.map(function (e) { return Date.parse(e.date); });
    var t0 = Math.min.apply(null, times.length ? times : [0]);
    var t1 = Math.max.apply(null, times.length ? times : [1]);
    if (t1 === t0) { t0 -= 86400000; t1 += 86400000; }
    var x0 = 20, x1 = 380;
    function xOf(e) { return e.date ? x0 + (x1 - x0) * (Date.parse(e.date) - t0) / (t1 - t0) : x1 + 15; }
    svg.appendChild(svgEl("line", { x1: x0, y1: top - 8, x2: x1, y2: top - 8, "class": "tl-axis" }));
    if (times.length) {
      svg.appendChild(svgEl("text", { x: x0, y: top - 14, "class": "tl-tick" }, new Date(t0).toISOString().slice(0, 10)));
      svg.appendChild(svgEl("text", { x: x1 - 60, y: top - 14, "class": "tl-tick" }, new Date(t1).toISOString().slice(0, 10)));
    }
    events.forEach(function (e, i) {
      var y = top + i * rowH + 6;
      var g = svgEl("g", { "class": "tl-event" });
      g.appendChild(svgEl("circle", { cx: xOf(e), cy: y, r: 5 + Math.min(6, Math.sqrt(e.fatalities || 0)), "class": "tl-dot" }));
      g.appendChild(svgEl("text", { x: x1 + 30, y: y + 4, "class": "tl-label" }, e.label));
      svg.appendChild(g);
    });
    if (!events.length) {
      svg.appendChild(svgEl("text", { x: x0, y: top + 6, "class": "tl-label" }, "No events."));
    }
    box.appendChild(svg);
    return events.length;
  }

  function drawMap() {
    var map = L.map("map", { worldCopyJump: true, attributionControl: true });
    var placed = events.filter(function (e) { return e.lat !== null && e.lon !== null; });
    var points = placed.map(function (e) { return [e.lat, e.lon]; });
    // A view first: Leaflet cannot project vector layers onto a map without one.
    if (points.length) {
      map.fitBounds(L.latLngBounds(points).pad(0.5), { maxZoom: 7 });
    } else {
      map.setView([20, 10], 1);
    }
    var world = JSON.parse(document.getElementById("ew-world").textContent);
    var countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, {
      style: { color: "#8a8a8a", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false
    }).addTo(map);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    placed.forEach(function (e) {
      var popup = document.createElement("div");
      var b = document.createElement("b");
      b.textContent = e.label;
      var p = document.createElement("div");
      p.textContent = e.actors + " — " + e.sources.join(", ");
      popup.appendChild(b);
      popup.appendChild(p);
      if (e.region_only) {
        // only a region or country is known: a hollow dashed ring, not a point
        var note = document.createElement("div");
        note.textContent = "Only the region is known; the ring marks its centre.";
        popup.appendChild(note);
      }
      L.circleMarker([e.lat, e.lon], {
        radius: (e.region_only ? 12 : 6) + Math.min(8, Math.sqrt(e.fatalities || 0)),
        color: "#7b1d12", weight: e.region_only ? 2 : 1, dashArray: e.region_only ? "4 3" : null,
        fillColor: "#c0392b", fillOpacity: e.region_only ? 0 : 0.85,
        className: e.region_only ? "ew-marker ew-region" : "ew-marker"
      }).bindPopup(popup).addTo(map);
    });
    return placed.length;
  }

  var status = { timeline: drawTimeline(), map: -1 };
  try { status.map = drawMap(); } catch (err) { document.body.setAttribute("data-map-error", String(err)); }
  document.body.setAttribute("data-timeline-events", String(status.timeline));
  document.body.setAttribute("data-map-markers", String(status.map));
  document.body.setAttribute("data-brief-ready", "1");
})();
