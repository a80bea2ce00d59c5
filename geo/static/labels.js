// Places the labels of geo/labels.py and hides those that would overlap (priority order).
function corridorsLabels(map, id) {
  "use strict";
  var rows = JSON.parse(document.getElementById(id).textContent);
  if (!map.getPane("corridors-labels")) {
    map.createPane("corridors-labels").style.zIndex = 450;
  }
  var GAP = 6, PAD = 2;
  // offset of the text box's top-left from the anchor, for a w x h box
  var AROUND = {  // g: the gap from the anchor (its marker's radius and a little)
    r: function (w, h, g) { return [g, -h / 2]; },
    l: function (w, h, g) { return [-w - g, -h / 2]; },
    t: function (w, h, g) { return [-w / 2, -h - g + 1]; },
    b: function (w, h, g) { return [-w / 2, g - 1]; },
    tr: function (w, h, g) { return [g - 2, -h - g + 2]; },
    br: function (w, h, g) { return [g - 2, g - 2]; },
    tl: function (w, h, g) { return [-w - g + 2, -h - g + 2]; },
    bl: function (w, h, g) { return [-w - g + 2, g - 2]; },
    ru: function (w, h, g) { return [g, -1.5 * h - 3]; },
    rd: function (w, h, g) { return [g, 0.5 * h + 3]; },
    lu: function (w, h, g) { return [-w - g, -1.5 * h - 3]; },
    ld: function (w, h, g) { return [-w - g, 0.5 * h + 3]; }
  };
  var ORDER = ["r", "l", "t", "b", "tr", "br", "tl", "bl", "ru", "rd", "lu", "ld"];
  var labels = rows.map(function (r) {
    var text = document.createElement("span");
    text.className = "corridors-label label-" + r[5];
    text.style.display = "none";  // until placed
    text.innerHTML = r[0];
    if (r[8]) { text.setAttribute("data-label", r[8]); }
    var icon = L.divIcon({className: "corridors-label-icon", html: "", iconSize: [0, 0]});
    var marker = L.marker([r[1], r[2]], {icon: icon, pane: "corridors-labels",
                                          interactive: false, keyboard: false});
    marker.on("add", function () { marker.getElement().appendChild(text); });
    return {text: text, priority: r[3], minZoom: r[4], kind: r[5], mode: r[6], along: r[7],
            marker: marker, anchor: [r[1], r[2]], size: null};
  });
  var layer = L.layerGroup(labels.map(function (lb) { return lb.marker; })).addTo(map);
  rows.forEach(function (r) {  // a dot where a labelled town has no marker of its own
    if (r[9]) {
      L.circleMarker([r[1], r[2]], {radius: 3, color: "#333", weight: 1, fillColor: "#fff",
                                    fillOpacity: 1, interactive: false,
                                    className: "town-label " + r[8]}).addTo(layer);
    }
  });
  function overlaps(a, b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }
  function obstacles() {
    var box = map.getContainer().getBoundingClientRect();
    var out = [];
    map.getContainer().querySelectorAll(
      ".leaflet-control, .corridors-title, .corridors-locator").forEach(function (c) {
      var r = c.getBoundingClientRect();
      if (r.width && r.height) {
        out.push([r.left - box.left - PAD, r.top - box.top - PAD,
                  r.right - box.left + PAD, r.bottom - box.top + PAD]);
      }
    });
    return out;
  }
  function markers() {  // every point marker drawn (circles, icons): no label covers one
    var out = [];
    map.eachLayer(function (l) {
      var el = l.getElement ? l.getElement() : null;
      if (el && el.style.display === "none") { return; }  // hidden (a timeline step)
      if (l instanceof L.CircleMarker && l._map && !(l instanceof L.Circle)) {
        var p = map.latLngToContainerPoint(l.getLatLng());
        var r = l.getRadius() + (l.options.stroke ? l.options.weight / 2 : 0);  // with its stroke
        out.push([p.x - r, p.y - r, p.x + r, p.y + r, p.x, p.y, l.getRadius() + 1, r]);
      } else if (l instanceof L.Marker && el && l.options.pane !== "corridors-labels") {
        var c = map.getContainer().getBoundingClientRect(), b = el.getBoundingClientRect();
        var q = map.latLngToContainerPoint(l.getLatLng());
        if (b.width && b.height) {
          out.push([b.left - c.left, b.top - c.top, b.right - c.left, b.bottom - c.top, q.x, q.y,
                    Math.max(b.width, b.height) / 2]);
        }
      }
    });
    return out;
  }
  function covers(b, d) {  // box b over marker d: a circle's own shape, an icon's box
    if (!overlaps(b, d)) { return false; }
    if (!d[7]) { return true; }
    var dx = Math.max(b[0] - d[4], 0, d[4] - b[2]), dy = Math.max(b[1] - d[5], 0, d[5] - b[3]);
    return dx * dx + dy * dy < d[7] * d[7];
  }
  function mine(p, d) {  // a marker at this anchor: the label's own (it sits beside it)
    return Math.abs(d[4] - p.x) < 2 && Math.abs(d[5] - p.y) < 2;
  }
  function gap(p, dots) {  // the largest marker radius at this anchor, plus 3 px
    var g = GAP;
    dots.forEach(function (d) { if (mine(p, d)) { g = Math.max(g, d[6] + 3); } });
    return g;
  }
  function place() {
    if (!map.hasLayer(layer)) { return; }
    var size = map.getSize(), zoom = map.getZoom();
    var dots = markers();
    // measure every label not yet measured in one pass (one layout), then place
    var fresh = labels.filter(function (lb) { return !lb.size && lb.text.isConnected; });
    fresh.forEach(function (lb) { lb.text.style.display = ""; lb.text.style.transform = ""; });
    fresh.forEach(function (lb) { lb.size = [lb.text.offsetWidth, lb.text.offsetHeight]; });
    var placed = obstacles();
    labels.forEach(function (lb) {
      var t = lb.text;
      if (zoom < lb.minZoom || !lb.size) { t.style.display = "none"; return; }
      t.style.display = "";
      var w = lb.size[0], h = lb.size[1];
      var tries = [];
      if (lb.mode === "around") {
        var g = gap(map.latLngToContainerPoint(lb.anchor), dots);
        ORDER.forEach(function (k) { tries.push({anchor: lb.anchor, off: AROUND[k](w, h, g), rot: 0}); });
      } else if (lb.mode === "along") {
        lb.along.forEach(function (a) { tries.push({anchor: [a[0], a[1]], off: [-w / 2, -h / 2], rot: a[2]}); });
      } else if (lb.along && lb.along.length) {
        // an area with several anchors: the first one in view that is free
        lb.along.forEach(function (a) { tries.push({anchor: [a[0], a[1]], off: [-w / 2, -h / 2], rot: 0}); });
      } else {
        tries.push({anchor: lb.anchor, off: [-w / 2, -h / 2], rot: 0});
      }
      // the first placement clear of the map's edges, the controls, the labels placed
      // before (higher priority) and every marker but the label's own
      for (var i = 0; i < tries.length; i++) {
        var p = map.latLngToContainerPoint(tries[i].anchor);
        var x = p.x + tries[i].off[0], y = p.y + tries[i].off[1];
        var bw = w, bh = h;
        if (tries[i].rot) {
          var a = Math.abs(tries[i].rot) * Math.PI / 180;
          bw = w * Math.cos(a) + h * Math.sin(a);
          bh = w * Math.sin(a) + h * Math.cos(a);
        }
        var cx = x + w / 2, cy = y + h / 2;
        var b = [cx - bw / 2 - PAD, cy - bh / 2 - PAD, cx + bw / 2 + PAD, cy + bh / 2 + PAD];
        if (b[0] < 0 || b[1] < 0 || b[2] > size.x || b[3] > size.y) { continue; }
        if (placed.some(function (o) { return overlaps(o, b); })) { continue; }
        // against a marker the text's own box counts (PAD spaces labels from each other)
        var own = lb.mode === "around" ? p : null, tb = [b[0] + PAD, b[1] + PAD, b[2] - PAD, b[3] - PAD];
        if (dots.some(function (d) { return !(own && mine(own, d)) && covers(tb, d); })) { continue; }
        placed.push(b);
        lb.marker.setLatLng(tries[i].anchor);
        t.style.left = tries[i].off[0] + "px";
        t.style.top = tries[i].off[1] + "px";
        t.style.transform = tries[i].rot ? "rotate(" + tries[i].rot + "deg)" : "";
        return;
      }
      t.style.display = "none";
    });
  }
  var pending = false;
  function schedule() {  // once per frame, after the features are drawn
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; place(); });
  }
  // corridorsredraw: a script that shows or hides features (the timeline) asks again
  map.on("zoomend moveend resize overlayadd overlayremove corridorsredraw", schedule);
  // the first pass after the first frame is painted: the features come first
  window.requestAnimationFrame(function () { window.setTimeout(schedule, 0); });
  map._corridorsLabels = {place: place, labels: labels};
}
