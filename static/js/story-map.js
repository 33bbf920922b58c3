/* Thousand Landscapes: the story map of a landscape story, on top of js/map.js.
 *
 * Markup (templates/stories/story_page.html and stories/blocks/map_chapter.html):
 *
 *   <div class="story-map" data-story-map>
 *     <div class="map story-map__map" data-map …></div>    initialised by map.js
 *     … story blocks …
 *     <section class="map-chapter" data-chapter data-latitude data-longitude data-zoom>…</section>
 *     …
 *   </div>
 *
 * Without JavaScript, IntersectionObserver or Leaflet, or if map.js could not draw the map, the
 * story stays a plain column of chapters with their place names, and this script does nothing.
 * Otherwise, once the map is ready (map.js sets element.leafletMap and dispatches "map:ready"),
 * it adds .story-map--ready (map.css then lays the story out with the map sticky beside or above
 * the text) and follows the reading: the last chapter whose top has passed the middle of the
 * viewport becomes the current one (worked out on every scroll, and whenever a block of the
 * story crosses a band from 40% to 50% of the viewport's height); the map flies to its place (no
 * animation with prefers-reduced-motion: reduce), the chapter gets aria-current="step" and
 * .is-active, and its marker .map__marker--active. Before the first chapter the map shows all
 * the places. Focus and scrolling are never touched.
 */
(function () {
  "use strict";

  // Leaflet is not there yet: map.js loads it when the map comes near the viewport, before it
  // dispatches "map:ready"; begin() below takes it then.
  let L = null;
  if (typeof window.IntersectionObserver !== "function") return;

  const READY = "story-map--ready";
  const ACTIVE = "is-active";
  const MARKER_ACTIVE = "map__marker--active";
  // The band where a chapter becomes the current one, and its lower edge as a fraction of the
  // viewport height: a chapter is current from the moment its top passes that line until the
  // next chapter's top does (blocks between two chapters belong to the one above them).
  const ROOT_MARGIN = "-40% 0px -50% 0px";
  const LINE = 0.5;
  const DEFAULT_ZOOM = 8;
  const FLY_SECONDS = 1.5;
  // map.js fits a single place at 9 at most and several at 12: the same here for the overview.
  // The same room beside the zoom buttons as map.js leaves (FIT_PADDING there).
  const PADDING = { paddingTopLeft: [64, 48], paddingBottomRight: [24, 24] };
  const OVERVIEW = Object.assign({ maxZoom: 12 }, PADDING);
  const OVERVIEW_SINGLE = Object.assign({ maxZoom: 9 }, PADDING);

  const reducedMotion = typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-reduced-motion: reduce)")
    : null;

  function animationWanted() {
    return !(reducedMotion && reducedMotion.matches);
  }

  // A chapter's place and zoom from its data attributes; null if it has no usable place.
  function chapterView(section) {
    const lat = parseFloat(section.dataset.latitude);
    const lng = parseFloat(section.dataset.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      return null;
    }
    const zoom = parseInt(section.dataset.zoom, 10);
    return { latlng: L.latLng(lat, lng), zoom: Number.isFinite(zoom) ? zoom : DEFAULT_ZOOM };
  }

  // The point markers map.js drew, with or without the cluster plugin. The clusters' own icons
  // (L.MarkerCluster is a kind of L.Marker) are left out.
  function pointMarkers(map) {
    const found = new Set();
    const isCluster = (layer) => typeof layer.getAllChildMarkers === "function";
    map.eachLayer((layer) => {
      if (isCluster(layer)) return;
      if (L.MarkerClusterGroup && layer instanceof L.MarkerClusterGroup) {
        layer.eachLayer((child) => {
          if (child instanceof L.Marker && !isCluster(child)) found.add(child);
        });
      } else if (layer instanceof L.Marker) {
        found.add(layer);
      }
    });
    return Array.from(found);
  }

  function markersAt(markers, latlng) {
    return markers.filter((marker) => {
      const at = marker.getLatLng();
      return Math.abs(at.lat - latlng.lat) < 1e-5 && Math.abs(at.lng - latlng.lng) < 1e-5;
    });
  }

  // map.js gives every marker its own div icon: its class is kept in the icon's options as well
  // as on the element, so the highlight survives the marker leaving and re-entering the map
  // (clustering, zooming), which rebuilds the element from the options.
  function highlight(marker, on) {
    const icon = marker.options.icon;
    if (icon && icon.options) {
      const names = (icon.options.className || "").split(/\s+/).filter((name) => name && name !== MARKER_ACTIVE);
      if (on) names.push(MARKER_ACTIVE);
      icon.options.className = names.join(" ");
    }
    const element = marker.getElement();
    if (element) element.classList.toggle(MARKER_ACTIVE, on);
    marker.setZIndexOffset(on ? 1000 : 0);
  }

  function start(root, mapElement, map) {
    if (root.classList.contains(READY)) return; // a second run (the script included twice)
    const chapters = Array.from(root.querySelectorAll("[data-chapter]"));
    if (!chapters.length) return;

    const views = new Map(chapters.map((section) => [section, chapterView(section)]));
    const places = chapters.map((section) => views.get(section)).filter(Boolean).map((view) => view.latlng);
    const overview = places.length ? L.latLngBounds(places) : null;
    const markers = pointMarkers(map);

    // Layout: map.css places the map in its own grid column spanning every row of the story.
    root.style.setProperty("--story-map-rows", String(root.children.length));
    root.classList.add(READY);
    // Leaflet made the (then static) container position: relative inline, which would beat
    // the position: sticky that map.css now gives it. Keep relative if the sticky did not come.
    if (mapElement.style.position === "relative") {
      mapElement.style.position = "";
      if (window.getComputedStyle(mapElement).position === "static") mapElement.style.position = "relative";
    }
    map.invalidateSize({ pan: false });

    function showOverview(animate) {
      if (!overview) return;
      const single = overview.getNorthEast().equals(overview.getSouthWest());
      const options = single ? OVERVIEW_SINGLE : OVERVIEW;
      if (animate && animationWanted()) {
        map.flyToBounds(overview, Object.assign({ duration: FLY_SECONDS }, options));
      } else {
        map.fitBounds(overview, Object.assign({ animate: false }, options));
      }
    }

    function showChapter(view, animate) {
      if (animate && animationWanted()) {
        map.flyTo(view.latlng, view.zoom, { duration: FLY_SECONDS });
      } else {
        map.setView(view.latlng, view.zoom, { animate: false });
      }
    }

    let active = null;
    let moved = false; // the first move, on load, is never animated

    function activate(chapter) {
      if (chapter === active) return;
      if (active) {
        active.classList.remove(ACTIVE);
        active.removeAttribute("aria-current");
        const before = views.get(active);
        if (before) markersAt(markers, before.latlng).forEach((marker) => highlight(marker, false));
      }
      active = chapter;
      const view = chapter && views.get(chapter);
      if (chapter) {
        chapter.classList.add(ACTIVE);
        chapter.setAttribute("aria-current", "step");
      }
      if (view) {
        markersAt(markers, view.latlng).forEach((marker) => highlight(marker, true));
        showChapter(view, moved);
      } else if (!chapter) {
        showOverview(moved);
      } // a chapter without a usable place leaves the map where it is
      moved = true;
    }

    // The current chapter: the last one whose top has passed the band's lower edge, read from
    // the layout, so that a jump that skips chapters altogether still ends on the right one.
    function update() {
      const line = window.innerHeight * LINE;
      let current = null;
      for (const section of chapters) {
        const box = section.getBoundingClientRect();
        if ((box.width || box.height) && box.top <= line) current = section;
      }
      activate(current);
    }

    // Worked out again once a frame at most, whenever the page scrolls or its layout moves.
    let scheduled = false;
    function schedule() {
      if (scheduled) return;
      scheduled = true;
      window.requestAnimationFrame(() => {
        scheduled = false;
        update();
      });
    }

    // Every scroll, since a jump (anchor link, Home/End, a search in the page) can cross the line
    // without any block of the story being in the band before or after it: from the top of the
    // page to a short last chapter, say. And every block of the story is watched entering or
    // leaving the band, for what moves without a scroll (an image above loading, a resize).
    const observer = new IntersectionObserver(schedule, { rootMargin: ROOT_MARGIN, threshold: 0 });
    const watched = new Set(chapters);
    for (const child of root.children) {
      if (child !== mapElement && !child.matches("script, template, style")) watched.add(child);
    }
    // Until the observer's first report (right after this): the overview, without animation.
    // Nothing listens before it is drawn: should it fail, undo() leaves a plain column.
    showOverview(false);
    window.addEventListener("scroll", schedule, { passive: true });
    watched.forEach((element) => observer.observe(element));
  }

  // If start() failed half-way: back to the plain column, with the map as map.js left it.
  function undo(root, mapElement, map) {
    root.classList.remove(READY);
    root.style.removeProperty("--story-map-rows");
    if (!root.getAttribute("style")) root.removeAttribute("style");
    if (window.getComputedStyle(mapElement).position === "static") mapElement.style.position = "relative";
    map.invalidateSize({ pan: false });
  }

  for (const root of document.querySelectorAll("[data-story-map]")) {
    const mapElement = root.querySelector("[data-map]");
    if (!mapElement) continue;
    const begin = (map) => {
      L = window.L;
      try {
        start(root, mapElement, map);
      } catch (error) {
        if (window.console) window.console.warn("story-map.js:", error);
        try {
          undo(root, mapElement, map);
        } catch (ignored) {
          /* nothing more to do: the chapters are still there to read */
        }
      }
    };
    if (mapElement.leafletMap) {
      begin(mapElement.leafletMap);
    } else {
      // map.js normally runs first (both deferred, map.js earlier); this covers the other order.
      mapElement.addEventListener("map:ready", (event) => begin(event.detail && event.detail.map || mapElement.leafletMap), { once: true });
    }
  }
})();
