/* Thousand Landscapes: progressive enhancement of <div class="map" data-map>.
 *
 * The page always carries a plain list of the same landscapes, so this script is optional:
 * if Leaflet did not load, or anything here fails, the empty div stays and takes no space (it
 * gets the class map--failed, which gives back the room map.css keeps for it where scripts run).
 *
 * Leaflet is not on the page at first: this script loads it when a map comes near the viewport
 * (IntersectionObserver), so that the first paint and a page whose map is further down never
 * wait for it. What to load is on this script's own element (templates/network/includes/
 * map_assets.html): data-styles and data-scripts, space-separated same-origin URLs, in order;
 * data-cluster-styles and data-cluster-scripts, the marker-cluster plugin, loaded only when a
 * map on the page has data-cluster. The map is drawn once the styles are there as well as the
 * scripts: Leaflet without its stylesheet lays tiles out across the page.
 *
 * Every word Leaflet itself would show in English is on this script's element too, in the
 * page's language (templates/network/includes/map_words.html): data-zoom-in and data-zoom-out,
 * the zoom buttons' names; data-close-popup, a popup's close button's; data-attribution-title,
 * the title of the credit Leaflet gives itself.
 *
 * Attributes read from the container:
 *   data-label        accessible name of the map region
 *   data-tile-url     tile URL template, {z}/{x}/{y}: the site's own basemap (network/basemap.py)
 *                     or a configured tile server; empty: the data on a plain background
 *   data-max-native-zoom  the deepest zoom the tile server draws; deeper, its tiles are enlarged
 *   data-attribution  plain text for the attribution control
 *   data-cluster      present: group nearby markers (the plugin is loaded for it)
 *   data-cluster-label  a group's accessible name, "{count}" standing for its number of markers
 *   data-geojson-id   id of a <script type="application/json"> holding a GeoJSON FeatureCollection
 *                     of Points (centres) and Polygons/MultiPolygons (boundaries), with the
 *                     properties name, url and status_label (optional), and lang and
 *                     language_name for a landscape in another language than the page's (one
 *                     not yet translated): its name is marked with its language
 *   data-geojson-url  instead of data-geojson-id: a same-origin URL answering such a collection
 *                     (the directory's map/ route), fetched once the map is drawn, so that a
 *                     thousand markers do not weigh on the page; the container gets the class
 *                     map--loaded when they are on the map
 *
 * Once a map is initialised its Leaflet map is on the container, container.leafletMap, and the
 * container dispatches a "map:ready" CustomEvent (bubbles, detail.map: the Leaflet map) for other
 * scripts such as story-map.js. A map that fails to initialise gets neither.
 */
(function () {
  "use strict";

  const containers = document.querySelectorAll("[data-map]");
  if (!containers.length) return;
  const self = document.currentScript;

  // Give back the room map.css keeps for maps where scripts run.
  function giveUp(error) {
    for (const container of containers) container.classList.add("map--failed");
    if (error && window.console) window.console.warn("map.js:", error);
  }

  function sameOriginUrls(list) {
    const urls = [];
    for (const item of (list || "").split(/\s+/)) {
      if (!item) continue;
      const url = new URL(item, window.location.href);
      if (url.origin === window.location.origin) urls.push(url.href);
    }
    return urls;
  }

  function loadStyle(url) {
    return new Promise((resolve, reject) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = url;
      link.onload = resolve;
      link.onerror = () => reject(new Error(`not loaded: ${url}`));
      document.head.appendChild(link);
    });
  }

  // Downloaded side by side, run in the order given (async = false): the cluster plugin
  // extends the L that leaflet.js defines.
  function loadScript(url) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.async = false;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`not loaded: ${url}`));
      document.head.appendChild(script);
    });
  }

  function loadLeaflet() {
    const data = (self && self.dataset) || {};
    const cluster = [...containers].some((container) => container.hasAttribute("data-cluster"));
    const styles = sameOriginUrls(data.styles).concat(cluster ? sameOriginUrls(data.clusterStyles) : []);
    const scripts = window.L ? [] : sameOriginUrls(data.scripts);
    if (cluster && !(window.L && window.L.markerClusterGroup)) scripts.push(...sameOriginUrls(data.clusterScripts));
    return Promise.all(styles.map(loadStyle).concat(scripts.map(loadScript)));
  }

  // Once any map is within a screen of the viewport; at once without IntersectionObserver.
  function whenNear(callback) {
    if (typeof window.IntersectionObserver !== "function") {
      callback();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      callback();
    }, { rootMargin: "100% 0px" });
    for (const container of containers) observer.observe(container);
  }

  whenNear(() => {
    loadLeaflet()
      .then(() => {
        if (!window.L || typeof window.L.map !== "function") throw new Error("Leaflet did not load");
        drawMaps(window.L);
      })
      .catch(giveUp);
  });

  function drawMaps(L) {
    const words = (self && self.dataset) || {};
    const WORLD = { center: [10, 0], zoom: 2 };
    const MAX_ZOOM = 18;
    // Room for a marker (25 x 41, anchored at its foot) beside the zoom buttons in the top left
    // corner: a marker under them could be neither seen nor pressed (WCAG 2.5.8 target size).
    const FIT_PADDING = { paddingTopLeft: [64, 48], paddingBottomRight: [24, 24] };
    const BOUNDARY_STYLE = { color: "#1f5f3a", weight: 2, fillColor: "#8bc34a", fillOpacity: 0.25 };

    // Only same-site or http(s) links: the URLs come from content, never let "javascript:" through.
    function safeUrl(url) {
      if (!url) return "";
      try {
        const parsed = new URL(url, window.location.href);
        return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "";
      } catch (error) {
        return "";
      }
    }

    // Names are user content: build DOM nodes with textContent, never HTML strings
    // (Leaflet inserts string content with innerHTML).
    function popupContent(props) {
      const box = document.createElement("div");
      const url = safeUrl(props.url);
      const title = document.createElement(url ? "a" : "strong");
      title.textContent = props.name || "";
      if (url) title.href = url;
      box.appendChild(title);
      if (props.lang) {
        title.lang = props.lang;
        if (url) title.hreflang = props.lang;
        const language = document.createElement("small");
        language.lang = props.lang;
        language.textContent = ` (${props.language_name || props.lang})`;
        box.appendChild(language);
      }
      if (props.status_label) {
        const status = document.createElement("p");
        status.className = "map__status";
        status.textContent = props.status_label;
        box.appendChild(status);
      }
      return box;
    }

    function readFeatures(id) {
      const source = id && document.getElementById(id);
      if (!source) return [];
      try {
        const data = JSON.parse(source.textContent);
        return Array.isArray(data.features) ? data.features : [];
      } catch (error) {
        return [];
      }
    }

    // A div icon styled by map.css rather than L.Icon.Default: Leaflet guesses the default
    // icon's folder from the file name "marker-icon.png", which fails once collectstatic has
    // hashed the names. The hidden label inside gives the focusable marker its accessible name.
    function markerIcon(name, lang) {
      const label = document.createElement("span");
      label.className = "visually-hidden";
      label.textContent = name;
      if (lang) label.lang = lang;
      return L.divIcon({
        className: "map__marker",
        html: label,
        iconSize: [25, 41],
        iconAnchor: [12, 41],
        popupAnchor: [1, -34],
        tooltipAnchor: [0, -41],
      });
    }

    // Leaflet opens a marker's popup on Enter but leaves focus on the marker, so a keyboard
    // user would have to tab past every other marker to reach the link: move focus into the
    // popup, and back to the marker when it closes.
    function focusPopupOnEnter(marker) {
      let fromKeyboard = false;
      marker.on("keypress", (event) => {
        if (event.originalEvent.key !== "Enter") return;
        const popup = marker.getPopup();
        const open = popup && popup.isOpen() && popup.getElement();
        const link = open && open.querySelector(".leaflet-popup-content a");
        if (link) {
          fromKeyboard = true;
          link.focus();
        }
      });
      marker.on("popupclose", (event) => {
        // The popup fades out before it leaves the DOM: focus may still be inside it.
        const element = marker.getElement();
        const popup = event.popup.getElement();
        const active = document.activeElement;
        const lost = !active || active === document.body || (popup && popup.contains(active));
        if (fromKeyboard && element && lost) element.focus();
        fromKeyboard = false;
      });
    }

    function pointMarker(feature) {
      const [lng, lat] = feature.geometry.coordinates || [];
      if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
      const props = feature.properties || {};
      const name = props.name || "";
      const marker = L.marker([lat, lng], { icon: markerIcon(name, props.lang), keyboard: true });
      marker.bindPopup(popupContent(props));
      if (name) {
        // Leaflet 1.9 opens tooltips on keyboard focus as well as on hover.
        const tip = document.createElement("span");
        tip.textContent = name;
        if (props.lang) tip.lang = props.lang;
        marker.bindTooltip(tip, { direction: "top" });
      }
      focusPopupOnEnter(marker);
      return marker;
    }

    // Leaflet inserts attribution strings with innerHTML: escape the plain text first.
    function escapeText(text) {
      const span = document.createElement("span");
      span.textContent = text;
      return span.innerHTML;
    }

    // Leaflet's own credit, with its title in the page's language.
    function attributionPrefix() {
      const holder = document.createElement("div");
      holder.innerHTML = L.Control.Attribution.prototype.options.prefix || "";
      const link = holder.querySelector("a");
      if (link) {
        if (words.attributionTitle) link.title = words.attributionTitle;
        else link.removeAttribute("title");
        link.hreflang = "en";
      }
      return holder.innerHTML;
    }

    // Leaflet names a popup's close button "Close popup" whatever the page's language.
    function nameCloseButton(popup) {
      const element = popup && popup.getElement();
      const button = element && element.querySelector(".leaflet-popup-close-button");
      if (!button || !words.closePopup) return;
      button.setAttribute("aria-label", words.closePopup);
      button.title = words.closePopup;
    }

    // The cluster plugin's icon (its classes and size, so that its stylesheet applies) with a
    // name: the plugin's own is the bare number.
    function clusterIcon(label) {
      const lang = document.documentElement.lang || undefined;
      return (cluster) => {
        const count = cluster.getChildCount();
        const size = count < 10 ? "small" : count < 100 ? "medium" : "large";
        const text = count.toLocaleString(lang);
        const box = document.createElement("div");
        const number = document.createElement("span");
        number.textContent = text;
        box.appendChild(number);
        if (label) {
          number.setAttribute("aria-hidden", "true");
          const name = document.createElement("span");
          name.className = "visually-hidden";
          name.textContent = label.split("{count}").join(text);
          box.appendChild(name);
        }
        return L.divIcon({ html: box, className: `marker-cluster marker-cluster-${size}`, iconSize: L.point(40, 40) });
      };
    }

    function fetchFeatures(url) {
      return fetch(url, { credentials: "same-origin", mode: "same-origin" })
        .then((response) => {
          if (!response.ok) throw new Error(`features ${response.status} ${response.statusText}`);
          return response.json();
        })
        .then((data) => (data && Array.isArray(data.features) ? data.features : []));
    }

    function drawBackground(map, container) {
      const attribution = escapeText(container.dataset.attribution || "");
      const tileUrl = container.dataset.tileUrl;
      if (tileUrl) {
        const maxNativeZoom = Number.parseInt(container.dataset.maxNativeZoom, 10);
        const options = { attribution, maxZoom: MAX_ZOOM };
        if (Number.isFinite(maxNativeZoom)) options.maxNativeZoom = maxNativeZoom;
        L.tileLayer(tileUrl, options).addTo(map);
      } else if (attribution) {
        map.attributionControl.addAttribution(attribution);
      }
    }

    function drawFeatures(map, features) {
      // The cluster plugin is optional: without it the markers are simply not grouped.
      const points = typeof L.markerClusterGroup === "function"
        ? L.markerClusterGroup({
          showCoverageOnHover: false,
          iconCreateFunction: clusterIcon(map.getContainer().dataset.clusterLabel),
        })
        : L.featureGroup();
      const boundaries = L.geoJSON(null, {
        style: BOUNDARY_STYLE,
        onEachFeature: (feature, layer) => {
          const props = feature.properties || {};
          if (safeUrl(props.url)) layer.bindPopup(popupContent(props));
        },
      });

      const latLngs = [];
      for (const feature of features) {
        if (!feature || !feature.geometry) continue;
        if (feature.geometry.type === "Point") {
          const marker = pointMarker(feature);
          if (marker) {
            points.addLayer(marker);
            latLngs.push(marker.getLatLng());
          }
        } else {
          // One malformed boundary must not cost the whole map.
          try {
            boundaries.addData(feature);
          } catch (error) {
            /* skipped: the plain list still has it */
          }
        }
      }

      // The view is set before the markers go on the map, and without animation: the cluster
      // plugin redraws its markers after a zoom (new elements, animated), so markers added
      // first would be replaced under the visitor's first click.
      const bounds = L.latLngBounds(latLngs);
      if (boundaries.getLayers().length) bounds.extend(boundaries.getBounds());
      if (bounds.isValid()) {
        // A single point (or several at one place) has no extent: stop at a regional view.
        // Otherwise cap at 12: landscapes are large, street level is never the useful view.
        const single = bounds.getNorthEast().equals(bounds.getSouthWest());
        const options = { maxZoom: single ? 9 : 12, animate: false };
        map.fitBounds(bounds, Object.assign(options, FIT_PADDING));
      } else {
        map.setView(WORLD.center, WORLD.zoom);
      }
      boundaries.addTo(map);
      points.addTo(map);
    }

    function init(container) {
      // The height comes with this class, and Leaflet needs a sized container to fit bounds.
      container.classList.add("map--ready");
      container.setAttribute("role", "region");
      if (container.dataset.label) container.setAttribute("aria-label", container.dataset.label);

      // scrollWheelZoom off so the page scrolls past the map; keyboard stays on (the default).
      // The zoom buttons are made here, with their names in the page's language.
      const map = L.map(container, { scrollWheelZoom: false, maxZoom: MAX_ZOOM, zoomControl: false });
      // Leaflet closes popups on Escape only while the map container itself has focus; after
      // focusPopupOnEnter focus is inside the popup, so listen on the whole container.
      container.addEventListener("keydown", (event) => {
        if (event.key === "Escape") map.closePopup();
      });
      try {
        L.control.zoom({ zoomInTitle: words.zoomIn || "+", zoomOutTitle: words.zoomOut || "\u2212" }).addTo(map);
        map.attributionControl.setPrefix(attributionPrefix());
        map.on("popupopen", (event) => nameCloseButton(event.popup));
        drawBackground(map, container);
        const url = safeUrl(container.dataset.geojsonUrl);
        if (!url) {
          drawFeatures(map, readFeatures(container.dataset.geojsonId));
          container.classList.add("map--loaded");
          return map;
        }
        map.setView(WORLD.center, WORLD.zoom);
        fetchFeatures(url)
          .then((features) => {
            drawFeatures(map, features);
            container.classList.add("map--loaded");
          })
          .catch((error) => {
            // The world stays drawn; the list on the page has every landscape.
            if (window.console) window.console.warn("map.js: landscapes not loaded:", error);
          });
      } catch (error) {
        map.remove();
        throw error;
      }
      return map;
    }

    for (const container of containers) {
      // Guard against a second run (e.g. the script included twice).
      if (container.classList.contains("map--ready")) continue;
      let map;
      try {
        map = init(container);
      } catch (error) {
        // Give the space back and leave nothing focusable: the plain list on the page does the job.
        for (const name of [...container.classList]) {
          if (name === "map--ready" || name.startsWith("leaflet-")) {
            container.classList.remove(name);
          }
        }
        for (const attribute of ["role", "aria-label", "tabindex", "style"]) {
          container.removeAttribute(attribute);
        }
        container.classList.add("map--failed");
        if (window.console) window.console.warn("map.js:", error);
        continue;
      }
      // Outside the try: a listener that throws must not cost the map (dispatchEvent reports
      // listener errors without rethrowing them anyway).
      container.leafletMap = map;
      container.dispatchEvent(new CustomEvent("map:ready", { bubbles: true, detail: { map } }));
    }
  }
})();
