/* frontwatch situation map: the side panels (incident, dispute, article, disputes list) and DOM helpers.
 *
 * Safe by construction: data reaches the page only through document.createTextNode / textContent
 * (the el() helper); nothing here assigns innerHTML. Loaded before app.js, which holds the map.
 */
"use strict";

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
