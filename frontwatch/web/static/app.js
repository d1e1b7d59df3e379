/* frontwatch situation map: state, the Leaflet map and its layers, the timeline, the date slider.
 *
 * Safe by construction: every piece of data from the API reaches the page through
 * document.createTextNode / textContent (the el() helper in panels.js); nothing here assigns
 * innerHTML, and Leaflet tooltips and popups are given DOM nodes, never HTML strings.
 */
"use strict";

const TYPE_COLOURS = {
  "Battles": "#d7301f",
  "Explosions/Remote violence": "#f08c00",
  "Violence against civilians": "#7b3294",
  "Protests": "#2c7bb6",
  "Riots": "#1a9641",
  "Strategic developments": "#5f5f5f",
};
const SIDE_COLOURS = {
  government: "#c0392b",
  opposition: "#2e8b57",
  kurdish: "#e0b000",
  jihadist: "#222222",
  coalition: "#1f5fa8",
  unknown: "#8c8c8c",
};
const CONTESTED_COLOUR = "#8e44ad";

const state = {
  meta: null,
  days: [],          // ISO dates covered by the slider
  dayIndex: 0,
  map: null,
  nbhLayer: null,    // neighbourhood polygons (GeoJSON layer), restyled per date
  nbhByName: new Map(),
  controlPoints: null,
  markers: null,
  flowsLayer: null,
  incidents: [],     // GeoJSON features
  control: new Map(),  // polygon_id -> control feature properties
  timeline: null,
  disputes: [],
  markerList: [],
  flowList: [],
  controlToken: 0,
};

/* ---------- map ---------- */

function initMap(meta) {
  const map = L.map("map", { preferCanvas: false, zoomSnap: 0.25 });
  state.map = map;
  if (meta.tile_url) {
    L.tileLayer(meta.tile_url, { maxZoom: 18, attribution: meta.tile_attribution || "" }).addTo(map);
  }
  map.createPane("flows");
  map.getPane("flows").style.zIndex = 450;
  map.createPane("incidents");  // markers above flows and polygons, so they stay clickable
  map.getPane("incidents").style.zIndex = 620;
  map.setView([36.2, 37.16], 12);
  return map;
}

function tooltipNode(...lines) {
  return el("div", { class: "tip" }, ...lines.map((line, i) => (i === 0 ? el("strong", { text: line }) : el("div", { text: line }))));
}

async function loadBaseLayers() {
  const [governorates, neighbourhoods] = await Promise.all([
    getJSON("api/geo/governorates"),
    getJSON("api/geo/neighbourhoods"),
  ]);
  L.geoJSON(governorates, {
    style: { color: "#7a7a7a", weight: 1, fillColor: "#f2efe9", fillOpacity: 0.6, className: "governorate" },
    onEachFeature: (feature, layer) => layer.bindTooltip(tooltipNode(feature.properties.name, feature.properties.name_ar || ""), { sticky: true }),
  }).addTo(state.map);
  state.nbhLayer = L.geoJSON(neighbourhoods, {
    style: (feature) => nbhStyle(feature),
    onEachFeature: (feature, layer) => {
      const id = feature.properties.polygon_id;
      layer.on("add", () => tagPath(layer, id));
      layer.bindTooltip(() => nbhTooltip(feature), { sticky: true });
    },
  }).addTo(state.map);
  state.nbhLayer.eachLayer((layer) => tagPath(layer, layer.feature.properties.polygon_id));
}

function tagPath(layer, polygonId) {
  const path = layer.getElement && layer.getElement();
  if (path) {
    path.classList.add("nbh");
    path.setAttribute("data-polygon-id", String(polygonId));
  }
}

function nbhStyle(feature) {
  const control = state.control.get(feature.properties.polygon_id);
  if (!control) {
    return { color: "#9a9a9a", weight: 0.6, fillColor: "#ffffff", fillOpacity: 0.25 };
  }
  const fill = control.contested ? CONTESTED_COLOUR : sideColour(control.side);
  return {
    color: control.contested ? CONTESTED_COLOUR : "#555555",
    weight: control.contested ? 2 : 0.8,
    dashArray: control.contested ? "4 3" : null,
    fillColor: fill,
    fillOpacity: 0.55,
  };
}

function nbhTooltip(feature) {
  const control = state.control.get(feature.properties.polygon_id);
  const lines = [feature.properties.name];
  if (control) {
    lines.push(`held by ${control.holder}${control.contested ? " (contested: " + control.contenders.join(", ") + ")" : ""}`);
    if (control.since) lines.push(`since ${control.since}`);
    if (control.sources && control.sources.length) lines.push(`per ${control.sources.join("; ")}`);
  } else {
    lines.push("no control claim on this date");
  }
  return tooltipNode(...lines);
}

/* ---------- control on the chosen date ---------- */

async function loadControl(date) {
  const token = ++state.controlToken;
  const collection = await getJSON(`api/control?date=${encodeURIComponent(date)}`);
  if (token !== state.controlToken) return;  // the slider moved on while this was loading
  state.control.clear();
  if (state.controlPoints) state.controlPoints.remove();
  state.controlPoints = L.layerGroup().addTo(state.map);
  for (const feature of collection.features) {
    const p = feature.properties;
    if (p.polygon_id !== null && p.polygon_id !== undefined) {
      state.control.set(p.polygon_id, p);
    } else if (feature.geometry && feature.geometry.type === "Point") {
      const [lon, lat] = feature.geometry.coordinates;
      const fill = p.contested ? CONTESTED_COLOUR : sideColour(p.side);
      L.circleMarker([lat, lon], { radius: 9, color: "#333", weight: 1, fillColor: fill, fillOpacity: 0.5, className: "control-point" })
        .bindTooltip(tooltipNode(p.place, `held by ${p.holder}`, p.contested ? "contested" : "", (p.sources || []).join("; ")))
        .addTo(state.controlPoints);
    }
  }
  state.nbhLayer.setStyle(nbhStyle);
  document.body.setAttribute("data-control-date", date);
}

/* ---------- incidents ---------- */

async function loadIncidents() {
  const features = [];
  const pageSize = Math.min(1000, state.meta.page_size_max);
  for (let offset = 0; offset < 20000; offset += pageSize) {
    const page = await getJSON(`api/events?limit=${pageSize}&offset=${offset}`);
    features.push(...page.features);
    if (page.features.length < pageSize) break;
  }
  state.incidents = features;
}

function buildMarkers() {
  // Made once; moving the slider only shows, hides and restyles them (thousands of markers stay fast).
  state.markers = L.layerGroup().addTo(state.map);
  state.markerList = [];
  for (const feature of state.incidents) {
    if (!feature.geometry) continue;
    const p = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], {
      radius: 6,
      color: p.disputed ? "#000000" : "#ffffff",
      weight: p.disputed ? 2.5 : 1.5,
      fillColor: typeColour(p.event_type),
      fillOpacity: 0.6,
      className: "incident-marker",
      pane: "incidents",
    });
    marker.bindTooltip(tooltipNode(`${p.event_date || "undated"} · ${p.sub_event_type || p.event_type}`, p.location || "", p.disputed ? "disputed figures" : ""));
    marker.on("click", () => openIncident(p.incident_id));
    marker.on("add", () => {
      const path = marker.getElement();
      if (path) {
        path.setAttribute("data-incident-id", p.incident_id);
        path.setAttribute("data-disputed", p.disputed ? "1" : "0");
        path.setAttribute("data-date", p.event_date || "");
      }
    });
    state.markerList.push({ p, marker, shown: false, today: null });
  }
  // Disputed figures that fusion tied to no incident still belong on the map, where their claims say.
  const onMap = new Set(state.incidents.filter((f) => f.geometry).map((f) => f.properties.incident_id));
  for (const dispute of state.disputes) {
    if (!dispute.coordinates || (dispute.incident_id && onMap.has(dispute.incident_id))) continue;
    const [lon, lat] = dispute.coordinates;
    const marker = L.circleMarker([lat, lon], {
      radius: 6, color: "#000000", weight: 2.5, dashArray: "3 2", fillColor: "#ffffff", fillOpacity: 0.9,
      className: "dispute-marker",
      pane: "incidents",
    });
    const figures = dispute.claims.map((c) => `${fmtNumber(c.value)} per ${c.source}`).join(" vs ");
    marker.bindTooltip(tooltipNode(`disputed ${dispute.kind}`, dispute.location, figures));
    marker.on("click", () => openDispute(dispute));
    marker.on("add", () => {
      const path = marker.getElement();
      if (path) {
        path.setAttribute("data-dispute-id", dispute.dispute_id);
        path.setAttribute("data-disputed", "1");
      }
    });
    state.markerList.push({ p: { event_date: dispute.date }, marker, shown: false, today: null });
  }
}

function drawIncidents() {
  const day = state.days[state.dayIndex];
  for (const item of state.markerList) {
    const visible = !(item.p.event_date && day && item.p.event_date > day);  // not yet happened on that day
    if (visible !== item.shown) {
      if (visible) item.marker.addTo(state.markers);
      else item.marker.remove();
      item.shown = visible;
    }
    const today = item.p.event_date === day;
    if (visible && today !== item.today) {
      item.marker.setRadius(today ? 9 : 6);
      item.marker.setStyle({ fillOpacity: today ? 0.95 : 0.6 });
      item.today = today;
    }
  }
}

async function loadFlows() {
  const data = await getJSON("api/flows");
  const panel = clear(document.getElementById("flows-panel"));
  panel.appendChild(el("h2", { text: `Displacement flows (${data.flows.length})` }));
  if (state.flowsLayer) state.flowsLayer.remove();
  state.flowsLayer = L.layerGroup().addTo(state.map);
  state.flowList = [];
  const largest = Math.max(1, ...data.flows.map((f) => f.count || 0));
  for (const flow of data.flows) {
    const label = `${flow.origin} → ${flow.destination}: ${fmtNumber(flow.count)} ${flow.unit || "people"}`;
    const sources = flow.claims.map((c) => `${fmtNumber(c.value)} per ${c.source}`);
    panel.appendChild(el("section", { class: "flow" },
      el("h3", { text: label }),
      el("div", { class: "side-by-side" }, flow.claims.map((c) => claimCard(c, flow.claims.length > 1)))));
    if (!flow.origin_coords || !flow.destination_coords) continue;
    if (flow.origin_coords[0] === flow.destination_coords[0] && flow.origin_coords[1] === flow.destination_coords[1]) continue;
    const from = [flow.origin_coords[1], flow.origin_coords[0]];
    const to = [flow.destination_coords[1], flow.destination_coords[0]];
    const weight = 2 + 8 * Math.sqrt((flow.count || 0) / largest);
    const group = L.featureGroup([
      L.polyline([from, to], { pane: "flows", color: "#1f5fa8", weight, opacity: 0.7, className: "flow-line" })
        .bindTooltip(tooltipNode(label, ...sources), { sticky: true }),
      L.circleMarker(to, { pane: "flows", radius: 4 + weight / 2, color: "#1f5fa8", fillColor: "#ffffff", fillOpacity: 1, weight: 2, className: "flow-head" })
        .bindTooltip(tooltipNode(label, ...sources)),
    ]);
    // a flow shows from the first day any of its sources reported it
    const first = flow.claims.map((c) => c.date || c.published).filter(Boolean).sort()[0] || null;
    state.flowList.push({ group, first, shown: false });
  }
  drawFlows();
}

function drawFlows() {
  const day = state.days[state.dayIndex];
  for (const item of state.flowList) {
    const visible = !(item.first && day && item.first > day);
    if (visible !== item.shown) {
      if (visible) item.group.addTo(state.flowsLayer);
      else item.group.remove();
      item.shown = visible;
    }
  }
}

/* ---------- timeline (plain SVG) ---------- */

const SVG_NS = "http://www.w3.org/2000/svg";

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function drawTimeline() {
  const box = clear(document.getElementById("timeline"));
  const data = state.timeline;
  if (!state.days.length) return;
  const width = box.clientWidth || 900;
  const height = 110;
  const pad = { left: 34, right: 10, top: 8, bottom: 22 };
  const perDay = new Map(data.days.map((d) => [d.date, d.counts]));
  const totals = state.days.map((day) => Object.values(perDay.get(day) || {}).reduce((a, b) => a + b, 0));
  const top = Math.max(1, ...totals);
  const step = (width - pad.left - pad.right) / state.days.length;
  const y = (n) => height - pad.bottom - (n / top) * (height - pad.top - pad.bottom);
  const chart = svg("svg", { width, height, role: "img", "aria-label": "incidents per day by type" });
  let lastLabel = -1000;
  chart.appendChild(svg("text", { x: 2, y: pad.top + 8, class: "axis" }, top));
  chart.appendChild(svg("text", { x: 2, y: height - pad.bottom, class: "axis" }, 0));
  state.days.forEach((day, i) => {
    let base = 0;
    const counts = perDay.get(day) || {};
    for (const type of data.types) {
      const n = counts[type] || 0;
      if (!n) continue;
      const rect = svg("rect", {
        x: pad.left + i * step + 1, y: y(base + n), width: Math.max(1, step - 2), height: y(base) - y(base + n),
        fill: typeColour(type), class: "bar", "data-date": day, "data-type": type,
      });
      rect.appendChild(svg("title", {}, `${day} · ${type}: ${n}`));
      rect.addEventListener("click", () => setDay(i));
      chart.appendChild(rect);
      base += n;
    }
    const x = pad.left + i * step;
    if ((i === 0 || day.endsWith("-01") || day.endsWith("-15")) && x - lastLabel > 80 && width - pad.right - x > 70) {
      chart.appendChild(svg("text", { x, y: height - 6, class: "axis" }, day));
      lastLabel = x;
    }
  });
  const cursorX = pad.left + (state.dayIndex + 0.5) * step;
  chart.appendChild(svg("line", { x1: cursorX, x2: cursorX, y1: pad.top, y2: height - pad.bottom, class: "cursor" }));
  box.appendChild(chart);
}

/* ---------- legend ---------- */

function drawLegend() {
  const legend = clear(document.getElementById("legend"));
  legend.appendChild(el("h4", { text: "Incidents (ACLED event type)" }));
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    legend.appendChild(el("div", { class: "row" }, el("span", { class: "dot", style: `background:${colour}` }), type));
  }
  legend.appendChild(el("div", { class: "row" }, el("span", { class: "dot ring" }), "disputed figures"));
  legend.appendChild(el("h4", { text: "Held by (on the chosen date)" }));
  for (const [side, colour] of Object.entries(SIDE_COLOURS)) {
    legend.appendChild(el("div", { class: "row" }, el("span", { class: "box", style: `background:${colour}` }), side));
  }
  legend.appendChild(el("div", { class: "row" }, el("span", { class: "box", style: `background:${CONTESTED_COLOUR}` }), "contested"));
  legend.appendChild(el("div", { class: "row" }, el("span", { class: "line" }), "displacement (origin → destination)"));
}

/* ---------- date ---------- */

function dayRange(first, last) {
  const out = [];
  const d = new Date(first + "T00:00:00Z");
  const end = new Date(last + "T00:00:00Z");
  while (d <= end && out.length < 3700) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

async function setDay(index) {
  state.dayIndex = index;
  const slider = document.getElementById("date-slider");
  slider.value = String(index);
  const day = state.days[index];
  document.getElementById("date-label").textContent = day;
  drawIncidents();
  drawFlows();
  drawTimeline();
  await loadControl(day);
}

async function main() {
  state.meta = await getJSON("api/meta");
  const meta = state.meta;
  initMap(meta);
  drawLegend();
  document.getElementById("summary").textContent =
    [[meta.incidents, "incident"], [meta.documents, "article"], [meta.disputes, "dispute"]]
      .map(([n, word]) => `${fmtNumber(n)} ${word}${n === 1 ? "" : "s"}`).join(" · ");
  for (const button of document.querySelectorAll("#tabs button")) {
    button.addEventListener("click", () => showTab(button.dataset.tab));
  }
  await loadBaseLayers();
  const [timeline, disputes] = await Promise.all([getJSON("api/timeline"), getJSON("api/disputes"), loadIncidents()]);
  state.timeline = timeline;
  state.disputes = disputes.disputes;
  buildMarkers();
  drawDisputes();
  state.days = meta.first_date && meta.last_date ? dayRange(meta.first_date, meta.last_date) : [];
  const slider = document.getElementById("date-slider");
  if (state.days.length) {
    slider.max = String(state.days.length - 1);
    slider.disabled = false;
    slider.addEventListener("input", () => setDay(Number(slider.value)));
  }
  if (meta.bounds) {
    state.map.fitBounds([[meta.bounds[1], meta.bounds[0]], [meta.bounds[3], meta.bounds[2]]], { padding: [30, 30], maxZoom: 13 });
  }
  await loadFlows();
  window.addEventListener("resize", drawTimeline);
  if (state.days.length) await setDay(state.days.length - 1);
  window.addEventListener("hashchange", followHash);
  await followHash();
  document.body.setAttribute("data-ready", "1");
}

/* Deep links: #incident=ID opens an incident, #doc=ID[&claim=ID] an article at a claim's evidence. */
async function followHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  if (params.get("incident")) await openIncident(params.get("incident"));
  else if (params.get("doc")) await openDocument(params.get("doc"), params.get("claim"));
}

main().catch((error) => {
  document.getElementById("summary").textContent = `could not load: ${error}`;
  console.error(error);
});
