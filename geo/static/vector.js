// Draws the compact vector block of geo/vector.py: one JSON block, shared styles and texts.
function corridorsVector(map, groups, id) {
  "use strict";
  var data = JSON.parse(document.getElementById(id).textContent);
  function decode(str) {
    var out = [], index = 0, lat = 0, lng = 0, f = 1e4;
    while (index < str.length) {
      for (var k = 0; k < 2; k++) {
        var b, shift = 0, result = 0;
        do { b = str.charCodeAt(index++) - 63; result |= (b & 0x1f) << shift; shift += 5; }
        while (b >= 0x20);
        var d = (result & 1) ? ~(result >> 1) : (result >> 1);
        if (k === 0) { lat += d; } else { lng += d; }
      }
      out.push([lat / f, lng / f]);
    }
    return out;
  }
  var texts = data.texts;
  data.features.forEach(function (f) {
    var options = Object.assign({}, data.styles[f[3]]);
    if (f[4]) { options.className = f[4]; }
    var layer;
    if (f[1] === "c") {
      layer = L.circleMarker(f[2], options);
    } else {
      var parts = f[2].map(decode);
      if (f[1] === "l") {
        layer = L.polyline(parts.length === 1 ? parts[0] : parts, options);
      } else {
        options.fillRule = options.fillRule || "evenodd";
        layer = L.polygon(parts.length === 1 ? parts[0] : parts, options);
      }
    }
    if (f[5]) {
      var pieces = f[5];
      layer.bindPopup(function () {
        var box = document.createElement("div");
        box.innerHTML = pieces.map(function (i) { return texts[i]; }).join("\n");
        box.querySelectorAll('a[href^="http"]').forEach(function (a) {
          a.target = "_blank";
          a.rel = "noopener noreferrer";
        });
        return box;
      }, {maxWidth: 340});
    }
    if (f[6] >= 0) { layer.bindTooltip(texts[f[6]], {sticky: true}); }
    groups[f[0]].addLayer(layer);
  });
}
