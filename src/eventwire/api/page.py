"""The events page: HTML, script and style, plus the brief's vendored map files.

The page's own files live here as Python strings so that they ship in every build of the
package. Leaflet, topojson-client and the Natural Earth basemap are the brief's vendored
copies (``eventwire/brief/static``); without them the page draws its map as plain SVG.
Nothing is fetched from anywhere but this server, and text from reports is only ever set
with ``textContent``, never parsed as markup.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["APP_CSS", "APP_JS", "CSP", "INDEX_HTML", "asset"]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)

# The brief's vendored files the page may load, with their media types.
VENDORED = {
    "leaflet.js": "text/javascript; charset=utf-8",
    "leaflet.css": "text/css; charset=utf-8",
    "topojson-client.min.js": "text/javascript; charset=utf-8",
    "countries-110m.json": "application/json",
}

INDEX_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eventwire</title>
<link rel="stylesheet" href="/static/leaflet.css">
<link rel="stylesheet" href="/static/app.css">
</head><body>
<header><h1>eventwire</h1><span id="summary">loading…</span></header>
<form id="filters" autocomplete="off">
  <label>Country <input name="country" list="countries" size="14"></label>
  <label>Event type <select name="event_type"><option value="">any</option></select></label>
  <label>From <input name="date_from" type="date"></label>
  <label>To <input name="date_to" type="date"></label>
  <label>Actor <input name="actor" size="14"></label>
  <button type="submit">Filter</button> <button type="reset">Clear</button>
  <datalist id="countries"></datalist>
</form>
<p id="error" role="alert" hidden></p>
<main>
  <section id="map-box"><h2>Map</h2><div id="map"></div></section>
  <section id="detail-box"><h2>Event</h2>
    <div id="detail"><p class="muted">Click an event in the table, map or timeline.</p></div>
  </section>
</main>
<section><h2>Timeline</h2><div id="timeline"></div></section>
<section><h2>Events</h2>
<table id="events"><thead><tr><th>Date</th><th>Type</th><th>Actors</th><th>Place</th>
<th>Fatalities</th><th>Sources</th></tr></thead><tbody></tbody></table>
</section>
<section><h2>Rejected inputs</h2><ul id="rejected"></ul></section>
<footer>Basemap: Natural Earth 1:110m countries. Map: Leaflet. Served offline by eventwire.
 API: <a href="/openapi.json">/openapi.json</a>.</footer>
<script src="/static/leaflet.js"></script>
<script src="/static/topojson-client.min.js"></script>
<script src="/static/app.js"></script>
</body></html>
"""

APP_CSS = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 0 auto; max-width: 1200px;
  padding: 0 1em 2em; color: #222; }
header { display: flex; align-items: baseline; gap: 1em; }
h1 { margin: .5em 0 .2em; } h2 { font-size: 1.1em; margin: 1em 0 .4em; }
#summary, .muted, footer { color: #666; }
#filters { display: flex; flex-wrap: wrap; gap: .4em 1em; align-items: center;
  padding: .5em; background: #f4f4f4; border-radius: 4px; }
#error { color: #a00; font-weight: bold; }
main { display: grid; grid-template-columns: 3fr 2fr; gap: 1em; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } }
#map { height: 420px; border: 1px solid #bbb; background: #dbe9f4; }
#map svg.fallback { width: 100%; height: 100%; display: block; }
#detail { max-height: 420px; overflow: auto; border: 1px solid #ddd; padding: .5em; }
#detail dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em .8em; margin: 0; }
#detail dt { color: #666; } #detail dd { margin: 0; }
.evidence li { margin-bottom: .4em; } .ctx { color: #555; font-size: 13px; }
mark { background: #ffe28a; }
#timeline svg { width: 100%; height: auto; display: block; }
.tl-axis { stroke: #666; } .tl-tick { font-size: 10px; fill: #666; }
.tl-dot { fill: #c0392b; stroke: #fff; cursor: pointer; }
.tl-dot.selected, .map-dot.selected { fill: #1f5fbf; }
.map-dot { fill: #c0392b; stroke: #7b1d12; cursor: pointer; }
.grid { stroke: #b8cde0; stroke-width: 1; vector-effect: non-scaling-stroke; }
.map-dot { stroke-width: 1; vector-effect: non-scaling-stroke; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
tbody tr { cursor: pointer; } tbody tr:hover { background: #f7f2e6; }
tbody tr.selected { background: #dce8fb; }
"""

APP_JS = r"""
// The events page: filters → /api/events → map, timeline, table; a click shows evidence.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var PAGE = 1000;  // the API's largest page
  var state = { events: [], byId: {}, selected: null, markers: {}, map: null, layer: null };

  function el(name, attrs, text) {
    var node = attrs && attrs.svg ? document.createElementNS(SVG, name)
      : document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k !== "svg") { node.setAttribute(k, attrs[k]); }
    });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function showError(message) {
    var box = document.getElementById("error");
    box.textContent = message; box.hidden = !message;
  }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error((body.error && body.error.message) || r.statusText); }
        return { body: body, total: Number(r.headers.get("X-Total-Count")) };
      });
    });
  }
  function actors(e) {
    return [e.actor1, e.actor2].filter(Boolean).join(" vs ") || "unknown actors";
  }
  function place(e) {
    return [e.location, e.admin1, e.country].filter(Boolean).join(", ") || "unplaced";
  }
  function placed(e) { return e.latitude !== null && e.longitude !== null; }

  function filterParams() {
    var form = document.getElementById("filters");
    var params = new URLSearchParams();
    new FormData(form).forEach(function (v, k) { if (String(v).trim()) { params.set(k, v); } });
    return params;
  }

  function loadAll(params, offset, acc) {
    params.set("limit", PAGE); params.set("offset", offset);
    return getJSON("/api/events?" + params.toString()).then(function (res) {
      acc = acc.concat(res.body);
      if (res.body.length && acc.length < res.total) {
        return loadAll(params, offset + res.body.length, acc);
      }
      return acc;
    });
  }

  function load() {
    showError("");
    return loadAll(filterParams(), 0, []).then(function (events) {
      state.events = events; state.byId = {};
      events.forEach(function (e) { state.byId[e.event_id] = e; });
      document.getElementById("summary").textContent =
        events.length + " events shown";
      drawTable(); drawTimeline(); drawMarkers();
      document.body.setAttribute("data-events", String(events.length));
      document.body.setAttribute("data-ready", "1");
    }).catch(function (err) {
      showError(String(err.message || err));
      document.body.setAttribute("data-ready", "error");
    });
  }

  function drawTable() {
    var body = document.querySelector("#events tbody");
    clear(body);
    state.events.forEach(function (e) {
      var tr = el("tr", { "data-id": e.event_id });
      tr.appendChild(el("td", {}, e.event_date || "undated"));
      var type = el("td", {}, e.event_type);
      type.appendChild(el("br")); type.appendChild(el("small", {}, e.sub_event_type));
      tr.appendChild(type);
      tr.appendChild(el("td", {}, actors(e)));
      tr.appendChild(el("td", {}, place(e)));
      tr.appendChild(el("td", {}, e.fatalities));
      tr.appendChild(el("td", {}, e.sources.map(function (s) {
        return s.source || s.title || s.article_id;
      }).join(", ")));
      tr.addEventListener("click", function () { select(e.event_id); });
      body.appendChild(tr);
    });
    if (!state.events.length) {
      var row = el("tr"); row.appendChild(el("td", { colspan: "6" }, "No events match."));
      body.appendChild(row);
    }
  }

  function drawTimeline() {
    var box = document.getElementById("timeline");
    clear(box);
    var dated = state.events.filter(function (e) { return e.event_date; });
    var width = 1000, left = 20, right = 980, top = 24;
    var perDay = {};
    dated.forEach(function (e) { perDay[e.event_date] = (perDay[e.event_date] || 0) + 1; });
    var most = Math.max.apply(null, [1].concat(Object.keys(perDay).map(function (d) {
      return perDay[d];
    })));
    var height = top + Math.min(most, 12) * 14 + 20;
    var svg = el("svg", { svg: 1, viewBox: "0 0 " + width + " " + height, role: "img" });
    svg.appendChild(el("title", { svg: 1 }, "Timeline of " + dated.length + " dated events"));
    var times = dated.map(function (e) { return Date.parse(e.event_date); });
    var t0 = Math.min.apply(null, times.length ? times : [0]);
    var t1 = Math.max.apply(null, times.length ? times : [1]);
    if (t1 === t0) { t0 -= 86400000; t1 += 86400000; }
    svg.appendChild(el("line", { svg: 1, x1: left, x2: right, y1: top - 6, y2: top - 6,
      "class": "tl-axis" }));
    if (times.length) {
      svg.appendChild(el("text", { svg: 1, x: left, y: top - 10, "class": "tl-tick" },
        new Date(t0).toISOString().slice(0, 10)));
      svg.appendChild(el("text", { svg: 1, x: right - 60, y: top - 10, "class": "tl-tick" },
        new Date(t1).toISOString().slice(0, 10)));
    } else {
      svg.appendChild(el("text", { svg: 1, x: left, y: top + 10, "class": "tl-tick" },
        "No dated events."));
    }
    var stack = {};
    dated.forEach(function (e) {
      var level = stack[e.event_date] = (stack[e.event_date] || 0) + 1;
      var x = left + (right - left) * (Date.parse(e.event_date) - t0) / (t1 - t0);
      var dot = el("circle", { svg: 1, cx: x, cy: top + 4 + (Math.min(level, 12) - 1) * 14,
        r: 4 + Math.min(5, Math.sqrt(e.fatalities || 0)), "class": "tl-dot",
        "data-id": e.event_id });
      dot.appendChild(el("title", { svg: 1 }, e.event_date + ": " + e.sub_event_type));
      dot.addEventListener("click", function () { select(e.event_id); });
      svg.appendChild(dot);
    });
    box.appendChild(svg);
  }

  // The map: Leaflet on the vendored Natural Earth basemap, or plain SVG without them.
  function initMap() {
    var box = document.getElementById("map");
    if (!window.L) { return; }
    state.map = L.map(box, { worldCopyJump: true }).setView([15, 20], 2);
    state.map.attributionControl.setPrefix(false);
    state.map.attributionControl.addAttribution("Natural Earth");
    if (!window.topojson) { return; }
    fetch("/static/countries-110m.json").then(function (r) { return r.json(); })
      .then(function (world) {
        L.geoJSON(topojson.feature(world, world.objects.countries), {
          style: { color: "#8a8a8a", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
          interactive: false
        }).addTo(state.map).bringToBack();
      }).catch(function () { /* the markers still show on the plain background */ });
  }

  function drawMarkers() {
    var shown = state.events.filter(placed);
    state.markers = {};
    document.body.setAttribute("data-markers", String(shown.length));
    if (!state.map) { return drawSvgMap(shown); }
    if (state.layer) { state.layer.remove(); }
    state.layer = L.layerGroup().addTo(state.map);
    shown.forEach(function (e) {
      var popup = el("div");
      popup.appendChild(el("b", {}, (e.event_date || "undated") + " " + e.sub_event_type));
      popup.appendChild(el("div", {}, actors(e) + ", " + place(e)));
      var m = L.circleMarker([e.latitude, e.longitude], {
        radius: 6 + Math.min(8, Math.sqrt(e.fatalities || 0)), color: "#7b1d12", weight: 1,
        fillColor: "#c0392b", fillOpacity: 0.85
      }).bindPopup(popup).addTo(state.layer);
      m.on("click", function () { select(e.event_id, true); });
      state.markers[e.event_id] = m;
    });
    if (shown.length) {
      var bounds = L.latLngBounds(shown.map(function (e) { return [e.latitude, e.longitude]; }));
      state.map.fitBounds(bounds.pad(0.5), { maxZoom: 7, animate: false });
    }
  }

  // Without the vendored map files: points on a lon/lat grid, framed on the events.
  function drawSvgMap(shown) {
    var box = document.getElementById("map");
    clear(box);
    var xs = shown.map(function (e) { return e.longitude; });
    var ys = shown.map(function (e) { return -e.latitude; });
    var x0 = Math.min.apply(null, xs.concat([180])), x1 = Math.max.apply(null, xs.concat([-180]));
    var y0 = Math.min.apply(null, ys.concat([90])), y1 = Math.max.apply(null, ys.concat([-90]));
    if (!shown.length) { x0 = -180; x1 = 180; y0 = -90; y1 = 90; }
    var pad = Math.max(10, (x1 - x0) * 0.2, (y1 - y0) * 0.2);
    x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
    var r = Math.max(x1 - x0, y1 - y0) / 120;
    var svg = el("svg", { svg: 1, viewBox: [x0, y0, x1 - x0, y1 - y0].join(" "), role: "img",
      "class": "fallback", preserveAspectRatio: "xMidYMid meet" });
    svg.appendChild(el("title", { svg: 1 }, shown.length + " placed events"));
    for (var g = -180; g <= 180; g += 10) {
      svg.appendChild(el("line", { svg: 1, x1: g, x2: g, y1: -90, y2: 90, "class": "grid" }));
      if (g >= -90 && g <= 90) {
        svg.appendChild(el("line", { svg: 1, x1: -180, x2: 180, y1: g, y2: g,
          "class": "grid" }));
      }
    }
    shown.forEach(function (e) {
      var dot = el("circle", { svg: 1, cx: e.longitude, cy: -e.latitude, r: r,
        "class": "map-dot", "data-id": e.event_id });
      dot.appendChild(el("title", { svg: 1 }, place(e)));
      dot.addEventListener("click", function () { select(e.event_id); });
      svg.appendChild(dot);
    });
    box.appendChild(svg);
  }

  function select(id, fromMap) {
    var e = state.byId[id];
    if (!e) { return; }
    state.selected = id;
    document.querySelectorAll(".selected").forEach(function (n) {
      n.classList.remove("selected");
    });
    document.querySelectorAll('[data-id="' + CSS.escape(id) + '"]').forEach(function (n) {
      n.classList.add("selected");
    });
    history.replaceState(null, "", "#" + encodeURIComponent(id));
    var m = state.markers[id];
    if (m && !fromMap) { m.openPopup(); }
    drawDetail(e);
  }

  function link(url, text) {
    if (!/^https?:\/\//i.test(url || "")) { return el("span", {}, text); }
    return el("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, text);
  }

  function drawDetail(e) {
    var box = document.getElementById("detail");
    clear(box);
    box.appendChild(el("p", {}, e.notes));
    var dl = el("dl");
    [["Date", (e.event_date || "undated") + " (precision " + e.time_precision + ")"],
     ["Type", e.event_type + " / " + e.sub_event_type],
     ["Disorder", e.disorder_type],
     ["Actor 1", e.actor1], ["Actor 2", e.actor2],
     ["Place", place(e) + (e.geo_precision ? " (precision " + e.geo_precision + ")" : "")],
     ["Fatalities", e.fatalities + (e.fatalities_low !== null ? " (range " + e.fatalities_low +
       "–" + e.fatalities_high + ")" : "")],
     ["Confidence", e.confidence], ["Event id", e.event_id]
    ].forEach(function (pair) {
      if (pair[1] === null || pair[1] === undefined) { return; }
      dl.appendChild(el("dt", {}, pair[0])); dl.appendChild(el("dd", {}, pair[1]));
    });
    box.appendChild(dl);
    box.appendChild(el("h3", {}, "Sources"));
    var sources = el("ul");
    e.sources.forEach(function (s) {
      var li = el("li");
      li.appendChild(link(s.url, s.title || s.article_id));
      li.appendChild(document.createTextNode(" " + [s.source, s.published].filter(Boolean)
        .join(", ")));
      sources.appendChild(li);
    });
    box.appendChild(sources);
    box.appendChild(el("h3", {}, "Evidence"));
    var list = el("ul", { "class": "evidence" });
    e.evidence.forEach(function (ev) {
      var li = el("li", { "data-article": ev.article_id });
      li.appendChild(el("b", {}, ev.field + ": "));
      li.appendChild(el("q", {}, ev.text));
      li.appendChild(el("span", { "class": "muted" },
        " " + ev.article_id + " " + ev.start + "–" + ev.end));
      li.appendChild(el("div", { "class": "ctx" }));
      list.appendChild(li);
    });
    if (!e.evidence.length) { list.appendChild(el("li", { "class": "muted" }, "none")); }
    box.appendChild(list);
    showContext(e, list);
  }

  // Each evidence span in its sentence's surroundings, from the stored article text.
  function showContext(e, list) {
    var ids = {};
    e.evidence.forEach(function (ev) { ids[ev.article_id] = true; });
    Object.keys(ids).forEach(function (aid) {
      getJSON("/api/articles/" + encodeURIComponent(aid)).then(function (res) {
        var text = res.body.text || "";
        if (state.selected !== e.event_id) { return; }
        var items = list.querySelectorAll("li");
        e.evidence.forEach(function (ev, i) {
          if (ev.article_id !== aid || !text) { return; }
          var ctx = items[i].querySelector(".ctx");
          if (text.slice(ev.start, ev.end) !== ev.text) {  // the article was re-read since
            ctx.textContent = "(the stored article text no longer matches this span)";
            return;
          }
          var a = Math.max(0, ev.start - 120), b = Math.min(text.length, ev.end + 120);
          ctx.appendChild(document.createTextNode((a ? "…" : "") + text.slice(a, ev.start)));
          ctx.appendChild(el("mark", {}, text.slice(ev.start, ev.end)));
          ctx.appendChild(document.createTextNode(text.slice(ev.end, b) +
            (b < text.length ? "…" : "")));
        });
      }).catch(function () { /* the span's own text is already shown */ });
    });
  }

  function loadSide() {
    getJSON("/api/health").then(function (res) {
      document.getElementById("summary").textContent += " of " + res.body.events +
        " stored, from " + res.body.articles + " inputs";
    }).catch(function (err) { showError(String(err.message || err)); });
    getJSON("/api/articles?status=rejected&limit=" + PAGE).then(function (res) {
      var ul = document.getElementById("rejected");
      res.body.forEach(function (a) {
        ul.appendChild(el("li", {}, a.origin + ": " + a.reason));
      });
      if (!res.body.length) { ul.appendChild(el("li", { "class": "muted" }, "none")); }
    }).catch(function () { /* shown by the summary's error */ });
  }

  function fillChoices() {
    var types = {}, countries = {};
    state.events.forEach(function (e) {
      types[e.event_type] = true;
      if (e.country) { countries[e.country] = true; }
    });
    var select = document.querySelector("#filters select[name=event_type]");
    Object.keys(types).sort().forEach(function (t) { select.appendChild(el("option", {}, t)); });
    var list = document.getElementById("countries");
    Object.keys(countries).sort().forEach(function (c) {
      list.appendChild(el("option", { value: c }));
    });
  }

  var form = document.getElementById("filters");
  form.addEventListener("submit", function (ev) { ev.preventDefault(); load(); });
  form.addEventListener("reset", function () { setTimeout(load, 0); });
  try { initMap(); } catch (err) { state.map = null; }
  load().then(function () {
    fillChoices(); loadSide();
    // A link to the page with #event_id opens that event.
    if (location.hash.length > 1) { select(decodeURIComponent(location.hash.slice(1))); }
  });
})();
"""

OWN = {
    "app.js": (APP_JS, "text/javascript; charset=utf-8"),
    "app.css": (APP_CSS, "text/css; charset=utf-8"),
}


@lru_cache(maxsize=16)
def asset(name: str) -> tuple[bytes, str] | None:
    """A static file for the page and its media type; None when there is no such file."""
    if name in OWN:
        text, media_type = OWN[name]
        return text.encode("utf-8"), media_type
    if name not in VENDORED:
        return None
    path = resources.files("eventwire.brief") / "static" / name
    try:
        return path.read_bytes(), VENDORED[name]
    except OSError:  # the brief's vendored files are absent: the page falls back to SVG
        return None
