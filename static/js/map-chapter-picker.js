/* Thousand Landscapes: a story map chapter's place and zoom picked on a map, in the Wagtail admin
 * (stories/blocks.py MapChapterBlock, its form templates/stories/blocks/map_chapter_form.html).
 *
 * Wagtail draws StreamField blocks in the browser (telepath): this script registers the
 * chapter's block definition, Wagtail's own StructBlock with the picker started on every chapter
 * it draws, those of the page as it loads and those an editor adds or duplicates later.
 *
 * The latitude, longitude and zoom fields stay the chapter's value, and the way in for a
 * keyboard: clicking the map or dragging the marker writes the latitude and longitude (and the
 * map's zoom), zooming the map writes the zoom, typing in the fields moves the marker and the
 * map. A second, still map previews what the story map shows at this chapter: its place in the
 * middle, at its zoom. The map is made when it is first seen (a collapsed chapter has no size).
 * Without Leaflet, or if anything here fails, the picker stays hidden and the fields are the
 * form, as they always were.
 *
 * Attributes read from <div data-chapter-picker> (its words in the admin's language):
 *   data-tile-url         tile URL template: the site's own basemap (network/basemap.py)
 *   data-max-native-zoom  the deepest zoom the tile server draws; deeper, its tiles are enlarged
 *   data-attribution      plain text for the attribution control
 *   data-zoom-in, data-zoom-out  the zoom buttons' names
 *   data-attribution-title  the title of the credit Leaflet gives itself (these three from
 *                         templates/network/includes/map_words.html)
 *   data-marker-label     the marker's tooltip
 * and from the preview's caption, data-placed and data-unplaced: what it says with and without
 * a place.
 *
 * No inline script and no eval: it runs under the admin's Content Security Policy.
 */
(function () {
  "use strict";

  const streamField = window.wagtailStreamField;
  if (!window.telepath || !streamField || !streamField.blocks) return;

  // The zoom field's range (stories/blocks.py): the picker's map stays within it, so that its
  // zoom is always one the field takes.
  const MIN_ZOOM = 2;
  const MAX_ZOOM = 16;
  const DEFAULT_ZOOM = 8;
  const WORLD = { center: [10, 0], zoom: MIN_ZOOM };
  const PRECISION = 5; // decimal places of a degree: about a metre
  // A place typed outside the map's view, or this close to its edges, brings the map to it.
  const EDGE = -0.1;

  // Leaflet's own credit, with its title in the admin's language.
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

  function number(input) {
    const text = input.value.trim();
    return text === "" ? NaN : Number(text);
  }

  function markerIcon(L) {
    return L.divIcon({ className: "chapter-picker__marker", iconSize: [25, 41], iconAnchor: [12, 41] });
  }

  function drawBackground(L, map, picker, withAttribution) {
    const attribution = withAttribution ? escapeText(picker.dataset.attribution || "") : "";
    if (picker.dataset.tileUrl) {
      const options = { attribution, maxZoom: MAX_ZOOM };
      const maxNativeZoom = Number.parseInt(picker.dataset.maxNativeZoom, 10);
      if (Number.isFinite(maxNativeZoom)) options.maxNativeZoom = maxNativeZoom;
      L.tileLayer(picker.dataset.tileUrl, options).addTo(map);
    } else if (attribution) {
      map.attributionControl.addAttribution(attribution);
    }
  }

  // Calls back once the element has a size: Leaflet cannot lay out a map that has none (a
  // chapter collapsed, or not yet in the page).
  function whenSized(element, callback) {
    const sized = () => element.offsetWidth > 0 && element.offsetHeight > 0;
    if (sized() || typeof ResizeObserver !== "function") {
      callback();
      return;
    }
    const observer = new ResizeObserver(() => {
      if (!sized()) return;
      observer.disconnect();
      callback();
    });
    observer.observe(element);
  }

  // The picker of one chapter. Returns a function that redraws it from the fields.
  function start(L, picker, fields) {
    const mapElement = picker.querySelector("[data-chapter-picker-map]");
    const previewElement = picker.querySelector("[data-chapter-picker-preview]");

    const map = L.map(mapElement, {
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      scrollWheelZoom: false, // the form scrolls past the map
      zoomControl: false,
    });
    const preview = L.map(previewElement, {
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      zoomControl: false,
      attributionControl: false, // the map beside it, on the same tiles, credits them
      dragging: false,
      touchZoom: false,
      doubleClickZoom: false,
      scrollWheelZoom: false,
      boxZoom: false,
      keyboard: false,
      zoomAnimation: false,
      fadeAnimation: false,
      markerZoomAnimation: false,
    });
    try {
      return setUp(L, picker, fields, map, preview);
    } catch (error) {
      map.remove();
      preview.remove();
      throw error;
    }
  }

  // Everything on the two maps, and the fields' listeners last: if anything before them fails,
  // the fields are left as they were.
  function setUp(L, picker, fields, map, preview) {
    const data = picker.dataset;
    const caption = picker.querySelector("[data-chapter-picker-caption]");
    L.control.zoom({ zoomInTitle: data.zoomIn || "+", zoomOutTitle: data.zoomOut || "-" }).addTo(map);
    map.attributionControl.setPrefix(attributionPrefix(L, data.attributionTitle));
    drawBackground(L, map, picker, true);
    drawBackground(L, preview, picker, false);

    let marker = null;
    let previewMarker = null;
    let quiet = false; // while this script itself moves the map or writes the fields

    function quietly(action) {
      quiet = true;
      try {
        action();
      } finally {
        quiet = false;
      }
    }

    // What the fields hold, when it is a place and a zoom the chapter accepts.
    function typedPlace() {
      const lat = number(fields.latitude);
      const lng = number(fields.longitude);
      if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        return null;
      }
      return L.latLng(lat, lng);
    }
    function typedZoom() {
      const zoom = number(fields.zoom);
      return Number.isInteger(zoom) && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM ? zoom : null;
    }

    // Told as if typed, so that the admin's "unsaved changes" warning knows of it.
    function write(input, value) {
      const text = String(value);
      if (input.value === text) return;
      input.value = text;
      quietly(() => {
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
    }

    function showPreview() {
      const place = typedPlace();
      if (caption) {
        caption.textContent = (place ? caption.dataset.placed : caption.dataset.unplaced) || caption.textContent;
      }
      if (!place) {
        if (previewMarker) previewMarker.remove();
        previewMarker = null;
        preview.setView(WORLD.center, WORLD.zoom, { animate: false });
        return;
      }
      preview.setView(place, typedZoom() || DEFAULT_ZOOM, { animate: false });
      if (previewMarker) {
        previewMarker.setLatLng(place);
      } else {
        previewMarker = L.marker(place, { icon: markerIcon(L), interactive: false, keyboard: false }).addTo(preview);
      }
    }

    function placeMarker(latlng) {
      if (marker) {
        marker.setLatLng(latlng);
        return;
      }
      marker = L.marker(latlng, {
        icon: markerIcon(L),
        draggable: true,
        keyboard: false, // dragging is for a pointer; the fields are the keyboard's way
        title: data.markerLabel || "",
        autoPan: true,
      }).addTo(map);
      marker.on("dragend", () => placedOnMap(marker.getLatLng()));
    }

    // Map to fields: the place (on the map's own world, whichever copy was clicked) and the zoom.
    function placedOnMap(latlng) {
      const place = latlng.wrap();
      write(fields.latitude, Number(place.lat.toFixed(PRECISION)));
      write(fields.longitude, Number(place.lng.toFixed(PRECISION)));
      write(fields.zoom, map.getZoom());
      showPreview();
    }

    map.on("click", (event) => {
      placeMarker(event.latlng);
      placedOnMap(event.latlng);
    });
    map.on("zoomend", () => {
      if (quiet || !marker) return; // before a place is chosen, zooming only looks around
      write(fields.zoom, map.getZoom());
      showPreview();
    });

    // Fields to map: the marker moves to a typed place, and the map follows it when it would
    // leave the view or when the zoom changes; nothing moves while the text is no place yet.
    function typed() {
      if (quiet) return;
      const place = typedPlace();
      const zoom = typedZoom() || map.getZoom();
      quietly(() => {
        if (place) {
          placeMarker(place);
          const inView = map.getBounds().pad(EDGE).contains(place);
          if (!inView || zoom !== map.getZoom()) map.setView(place, zoom, { animate: false });
        } else if (zoom !== map.getZoom()) {
          map.setZoom(zoom, { animate: false });
        }
      });
      showPreview();
    }

    // The opening view: the chapter's place at its zoom, else the world.
    const place = typedPlace();
    quietly(() => {
      if (place) {
        placeMarker(place);
        map.setView(place, typedZoom() || DEFAULT_ZOOM, { animate: false });
      } else {
        map.setView(WORLD.center, WORLD.zoom, { animate: false });
      }
    });
    showPreview();

    if (typeof ResizeObserver === "function") {
      const resized = new ResizeObserver(() => {
        map.invalidateSize({ pan: false });
        preview.invalidateSize({ pan: false });
        if (previewMarker) preview.setView(previewMarker.getLatLng(), preview.getZoom(), { animate: false });
      });
      resized.observe(map.getContainer());
      resized.observe(preview.getContainer());
    }

    for (const input of [fields.latitude, fields.longitude, fields.zoom]) {
      input.addEventListener("input", typed);
      input.addEventListener("change", typed);
    }

    // After Wagtail sets the fields itself (setState): the marker and the map where they say.
    return function refresh() {
      if (marker && !typedPlace()) {
        marker.remove();
        marker = null;
      }
      typed();
    };
  }

  function attach(block, prefix) {
    const root = block.container && block.container[0];
    const picker = root && root.querySelector("[data-chapter-picker]");
    const L = window.L;
    if (!picker || !L || typeof L.map !== "function") return null; // the fields alone
    const field = (name) => root.querySelector(`[name="${prefix}-${name}"]`);
    const fields = { latitude: field("latitude"), longitude: field("longitude"), zoom: field("zoom") };
    if (!fields.latitude || !fields.longitude || !fields.zoom) return null;

    let refresh = null;
    picker.hidden = false;
    whenSized(picker.querySelector("[data-chapter-picker-map]"), () => {
      try {
        refresh = start(L, picker, fields);
      } catch (error) {
        picker.hidden = true; // back to the fields alone
        if (window.console) window.console.warn("map-chapter-picker.js:", error);
      }
    });
    return () => {
      if (refresh) refresh();
    };
  }

  // The form template writes the labels; Wagtail gives each field's id only once it is drawn.
  function labelFields(block) {
    const root = block.container && block.container[0];
    if (!root) return;
    for (const wrapper of root.querySelectorAll("[data-chapter-field]")) {
      const child = block.childBlocks[wrapper.dataset.chapterField];
      const label = wrapper.querySelector(":scope > label");
      if (child && child.idForLabel && label) label.setAttribute("for", child.idForLabel);
    }
  }

  class MapChapterBlockDefinition extends streamField.blocks.StructBlockDefinition {
    render(placeholder, prefix, initialState, initialError) {
      const block = super.render(placeholder, prefix, initialState, initialError);
      try {
        labelFields(block);
        const refresh = attach(block, prefix);
        if (refresh) {
          const setState = block.setState.bind(block);
          block.setState = (state) => {
            setState(state);
            refresh();
          };
        }
      } catch (error) {
        // The chapter's fields are drawn whatever happens to the map.
        if (window.console) window.console.warn("map-chapter-picker.js:", error);
      }
      return block;
    }
  }

  window.telepath.register("stories.blocks.MapChapterBlock", MapChapterBlockDefinition);
})();
