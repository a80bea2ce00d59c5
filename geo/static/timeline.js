(function () {
  "use strict";
  // The timeline of a links map (geo/timeline.py): each step redraws every link as it stood
  // on the day of one event. Text from the data is set with textContent, never parsed.
  var map = __MAP__;
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var events = data.events;
  if (!events.length) { return; }
  var byClass = {};
  map.eachLayer(function (layer) {
    var names = (layer.options && layer.options.className) || "";
    names.split(/\s+/).forEach(function (c) {
      if (data.links[c]) { (byClass[c] = byClass[c] || []).push(layer); }
    });
  });
  var step = data.start;

  function statusOn(cls, day) {
    var status = null;
    data.links[cls].forEach(function (e) { if (e[0] <= day) { status = e[1]; } });
    return status;
  }

  function restyle(layer, status) {
    var el = layer.getElement ? layer.getElement() : null;
    if (el) { el.style.display = status ? "" : "none"; }
    if (!status) { return; }
    // statuses without a style of their own (suspended) are drawn as planned, as on the map
    var drawn = Object.prototype.hasOwnProperty.call(data.dash, status) ? status : "planned";
    var style = {dashArray: data.dash[drawn]};
    if (layer instanceof L.CircleMarker) {
      style.fillColor = drawn === "planned" ? "#ffffff" : layer.options.color;
      style.fillOpacity = drawn === "planned" ? 0.85 : data.fill[drawn];
    }
    layer.setStyle(style);
    if (el) {
      Array.prototype.slice.call(el.classList).forEach(function (c) {
        if (c.indexOf("status-") === 0) { el.classList.remove(c); }
      });
      el.classList.add("status-" + drawn.replace(/[^a-z0-9]+/g, "-"));
    }
  }

  // ------------------------------------------------------------------------ the panel
  var Panel = L.Control.extend({
    options: {position: "bottomright"},
    onAdd: function () {
      var box = L.DomUtil.create("div", "corridors-timeline");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    }
  });
  var box = new Panel().addTo(map).getContainer();
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", "Timeline of the links");
  function el(tag, cls, parent, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  el("div", "timeline-title", box, "Timeline");
  var bar = el("div", "timeline-bar", box);
  var back = el("button", "timeline-back", bar, "\u25C0");
  back.type = "button";
  back.setAttribute("aria-label", "Previous event");
  var date = el("output", "timeline-date", bar);
  date.setAttribute("aria-live", "polite");
  var next = el("button", "timeline-next", bar, "\u25B6");
  next.type = "button";
  next.setAttribute("aria-label", "Next event");
  var slider = el("input", "timeline-slider", box);
  slider.type = "range";
  slider.min = "0";
  slider.max = String(events.length - 1);
  slider.step = "1";
  slider.setAttribute("aria-label", "Event");
  var list = el("ol", "timeline-events", box);
  var items = events.map(function (e, i) {
    var li = el("li", "", list);
    li.dataset.step = String(i);
    el("span", "timeline-when", li, e.l);
    el("b", "", li, " " + e.n);
    el("span", "timeline-kind", li, " \u00B7 " + e.k + ": ");
    el("span", "", li, e.w);
    if (e.u && /^https?:\/\//.test(e.u)) {
      li.appendChild(document.createTextNode(" ["));
      var a = el("a", "", li, "source");
      a.href = e.u;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      li.appendChild(document.createTextNode("]"));
    }
    li.addEventListener("click", function (ev) {
      if (ev.target.tagName !== "A") { go(i); }
    });
    return li;
  });

  function go(i) {
    step = Math.max(0, Math.min(events.length - 1, i));
    var day = events[step].d;
    Object.keys(byClass).forEach(function (cls) {
      var status = statusOn(cls, day);
      byClass[cls].forEach(function (layer) { restyle(layer, status); });
    });
    items.forEach(function (li, j) {
      li.className = j < step ? "timeline-past" : (j === step ? "timeline-current" : "timeline-future");
    });
    var current = items[step];
    list.scrollTop = current.offsetTop - list.clientHeight / 2 + current.offsetHeight / 2;
    slider.value = String(step);
    date.textContent = "As of " + day;
    back.disabled = step === 0;
    next.disabled = step === events.length - 1;
    box.dataset.step = String(step);
    box.dataset.date = day;
    map.closePopup();
    map.fire("corridorsredraw");  // the labels keep off the markers this step shows
  }

  back.addEventListener("click", function () { go(step - 1); });
  next.addEventListener("click", function () { go(step + 1); });
  slider.addEventListener("input", function () { go(parseInt(slider.value, 10)); });
  // a popup opened at a step lists the link's history up to that day only
  map.on("popupopen", function (ev) {
    var root = ev.popup.getElement();
    if (!root) { return; }
    var day = events[step].d;
    root.querySelectorAll(".popup-history li[data-date]").forEach(function (li) {
      li.hidden = li.getAttribute("data-date") > day;
    });
  });
  go(step);
})();
