/* Thousand Landscapes: a landscape's boundary drawn on a map (network/widgets.py).
 *
 * Progressive enhancement of <div data-boundary-editor>, which holds the boundary's GeoJSON
 * textarea (the form field itself) inside <details data-boundary-source>, and a hidden map area.
 * With Leaflet and Leaflet-Geoman loaded, this script shows the map area, draws the boundary in
 * the textarea, and writes every change on the map back into the textarea: a Polygon for one
 * part, a MultiPolygon for several, nothing when every part is removed. Text pasted into the
 * textarea redraws the map when it is a Polygon or MultiPolygon (or a Feature or
 * FeatureCollection of them). If anything fails, the textarea stays as it was: the form works
 * without the map.
 *
 * Attributes read from the container (the same as js/map.js for the background):
 *   data-tile-url         tile URL template: the site's own basemap or a configured tile server
 *   data-max-native-zoom  the deepest zoom the tile server draws; deeper, its tiles are enlarged
 *   data-attribution      plain text for the attribution control
 *   data-centre           "latitude,longitude" to open on when nothing is drawn (a pin)
 *   data-message-invalid  said when the textarea holds text the map cannot draw
 *   data-message-parts    said before the number of parts after each change
 *   data-zoom-in, data-zoom-out, data-attribution-title  Leaflet's own words in the page's
 *                         language (templates/network/includes/map_words.html); Geoman's
 *                         toolbar speaks it from Geoman's own translations
 *
 * No inline script and no eval: it runs under the site's Content Security Policy, the
 * admin's included.
 */
(function () {
  "use strict";

  const WORLD = { center: [10, 0], zoom: 2 };
  // Where a pin marks the landscape: a view of its surroundings, some tens of kilometres across.
  const PIN_ZOOM = 9;
  const MAX_ZOOM = 18;
  const FIT = { maxZoom: 12, padding: [24, 24] };
  const BOUNDARY_STYLE = { color: "#1f5f3a", weight: 2, fillColor: "#8bc34a", fillOpacity: 0.25 };
  const PRECISION = 6; // decimal places of a degree: about 10 cm, far below any survey

  function ready(callback) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", callback);
    } else {
      callback();
    }
  }

  // Geoman's language from the page's. Portuguese on this site is Brazilian Portuguese;
  // Geoman resolves the others ("es", "fr-CA"…) itself and falls back to English.
  function geomanLanguage() {
    const lang = (document.documentElement.lang || "en").trim().toLowerCase();
    return lang === "pt" || lang.startsWith("pt-") || lang.startsWith("pt_") ? "pt_br" : lang;
  }

  // Leaflet's own credit, with its title in the page's language.
  function attributionPrefix(L, title) {
    const holder = document.createElement("div");
    holder.innerHTML = L.Control.Attribution.prototype.options.prefix || "";
    const link = holder.querySelector("a");
    if (link) {
      if (title) link.title = title;
      else link.removeAttribute("title");
      link.hreflang = "en";
    }
    return holder.innerHTML;
  }

  function escapeText(text) {
    const span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }

  // --- GeoJSON in and out -------------------------------------------------------------------

  function isPosition(position) {
    return Array.isArray(position) && position.length >= 2 &&
      Number.isFinite(position[0]) && Number.isFinite(position[1]);
  }

  function isPolygon(rings) {
    return Array.isArray(rings) && rings.length > 0 &&
      rings.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition));
  }

  // The polygons (each an array of rings of [longitude, latitude]) in a GeoJSON object, or
  // null when it holds anything the map cannot draw as a boundary.
  function polygonsOf(data) {
    if (!data || typeof data !== "object") return null;
    let parts;
    switch (data.type) {
      case "Polygon":
        parts = [data.coordinates];
        break;
      case "MultiPolygon":
        parts = data.coordinates;
        break;
      case "Feature":
        return polygonsOf(data.geometry);
      case "FeatureCollection":
      case "GeometryCollection": {
        const members = data.type === "FeatureCollection" ? data.features : data.geometries;
        if (!Array.isArray(members) || !members.length) return null;
        const all = members.map(polygonsOf);
        return all.every(Boolean) ? all.flat() : null;
      }
      default:
        return null;
    }
    return Array.isArray(parts) && parts.length && parts.every(isPolygon) ? parts : null;
  }

  // "" for an empty field, [] is then what is drawn; null for text the map cannot draw.
  function parseText(text) {
    if (!text.trim()) return [];
    try {
      return polygonsOf(JSON.parse(text));
    } catch (error) {
      return null;
    }
  }

  function boundaryText(polygons) {
    if (!polygons.length) return "";
    const geometry = polygons.length === 1
      ? { type: "Polygon", coordinates: polygons[0] }
      : { type: "MultiPolygon", coordinates: polygons };
    return JSON.stringify(geometry);
  }

  // Every drawn layer as polygons: a cut can turn one layer into a MultiPolygon.
  function drawnPolygons(group) {
    const polygons = [];
    group.eachLayer((layer) => {
      if (!(layer instanceof window.L.Polygon)) return;
      const geometry = layer.toGeoJSON(PRECISION).geometry;
      const parts = geometry.type === "MultiPolygon" ? geometry.coordinates : [geometry.coordinates];
      for (const part of parts) {
        if (isPolygon(part)) polygons.push(part);
      }
    });
    return polygons;
  }

  // Geoman puts each tool's name in a title on the button's container, which leaves the
  // button itself (a link with role="button") without a name for assistive technology.
  function nameToolbarButtons(mapElement) {
    for (const container of mapElement.querySelectorAll(".button-container[title]")) {
      const button = container.querySelector(".leaflet-buttons-control-button");
      if (button) button.setAttribute("aria-label", container.getAttribute("title"));
    }
  }

  // --- The map ------------------------------------------------------------------------------

  function drawBackground(L, map, editor) {
    const attribution = escapeText(editor.dataset.attribution || "");
    if (editor.dataset.tileUrl) {
      const maxNativeZoom = Number.parseInt(editor.dataset.maxNativeZoom, 10);
      const options = { attribution, maxZoom: MAX_ZOOM };
      if (Number.isFinite(maxNativeZoom)) options.maxNativeZoom = maxNativeZoom;
      L.tileLayer(editor.dataset.tileUrl, options).addTo(map);
    } else if (attribution) {
      map.attributionControl.addAttribution(attribution);
    }
  }

  function init(L, editor) {
    const textarea = editor.querySelector("textarea");
    const source = editor.querySelector("[data-boundary-source]");
    const area = editor.querySelector("[data-boundary-map-area]");
    const mapElement = editor.querySelector("[data-boundary-map]");
    const status = editor.querySelector("[data-boundary-status]");
    if (!textarea || !area || !mapElement) return;

    // Shown before the map is made: Leaflet needs a sized container.
    area.hidden = false;
    // The zoom buttons are made below, with their names in the page's language.
    const map = L.map(mapElement, { scrollWheelZoom: false, maxZoom: MAX_ZOOM, zoomControl: false });
    const centre = (editor.dataset.centre || "").split(",").map(Number);
    if (centre.length === 2 && centre.every(Number.isFinite)) {
      map.setView(centre, PIN_ZOOM);
    } else {
      map.setView(WORLD.center, WORLD.zoom);
    }
    try {
      const words = editor.dataset;
      L.control.zoom({ zoomInTitle: words.zoomIn || "+", zoomOutTitle: words.zoomOut || "\u2212" }).addTo(map);
      map.attributionControl.setPrefix(attributionPrefix(L, words.attributionTitle));
      drawBackground(L, map, editor);
      map.pm.setLang(geomanLanguage());
      const drawn = L.featureGroup().addTo(map);
      map.pm.setGlobalOptions({
        layerGroup: drawn, // what Geoman draws, and what a cut leaves, lands here
        pathOptions: BOUNDARY_STYLE,
        allowSelfIntersection: false, // a self-intersecting boundary is refused on save
      });
      map.pm.addControls({
        position: "topleft",
        drawMarker: false,
        drawCircleMarker: false,
        drawPolyline: false,
        drawCircle: false,
        drawText: false,
        rotateMode: false,
        drawPolygon: true,
        drawRectangle: true,
        editMode: true,
        dragMode: true,
        cutPolygon: true,
        removalMode: true,
      });
      nameToolbarButtons(mapElement);

      let written = textarea.value;
      let redrawing = false;

      function say(message) {
        if (status) status.textContent = message;
      }

      function redraw(polygons) {
        redrawing = true;
        drawn.clearLayers();
        for (const rings of polygons) {
          const latlngs = rings.map((ring) => ring.map(([lng, lat]) => [lat, lng]));
          L.polygon(latlngs, BOUNDARY_STYLE).addTo(drawn);
        }
        redrawing = false;
        if (polygons.length) map.fitBounds(drawn.getBounds(), FIT);
      }

      // Map to textarea: on every change, and only when the text would change.
      let pending = false;
      function write() {
        pending = false;
        const polygons = drawnPolygons(drawn);
        const text = boundaryText(polygons);
        if (text === textarea.value) return;
        textarea.value = written = text;
        // Told as if typed, so that the admin's "unsaved changes" warning knows of it.
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
        textarea.dispatchEvent(new Event("change", { bubbles: true }));
        say(`${editor.dataset.messageParts || ""} ${polygons.length}`.trim());
      }
      function schedule() {
        if (redrawing || pending) return;
        pending = true;
        window.setTimeout(write, 0); // one write for the several events of one change
      }
      // Geoman fires its layer events on the groups that hold the layer too.
      drawn.on("layeradd layerremove pm:edit pm:update pm:dragend pm:cut", schedule);

      // Textarea to map: what a power user pastes or types.
      function read() {
        if (textarea.value === written) return;
        written = textarea.value;
        const polygons = parseText(textarea.value);
        if (polygons === null) {
          say(editor.dataset.messageInvalid || "");
          return;
        }
        say("");
        redraw(polygons);
      }
      let typing;
      textarea.addEventListener("input", () => {
        window.clearTimeout(typing);
        typing = window.setTimeout(read, 400);
      });
      textarea.addEventListener("change", read);

      const initial = parseText(textarea.value);
      if (initial === null) {
        // Text the map cannot draw (a form back with an error): leave it open, as typed.
        say(editor.dataset.messageInvalid || "");
      } else {
        redraw(initial);
        if (source) source.open = false;
      }

      // The map may first be laid out in a collapsed panel, or the window resized.
      if (typeof ResizeObserver === "function") {
        new ResizeObserver(() => map.invalidateSize()).observe(mapElement);
      }
    } catch (error) {
      map.remove();
      throw error;
    }
    editor.classList.add("boundary-editor--ready");
  }

  ready(() => {
    const L = window.L;
    const editors = document.querySelectorAll("[data-boundary-editor]");
    if (!L || typeof L.map !== "function" || !L.PM) return; // the textarea stays the field
    for (const editor of editors) {
      if (editor.classList.contains("boundary-editor--ready")) continue; // included twice
      try {
        init(L, editor);
      } catch (error) {
        // Back to the plain textarea.
        const area = editor.querySelector("[data-boundary-map-area]");
        const source = editor.querySelector("[data-boundary-source]");
        if (area) area.hidden = true;
        if (source) source.open = true;
        if (window.console) window.console.warn("boundary-editor.js:", error);
      }
    }
  });
})();
