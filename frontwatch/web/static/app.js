/* frontwatch situation map.
 *
 * Safe by construction: every piece of data from the API reaches the page through
 * document.createTextNode / textContent (the el() helper below); nothing here assigns
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

/* ---------- DOM helpers: text only ---------- */

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "style") node.style.cssText = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

function fmtNumber(value) {
  return value === null || value === undefined ? "?" : Number(value).toLocaleString("en-GB");
}

function sideColour(side) {
  return SIDE_COLOURS[side] || SIDE_COLOURS.unknown;
}

function typeColour(type) {
  return TYPE_COLOURS[type] || "#999999";
}

function showTab(id) {
  for (const button of document.querySelectorAll("#tabs button")) {
    button.classList.toggle("active", button.dataset.tab === id);
  }
  for (const panel of document.querySelectorAll("#side .panel")) {
    panel.classList.toggle("active", panel.id === id);
  }
}

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

function openDispute(dispute) {
  const panel = clear(document.getElementById("incident-panel"));
  showTab("incident-panel");
  const claimsById = new Map(dispute.claims.map((c) => [c.claim_id, c]));
  const docs = new Map(dispute.claims.map((c) => [c.doc_id, c]));
  panel.setAttribute("data-dispute-id", dispute.dispute_id);
  panel.appendChild(el("div", { class: "incident" },
    el("h2", { text: `Disputed figure: ${dispute.kind}` }),
    el("p", { class: "inc-meta", text: [dispute.location, dispute.date].filter(Boolean).join(" · ") }),
    disputeBlock(dispute, claimsById),
    dispute.incident_id ? el("button", { class: "link", text: "open incident", onclick: () => openIncident(dispute.incident_id) }) : null,
    el("h3", { text: "Documents" }),
    el("ul", { class: "docs" }, [...docs.values()].map((c) =>
      el("li", {}, el("button", { class: "link open-doc", text: c.title || c.doc_id, onclick: () => openDocument(c.doc_id, null) }),
        ` ${[c.outlet, c.published].filter(Boolean).join(", ")}`)))));
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

function claimCard(claim, disputed) {
  const figure = claim.value === null || claim.value === undefined ? "" : fmtNumber(claim.value);
  const head = claim.kind === "control"
    ? `${claim.holder || "?"} holds ${claim.place || "?"}`
    : [claim.qualifier, figure || claim.words, claim.unit && claim.unit !== "people" ? claim.unit : "", claim.subject, claim.kind].filter(Boolean).join(" ");
  const sourceLine = [claim.source, claim.source_type, claim.source_stance].filter(Boolean).join(" · ");
  return el("article", { class: disputed ? "claim-card disputed" : "claim-card", "data-claim-id": claim.claim_id },
    el("div", { class: "claim-figure", text: head || claim.kind }),
    (claim.place && claim.kind !== "control") || claim.origin || claim.destination
      ? el("div", { class: "claim-where", text: [claim.kind !== "control" && claim.place, claim.origin && `from ${claim.origin}`, claim.destination && `to ${claim.destination}`].filter(Boolean).join(" ") })
      : null,
    el("div", { class: "claim-source", text: `per ${sourceLine || "unknown source"}` }),
    claim.hedged ? el("div", { class: "claim-hedge", text: `hedged: ${claim.hedge || "yes"}` }) : null,
    el("blockquote", { class: "claim-quote", text: claim.quote || "" }),
    el("div", { class: "claim-doc" },
      el("span", { text: [claim.outlet, claim.published].filter(Boolean).join(", ") + " " }),
      claim.doc_id ? el("button", { class: "link open-doc", text: "read source", onclick: () => openDocument(claim.doc_id, claim.claim_id) }) : null));
}

function disputeBlock(dispute, claimsById) {
  const sides = dispute.claim_ids.map((id) => claimsById.get(id)).filter(Boolean);
  return el("section", { class: "dispute" },
    el("h3", { text: `Disputed ${dispute.kind}` }),
    dispute.note ? el("p", { class: "note", text: dispute.note }) : null,
    el("div", { class: "side-by-side" }, sides.map((claim) => claimCard(claim, true))));
}

async function openIncident(id) {
  const panel = clear(document.getElementById("incident-panel"));
  showTab("incident-panel");
  let data;
  try {
    data = await getJSON(`api/incidents/${encodeURIComponent(id)}`);
  } catch (error) {
    panel.appendChild(el("p", { class: "error", text: String(error) }));
    return;
  }
  const inc = data.incident;
  const claimsById = new Map(data.claims.map((c) => [c.claim_id, c]));
  const inDispute = new Set(data.disputes.flatMap((d) => d.claim_ids));
  const others = data.claims.filter((c) => !inDispute.has(c.claim_id));
  panel.setAttribute("data-incident-id", inc.incident_id);
  panel.appendChild(el("div", { class: "incident" },
    el("h2", { text: `${inc.sub_event_type || inc.event_type}` }),
    el("p", { class: "inc-meta" },
      el("span", { class: "swatch", style: `background:${typeColour(inc.event_type)}` }),
      ` ${inc.event_type} · ${inc.event_date || "undated"} · ${inc.location || "unknown place"}`),
    el("p", { class: "inc-actors", text: [inc.actor1, inc.actor2].filter(Boolean).join(" vs ") || "actors not named" }),
    inc.evidence ? el("blockquote", { class: "inc-evidence", text: inc.evidence }) : null,
    el("p", { class: "inc-fatalities", text: `fatalities (ACLED conservative): ${fmtNumber(inc.fatalities)}` +
      (inc.fatalities_high > inc.fatalities_low ? ` · range ${fmtNumber(inc.fatalities_low)}–${fmtNumber(inc.fatalities_high)}` : "") }),
    data.disputes.length ? el("div", { class: "disputes" }, data.disputes.map((d) => disputeBlock(d, claimsById))) : null,
    others.length ? el("h3", { text: data.disputes.length ? `Other claims (${others.length})` : `Claims (${others.length})` }) : null,
    el("div", { class: "claims" }, others.map((c) => claimCard(c, false))),
    el("h3", { text: "Documents" }),
    el("ul", { class: "docs" }, data.documents.map((d) =>
      el("li", {}, el("button", { class: "link open-doc", text: d.title || d.doc_id, onclick: () => openDocument(d.doc_id, null) }),
        ` ${[d.outlet, d.published].filter(Boolean).join(", ")}`)))));
}

/* ---------- the source article, evidence highlighted ---------- */

async function openDocument(docId, claimId) {
  const view = clear(document.getElementById("document-view"));
  showTab("document-view");
  let doc;
  try {
    doc = await getJSON(`api/documents/${encodeURIComponent(docId)}`);
  } catch (error) {
    view.appendChild(el("p", { class: "error", text: String(error) }));
    return;
  }
  view.setAttribute("data-doc-id", doc.doc_id);
  view.appendChild(el("header", {},
    el("h2", { class: "doc-title", text: doc.title || "(untitled)" }),
    el("p", { class: "doc-meta", text: [doc.outlet, doc.published, doc.byline && `by ${doc.byline}`].filter(Boolean).join(" · ") }),
    doc.url ? el("p", { class: "doc-url", text: doc.url }) : null));
  const body = el("div", { class: "doc-body" });
  // Spans may overlap: paint the text as a sequence of segments, each marked by the spans covering it.
  const text = doc.text;
  const cuts = new Set([0, text.length]);
  for (const span of doc.spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let focus = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = doc.spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) {
      body.appendChild(document.createTextNode(piece));
      continue;
    }
    const selected = claimId !== null && covering.some((s) => s.claim_id === claimId);
    const mark = el("mark", {
      class: `span ${covering.map((s) => "kind-" + s.kind.replace(/[^a-z_]/gi, "")).join(" ")}${selected ? " selected" : ""}`,
      title: covering.map((s) => s.kind).join(", "),
      "data-claim-ids": covering.map((s) => s.claim_id).filter(Boolean).join(" "),
    }, piece);
    if (selected && !focus) focus = mark;
    body.appendChild(mark);
  }
  view.appendChild(body);
  if (focus) focus.scrollIntoView({ block: "center" });
}

/* ---------- disputes and flows panels ---------- */

function drawDisputes() {
  const panel = clear(document.getElementById("disputes-panel"));
  const data = { disputes: state.disputes };
  panel.appendChild(el("h2", { text: `Disputed figures (${data.disputes.length})` }));
  for (const dispute of data.disputes) {
    const claimsById = new Map(dispute.claims.map((c) => [c.claim_id, c]));
    const block = disputeBlock(dispute, claimsById);
    if (dispute.incident_id) {
      block.appendChild(el("button", { class: "link", text: "open incident", onclick: () => openIncident(dispute.incident_id) }));
    } else {
      block.appendChild(el("button", { class: "link", text: "show", onclick: () => openDispute(dispute) }));
    }
    panel.appendChild(block);
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
    `${fmtNumber(meta.incidents)} incidents · ${fmtNumber(meta.documents)} articles · ${fmtNumber(meta.disputes)} disputes`;
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
