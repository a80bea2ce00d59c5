(function () {
  "use strict";
  var map = __MAP__;
  // The panel took its share of the page after Leaflet measured the map: measure again
  // (or the vector layers stay clipped to the old size) and show the same area.
  var start = map.getBounds();
  map.invalidateSize({animate: false});
  if (map._corridorsFit) { map._corridorsFit(); } else { map.fitBounds(start, {animate: false}); }
  var panel = document.getElementById("story-panel");
  var data = JSON.parse(document.getElementById("story-data").textContent);
  var motion = window.matchMedia("(prefers-reduced-motion: reduce)");
  function reduced() { return motion.matches; }  // read at each use: the setting can change
  var narrow = window.matchMedia("(max-width: 700px)");
  var box = map.getContainer();
  var byClass = {};
  var groupOf = new Map();
  var seen = new Set();
  function index(layer, group) {
    if (seen.has(layer)) { return; }
    seen.add(layer);
    if (group) { groupOf.set(layer, group); }
    var names = (layer.options && layer.options.className) || "";
    names.split(/\s+/).forEach(function (c) {
      if (/^(place|link)-/.test(c)) { (byClass[c] = byClass[c] || []).push(layer); }
    });
  }
  map.eachLayer(function (layer) {
    if (layer instanceof L.LayerGroup) {
      layer.eachLayer(function (child) { index(child, layer); });
    }
  });
  map.eachLayer(function (layer) { index(layer, null); });

  function layersOf(key) {
    var target = data.targets[key];
    var out = [];
    (target ? target.classes : []).forEach(function (c) {
      (byClass[c] || []).forEach(function (l) { out.push(l); });
    });
    return out;
  }
  function isPoint(layer) { return layer instanceof L.CircleMarker || layer instanceof L.Marker; }

  var flights = 0;
  function show(key) {
    var layers = layersOf(key);
    if (!layers.length) { return; }
    layers.forEach(function (l) {
      var group = groupOf.get(l);
      if (group && !map.hasLayer(group)) { map.addLayer(group); }
    });
    var first = layers[0];
    var opened = false;
    var flight = ++flights;
    function open() {
      if (opened || flight !== flights) { return; }  // a later click took over
      opened = true;
      first.openPopup();
    }
    map.once("moveend", open);
    window.setTimeout(open, reduced() ? 50 : 1600);
    if (layers.length === 1 && isPoint(first)) {
      map.flyTo(first.getLatLng(), Math.min(Math.max(map.getZoom(), 10), 13),
                {animate: !reduced(), duration: 0.8});
      return;
    }
    var bounds = L.latLngBounds([]);
    layers.forEach(function (l) { bounds.extend(isPoint(l) ? l.getLatLng() : l.getBounds()); });
    // room above the feature for its popup, so opening it does not pan the feature away
    // and, on wide screens, beside the legend (bottom left)
    var room = Math.min(map.getSize().y * 0.5, 420);
    var legend = box.querySelector(".corridors-legend");
    var left = legend && !narrow.matches ? legend.offsetWidth + 20 : 28;
    map.fitBounds(bounds, {paddingTopLeft: [left, room], paddingBottomRight: [28, 28],
                           maxZoom: 11, animate: !reduced()});
  }

  var marks = Array.prototype.slice.call(panel.querySelectorAll("mark[data-target]"));
  var sentences = Array.prototype.slice.call(panel.querySelectorAll(".story-sentence"));
  function scrollTo(el) {
    var box = panel.getBoundingClientRect();
    var r = el.getBoundingClientRect();
    if (r.top >= box.top + 4 && r.bottom <= box.bottom - 4) { return; }
    panel.scrollTo({top: panel.scrollTop + r.top - box.top - box.height / 3,
                    behavior: reduced() ? "auto" : "smooth"});
  }
  function highlight(keys, sentenceIds, scroll) {
    var first = null;
    marks.forEach(function (m) {
      var on = keys.indexOf(m.getAttribute("data-target")) >= 0;
      m.classList.toggle("story-active", on);
      if (on && !first) { first = m; }
    });
    sentences.forEach(function (s) {
      var on = sentenceIds.indexOf(Number(s.getAttribute("data-sentence"))) >= 0;
      s.classList.toggle("story-active", on);
      if (on && !first) { first = s; }
    });
    if (scroll && first) { scrollTo(first); }
  }

  Object.keys(byClass).forEach(function (c) {
    var keys = Object.keys(data.targets).filter(function (k) {
      return data.targets[k].classes.indexOf(c) >= 0;
    });
    var sentence = data.sentences[c];
    byClass[c].forEach(function (layer) {
      layer.on("click", function () {
        highlight(keys, sentence === undefined ? [] : [sentence], true);
      });
    });
  });

  function activate(event) {
    var mark = event.target.closest && event.target.closest("mark[data-target]");
    if (!mark || !panel.contains(mark)) { return; }
    if (event.type === "keydown") {
      if (event.key !== "Enter" && event.key !== " ") { return; }
      event.preventDefault();
    }
    var key = mark.getAttribute("data-target");
    highlight([key], [], false);
    show(key);
  }
  panel.addEventListener("click", activate);
  panel.addEventListener("keydown", activate);

  // The layer control stays folded to its button, as on every other map: open, it took
  // 300 x 180 px of a map beside the panel (a third of it in a notebook cell) and pushed
  // the features into a corner. The legend folds itself.
  if (map._corridorsFit) { map._corridorsFit(); }  // fit beside the controls as now shown
})();
