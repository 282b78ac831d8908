// relgraph explorer: plain JavaScript, no libraries, nothing fetched but this server's /api/.
//
// Safety rule of this file: text from the corpus (labels, sentences, document names) only ever
// reaches the page through textContent or element attributes set with setAttribute — never
// innerHTML — and server SVG is parsed as XML and stripped of scripts, event handlers and links
// before it is adopted.
"use strict";

const RELATION_TYPES = ["leader_of", "member_of", "located_in", "visit", "meet", "cooperate", "supply",
  "attack", "sanction", "accuse", "party_to", "violate", "family"];
const ACTOR_TYPES = ["country", "person", "organization", "agreement", "location"];
const FILTER_KEYS = ["depth", "limit", "relations", "actorTypes", "minConfidence", "minEvidence", "document", "since", "until"];
const SYMMETRIC = ["meet", "cooperate", "family"];

/** " —visit→ " for a directed relation, " —meet— " for a symmetric one. */
function arrow(type) { return SYMMETRIC.includes(type) ? " —" + type + "— " : " —" + type + "→ "; }

// ---------- small helpers ----------

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function typeBadge(type) { return el("span", { class: "type type-" + type }, type); }

/** The current state, from the URL's fragment: #view=focus&actor=person%3Avladimir-putin&depth=1 */
function readState() {
  const state = {};
  new URLSearchParams(location.hash.slice(1)).forEach((value, key) => { state[key] = value; });
  if (!state.view) state.view = state.actor ? "focus" : "corpus";
  return state;
}

/** Navigates to a new state: a new history entry, so Back returns to the previous view. */
function go(state) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, value);
  }
  const hash = "#" + params.toString();
  if (location.hash === hash) render(); else location.hash = hash;
}

function link(text, state, className) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value !== undefined && value !== "") params.set(key, value);
  const anchor = el("a", { href: "#" + params.toString(), class: className || "actor" }, text);
  return anchor;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) if (value !== undefined && value !== "") query.set(key, value);
  const response = await fetch("/api/" + path + (query.toString() ? "?" + query.toString() : ""));
  const isJSON = (response.headers.get("content-type") || "").startsWith("application/json");
  if (!response.ok) {
    const body = isJSON ? await response.json() : { error: response.statusText };
    throw new Error(body.error || ("HTTP " + response.status));
  }
  return isJSON ? response.json() : response.text();
}

/** Parses server SVG as XML and removes anything active before adopting it into the page. */
function safeSVG(text) {
  const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
  const root = parsed.documentElement;
  if (!root || root.nodeName !== "svg") throw new Error("the diagram is not SVG");
  for (const bad of root.querySelectorAll("script, foreignObject, iframe, object, embed")) bad.remove();
  for (const node of root.querySelectorAll("*")) {
    for (const attribute of Array.from(node.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on") || name === "href" || name === "xlink:href") node.removeAttribute(attribute.name);
    }
  }
  return document.importNode(root, true);
}

/** Text with marks: spans [start, end) in Unicode scalars, as the API counts them. */
function markedText(text, marks, classFor) {
  const scalars = Array.from(text);
  const fragment = document.createDocumentFragment();
  let position = 0;
  for (const mark of marks) {
    if (mark.start < position || mark.end > scalars.length) continue;
    fragment.append(scalars.slice(position, mark.start).join(""));
    const node = el("mark", { class: classFor(mark), "data-actor": mark.actor }, scalars.slice(mark.start, mark.end).join(""));
    fragment.append(node);
    position = mark.end;
  }
  fragment.append(scalars.slice(position).join(""));
  return fragment;
}

const view = () => document.getElementById("view");
function setView(...children) { view().replaceChildren(...children); }
function showError(error) { view().append(el("p", { class: "error" }, error.message || String(error))); }

// ---------- autocomplete ----------

/** Wires an input to /api/actors; `onChoose` gets {id, label, type}. */
function autocomplete(input, list, onChoose) {
  let timer = null, items = [], active = -1, serial = 0;
  const close = () => { list.hidden = true; list.replaceChildren(); items = []; active = -1; };
  const highlight = () => list.querySelectorAll("li").forEach((li, index) => li.classList.toggle("active", index === active));
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++serial;
      try {
        const found = await api("actors", { q: text, limit: 10 });
        if (mine !== serial) return;
        items = found;
        active = found.length ? 0 : -1;
        list.replaceChildren(...found.map((actor, index) => {
          const li = el("li", { role: "option", "data-id": actor.id }, el("span", { class: "label" }, actor.label), typeBadge(actor.type),
            actor.match ? el("span", { class: "also" }, "“" + actor.match + "”") : null);
          li.addEventListener("mousedown", (event) => { event.preventDefault(); choose(index); });
          return li;
        }));
        if (!found.length) list.replaceChildren(el("li", { class: "also" }, "no actor named like “" + text + "”"));
        list.hidden = false;
        highlight();
      } catch (error) { close(); }
    }, 120);
  });
  const choose = (index) => { const actor = items[index]; close(); if (actor) onChoose(actor); };
  input.addEventListener("keydown", (event) => {
    if (list.hidden || !items.length) return;
    if (event.key === "ArrowDown") { active = (active + 1) % items.length; highlight(); event.preventDefault(); }
    else if (event.key === "ArrowUp") { active = (active - 1 + items.length) % items.length; highlight(); event.preventDefault(); }
    else if (event.key === "Enter") { choose(Math.max(active, 0)); event.preventDefault(); }
    else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

// ---------- filters (focus view) ----------

function buildFilters(documents) {
  const relations = document.getElementById("f-relations");
  for (const type of RELATION_TYPES) {
    relations.append(el("label", {}, el("input", { type: "checkbox", value: type, checked: "" }), " " + type));
  }
  const actors = document.getElementById("f-actors");
  for (const type of ACTOR_TYPES) {
    actors.append(el("label", {}, el("input", { type: "checkbox", value: type, checked: "" }), " " + type));
  }
  const select = document.getElementById("f-document");
  for (const doc of documents) select.append(el("option", { value: doc.name }, doc.name));
  document.getElementById("f-apply").addEventListener("click", () => {
    const state = readState();
    const checked = (id) => Array.from(document.querySelectorAll("#" + id + " input:checked")).map((box) => box.value);
    const relationTypes = checked("f-relations"), actorTypes = checked("f-actors");
    go({
      view: "focus", actor: state.actor,
      depth: document.getElementById("f-depth").value,
      limit: document.getElementById("f-limit").value,
      minConfidence: Number(document.getElementById("f-confidence").value) > 0 ? document.getElementById("f-confidence").value : "",
      minEvidence: Number(document.getElementById("f-evidence").value) > 0 ? document.getElementById("f-evidence").value : "",
      document: select.value,
      since: document.getElementById("f-since").value.trim(),
      until: document.getElementById("f-until").value.trim(),
      relations: relationTypes.length === RELATION_TYPES.length ? "" : relationTypes.join(","),
      actorTypes: actorTypes.length === ACTOR_TYPES.length ? "" : actorTypes.join(","),
    });
  });
}

function showFilters(state) {
  document.getElementById("filters").hidden = false;
  document.getElementById("f-depth").value = state.depth || "1";
  document.getElementById("f-limit").value = state.limit || "20";
  document.getElementById("f-confidence").value = state.minConfidence || "0";
  document.getElementById("f-evidence").value = state.minEvidence || "0";
  document.getElementById("f-document").value = state.document || "";
  document.getElementById("f-since").value = state.since || "";
  document.getElementById("f-until").value = state.until || "";
  const relations = state.relations ? state.relations.split(",") : RELATION_TYPES;
  document.querySelectorAll("#f-relations input").forEach((box) => { box.checked = relations.includes(box.value); });
  const actors = state.actorTypes ? state.actorTypes.split(",") : ACTOR_TYPES;
  document.querySelectorAll("#f-actors input").forEach((box) => { box.checked = actors.includes(box.value); });
}

function filterParams(state) {
  const params = {};
  for (const key of FILTER_KEYS) if (state[key]) params[key] = state[key];
  return params;
}

// ---------- views ----------

/** Makes the SVG's nodes and edges clickable: node → refocus, edge → its evidence. */
function wireDiagram(svg, state) {
  for (const node of svg.querySelectorAll("g.node[id^='a~']")) {
    const id = decodeURIComponent(node.id.slice(2));
    node.addEventListener("click", () => go(Object.assign(filterParams(state), { view: "focus", actor: id })));
  }
  for (const edge of svg.querySelectorAll("g.edge[id^='e~']")) {
    const [source, target, type] = edge.id.slice(2).split("~").map(decodeURIComponent);
    edge.addEventListener("click", () => go({ view: "evidence", source, target, type }));
  }
}

async function focusView(state) {
  showFilters(state);
  const params = Object.assign(filterParams(state), { actor: state.actor, depth: state.depth || 1 });
  const [data, svgText] = await Promise.all([api("neighbors", params), api("svg/neighbors", params).catch((error) => error)]);
  const center = data.nodes[0];
  const heading = el("h1", {}, center.label, " ", typeBadge(center.type));
  const diagram = el("div", { class: "diagram", id: "focus-diagram" });
  if (svgText instanceof Error) diagram.append(el("p", { class: "error" }, svgText.message));
  else { const svg = safeSVG(svgText); wireDiagram(svg, state); diagram.append(svg); }

  const side = el("div", { class: "side" });
  if (center.aliases.length) side.append(el("p", { class: "also" }, "also: " + center.aliases.slice(0, 12).join(", ")));
  if (data.message) {
    const more = el("button", { type: "button", id: "show-more" }, "show more");
    more.addEventListener("click", () => go(Object.assign({}, state, { limit: Math.min(100, Number(state.limit || 20) * 2) })));
    side.append(el("p", { class: "message", id: "focus-message" }, data.message, " ", more));
  }
  side.append(link("paths from " + center.label + "…", { view: "path", from: center.id }));
  const byPair = new Map();
  for (const edge of data.edges) {
    if (edge.source !== center.id && edge.target !== center.id) continue;
    const other = edge.source === center.id ? edge.target : edge.source;
    if (!byPair.has(other)) byPair.set(other, []);
    byPair.get(other).push(edge);
  }
  const list = el("ul", { class: "plain", id: "neighbor-list" });
  for (const node of data.nodes.slice(1).filter((node) => node.depth === 1)) {
    const edges = byPair.get(node.id) || [];
    const item = el("li", {}, link(node.label, Object.assign(filterParams(state), { view: "focus", actor: node.id })), " ", typeBadge(node.type));
    for (const edge of edges) {
      item.append(" · ", link(edge.type + " (" + edge.evidenceCount + ")",
        { view: "evidence", source: edge.source, target: edge.target, type: edge.type }, "actor evidence-link"));
    }
    list.append(item);
  }
  side.append(el("h2", {}, "Neighbours (" + data.found[0] + ")"), list);
  if (data.nodes.length === 1) side.append(el("p", {}, "No relation passes the filters."));
  setView(heading, el("div", { class: "columns" }, diagram, side));
}

async function evidenceView(state) {
  const data = await api("evidence", { source: state.source, target: state.target, type: state.type });
  const heading = el("h1", {}, "Evidence: ", link(data.source.label, { view: "focus", actor: data.source.id }), " — ",
    link(data.target.label, { view: "focus", actor: data.target.id }));
  const blocks = [heading];
  for (const relation of data.relations) {
    const names = relation.source === data.source.id ? [data.source.label, data.target.label] : [data.target.label, data.source.label];
    const block = el("section", { class: "relation" },
      el("h2", {}, names[0] + arrow(relation.type) + names[1]),
      el("p", { class: "also" }, "confidence " + relation.confidence + " · " + relation.evidenceCount + " sentence" + (relation.evidenceCount === 1 ? "" : "s")
        + (relation.attributes.modality ? " · " + relation.attributes.modality : "")));
    for (const item of relation.evidence) {
      const sentence = el("blockquote", { class: "sentence" },
        markedText(item.sentence, item.marks, (mark) => mark.actor === relation.source ? "source" : "target"));
      const where = el("span", { class: "doc" }, item.document + " [" + item.start + "–" + item.end + "]"
        + (item.date ? " · " + item.date : "") + " ");
      if (item.documentIndex !== null && item.documentIndex !== undefined) {
        where.append(link("read in the document", { view: "document", doc: item.documentIndex, at: item.start }, "actor doc-link"));
      }
      sentence.append(where);
      block.append(sentence);
    }
    if (relation.evidence.length < relation.evidenceCount) block.append(el("p", { class: "also" }, "(first " + relation.evidence.length + " shown)"));
    blocks.push(block);
  }
  setView(...blocks);
}

async function documentView(state) {
  const data = await api("document", { index: state.doc });
  const at = state.at === undefined ? -1 : Number(state.at);
  const labels = new Map(data.actors.map((actor) => [actor.id, actor]));
  const scalars = Array.from(data.text);
  // Boundaries from mentions and evidence sentences, so marks nest inside sentence spans.
  const container = el("div", { class: "document-text", id: "document-text" });
  const sentences = [];
  for (const span of data.evidence) {
    if (!sentences.length || span.start >= sentences[sentences.length - 1].end) sentences.push({ start: span.start, end: span.end });
  }
  let position = 0, mentionIndex = 0, chosen = null;
  const appendRange = (parent, from, to) => {
    let cursor = from;
    while (mentionIndex < data.mentions.length && data.mentions[mentionIndex].start < to) {
      const mention = data.mentions[mentionIndex];
      if (mention.start < cursor || mention.end > to) { mentionIndex++; continue; }
      parent.append(scalars.slice(cursor, mention.start).join(""));
      const actor = labels.get(mention.actor);
      parent.append(el("mark", { "data-actor": mention.actor, "data-type": actor ? actor.type : "", title: actor ? actor.label : mention.actor },
        scalars.slice(mention.start, mention.end).join("")));
      cursor = mention.end;
      mentionIndex++;
    }
    parent.append(scalars.slice(cursor, to).join(""));
  };
  for (const sentence of sentences) {
    appendRange(container, position, sentence.start);
    const span = el("span", { class: "evidence" + (sentence.start === at ? " chosen" : ""), "data-start": sentence.start });
    appendRange(span, sentence.start, sentence.end);
    if (sentence.start === at) chosen = span;
    container.append(span);
    position = sentence.end;
  }
  appendRange(container, position, scalars.length);
  const legend = el("p", { class: "also" }, data.mentions.length + " mentions of " + data.actors.length + " actors; "
    + data.evidence.length + " evidence sentences shaded.");
  setView(el("h1", {}, data.name), legend, container);
  if (chosen) chosen.scrollIntoView({ block: "center" });
}

async function pathView(state) {
  const form = el("div", { class: "picker" });
  const field = (name, label) => {
    const input = el("input", { type: "search", id: "path-" + name, placeholder: label, autocomplete: "off" });
    const list = el("ul", { class: "suggestions", hidden: "" });
    const wrapper = el("div", { class: "field" }, el("label", {}, label), input, list);
    autocomplete(input, list, (actor) => { input.value = actor.label; input.dataset.id = actor.id; });
    return { wrapper, input };
  };
  const from = field("from", "From"), to = field("to", "To");
  const k = el("input", { type: "number", id: "path-k", min: 1, max: 10, value: state.k || 3 });
  const run = el("button", { type: "button", id: "path-run" }, "Find paths");
  form.append(from.wrapper, to.wrapper, el("label", {}, "k ", k), run);
  run.addEventListener("click", () => go({ view: "path", from: from.input.dataset.id || from.input.value.trim(),
    to: to.input.dataset.id || to.input.value.trim(), k: k.value }));
  setView(el("h1", {}, "How are two actors connected?"), form);
  for (const [key, input] of [["from", from.input], ["to", to.input]]) {
    if (!state[key]) continue;
    input.dataset.id = state[key];
    input.value = await api("actor", { id: state[key] }).then((actor) => actor.label).catch(() => state[key]);
  }
  if (!state.from || !state.to) return;
  const params = { from: state.from, to: state.to, k: state.k || 3 };
  const [result, svgText] = await Promise.all([api("path", params), api("svg/path", params).catch((error) => error)]);
  if (!result.paths.length) { view().append(el("p", { class: "message", id: "path-none" }, "No path between these actors.")); return; }
  const diagram = el("div", { class: "diagram", id: "path-diagram" });
  if (svgText instanceof Error) diagram.append(el("p", { class: "error" }, svgText.message));
  else { const svg = safeSVG(svgText); wireDiagram(svg, {}); diagram.append(svg); }
  const labels = new Map();
  const ids = new Set(result.paths.flatMap((path) => path.nodes));
  await Promise.all(Array.from(ids).map((id) => api("actor", { id }).then((actor) => labels.set(id, actor.label))));
  const list = el("div", { id: "path-list" });
  for (const [number, path] of result.paths.entries()) {
    const block = el("div", { class: "path-block" },
      el("h2", {}, "Path " + (number + 1) + ", " + path.length + " hop" + (path.length === 1 ? "" : "s") + ": "
        + path.nodes.map((id) => labels.get(id)).join(" → ")));
    for (const edge of path.edges) {
      const hop = el("div", { class: "hop" }, link(labels.get(edge.source), { view: "focus", actor: edge.source }),
        arrow(edge.type), link(labels.get(edge.target), { view: "focus", actor: edge.target }), " ",
        link("evidence", { view: "evidence", source: edge.source, target: edge.target, type: edge.type }, "actor evidence-link"));
      block.append(hop);
      api("evidence", { source: edge.source, target: edge.target, type: edge.type }).then((evidence) => {
        const relation = evidence.relations[0], first = relation && relation.evidence[0];
        if (first) hop.append(el("blockquote", { class: "sentence" },
          markedText(first.sentence, first.marks, (mark) => mark.actor === relation.source ? "source" : "target")));
      }).catch(() => {});
    }
    list.append(block);
  }
  view().append(diagram, list);
}

async function corpusView() {
  const [corpus, documents] = await Promise.all([api("corpus"), api("documents")]);
  const counts = (title, table) => {
    const rows = Object.entries(table).sort((a, b) => b[1] - a[1]).map(([type, count]) => el("tr", {}, el("td", {}, type), el("td", {}, count)));
    return el("div", {}, el("h2", {}, title), el("table", {}, ...rows));
  };
  const ranking = (title, list, digits) => el("div", { class: "ranking" }, el("h2", {}, title),
    corpus.central.ready ? el("ol", {}, ...list.map((item) => el("li", {}, link(item.label, { view: "focus", actor: item.id }), " ",
      typeBadge(item.type), " ", el("span", { class: "also" }, digits ? item.value.toFixed(digits) : String(item.value)))))
      : el("p", { class: "also" }, "still computing… reload in a moment"));
  const rows = documents.map((doc) => el("tr", {},
    el("td", {}, link(doc.name, { view: "document", doc: doc.index })), el("td", {}, doc.actors), el("td", {}, doc.relations),
    el("td", {}, doc.evidence)));
  setView(
    el("h1", {}, corpus.source + ": " + corpus.documents + " documents, " + corpus.actors + " actors, " + corpus.relations
      + " relations, " + corpus.evidence + " evidence sentences"),
    el("div", { class: "grid", id: "central" },
      ranking("Most connected (degree)", corpus.central.degree, 0),
      ranking("PageRank", corpus.central.pagerank, 4),
      ranking("Betweenness", corpus.central.betweenness, 4),
      counts("Actors by type", corpus.actorsByType), counts("Relations by type", corpus.relationsByType)),
    el("h2", {}, "Documents"),
    el("table", { id: "documents" }, el("tr", {}, el("th", {}, "document"), el("th", {}, "actors"), el("th", {}, "relations"),
      el("th", {}, "evidence")), ...rows));
}

// ---------- router ----------

let renderSerial = 0;
async function render() {
  const state = readState();
  const mine = ++renderSerial;
  document.getElementById("filters").hidden = true;
  document.body.dataset.view = state.view;
  document.body.dataset.ready = "false";
  setView(el("p", { class: "also" }, "loading…"));
  try {
    if (state.view === "focus" && state.actor) await focusView(state);
    else if (state.view === "evidence") await evidenceView(state);
    else if (state.view === "document") await documentView(state);
    else if (state.view === "path") await pathView(state);
    else await corpusView();
  } catch (error) {
    if (mine === renderSerial) { setView(); showError(error); }
  }
  if (mine === renderSerial) document.body.dataset.ready = "true";
}

async function start() {
  autocomplete(document.getElementById("search"), document.getElementById("search-list"), (actor) => {
    document.getElementById("search").value = "";
    go({ view: "focus", actor: actor.id });
  });
  try {
    const [corpus, documents] = await Promise.all([api("corpus"), api("documents")]);
    document.getElementById("source").textContent = corpus.source;
    buildFilters(documents);
  } catch (error) { showError(error); }
  window.addEventListener("hashchange", render);
  render();
}

start();
