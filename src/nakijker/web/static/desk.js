// The desk page: check a text, show the findings in the article, let the
// editor accept or reject each fix, and hand back the corrected text.
//
// Findings index the text in code points (Python string offsets); a
// JavaScript string counts UTF-16 units, so every offset is converted once,
// when the report arrives, and the page works in UTF-16 from then on.
"use strict";

(() => {
  const { el, api, say, SEVERITY, severity, number } = window.nk;
  const $ = (selector) => document.querySelector(selector);

  const state = {
    text: "",
    fileName: null,
    items: [], // { id, f, start, end, status: open|accepted|rejected, choice }
    current: null,
  };

  // ------------------------------------------------------------------ input

  const form = $("#check-form");
  const textBox = $("#text");
  const status = $("#form-status");

  textBox.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    check(textBox.value);
  });

  $("#file").addEventListener("change", async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    say(status, `${file.name} lezen…`);
    try {
      const found = await api(`/api/extract?name=${encodeURIComponent(file.name)}`, {
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/octet-stream" },
      });
      textBox.value = found.text;
      $("#source").value = found.source || "";
      $("#source-box").open = Boolean(found.source);
      if (found.published) $("#published").value = found.published;
      state.fileName = file.name;
      const units = found.units > 1 ? ` (${found.units} segmenten)` : "";
      say(status, `${file.name} geopend${units}. Nakijken…`);
      await check(found.text);
    } catch (error) {
      say(status, error.message, "error");
    }
  });

  $("#new-copy").addEventListener("click", () => showForm(form.hidden));

  function showForm(show) {
    form.hidden = !show;
    const toggle = $("#new-copy");
    toggle.setAttribute("aria-expanded", String(show));
    toggle.textContent = show ? "Kopij verbergen" : "Kopij tonen";
    if (show) textBox.focus();
  }

  async function check(text) {
    if (!text.trim()) {
      say(status, "Plak eerst een artikel of open een bestand.", "error");
      textBox.focus();
      return;
    }
    const request = { text };
    const source = $("#source").value;
    if (source.trim()) request.source = source;
    if ($("#published").value) request.published = $("#published").value;
    const button = $("#check-button");
    button.disabled = true;
    say(status, "Bezig met nakijken…");
    try {
      const report = await api("/api/check", { method: "POST", json: request });
      show(text, report);
      say(status, "");
      loadHistory();
    } catch (error) {
      say(status, error.message, "error");
    } finally {
      button.disabled = false;
    }
  }

  // ----------------------------------------------------------------- report

  function unitOffsets(text) {
    const map = [];
    let unit = 0;
    for (const ch of text) {
      map.push(unit);
      unit += ch.length;
    }
    map.push(unit);
    return (point) => map[Math.min(Math.max(point, 0), map.length - 1)];
  }

  function show(text, report) {
    const toUnits = unitOffsets(text);
    state.text = text;
    state.current = null;
    state.items = report.findings.map((f, id) => ({
      id,
      f,
      start: toUnits(f.start),
      end: toUnits(f.end),
      status: "open",
      choice: 0,
    }));
    $("#result").hidden = false;
    $("#new-copy").hidden = false;
    showForm(false);
    renderSummary(report);
    renderFacts(report.facts);
    renderAll();
    say($("#decision-status"), "");
    $("#result").scrollIntoView({ block: "start" });
    const first = $("#findings button:not([disabled])");
    (first || $(".article-pane")).focus({ preventScroll: true });
  }

  function renderSummary(report) {
    const score = report.score;
    const passed = score.pass;
    const verdict = $("#verdict");
    verdict.className = `verdict ${passed ? "pass" : "fail"}`;
    verdict.replaceChildren(
      el("span", { class: "quality", text: number(score.quality) }),
      el("span", { class: "outof", text: "/100" }),
      el("span", { class: "word", text: passed ? "✓ publiceerbaar" : "✗ niet publiceerbaar" }),
    );
    const counts = Object.keys(SEVERITY).map((name) => {
      const n = report.findings.filter((f) => f.severity === name).length;
      return el("span", { class: `badge sev-${name}` }, `${SEVERITY[name].symbol} ${n} ${SEVERITY[name].label}`);
    });
    $("#stats").replaceChildren(
      el("dt", { text: "Strafpunten per 1000 woorden" }),
      el("dd", { text: `${number(score.per_1000_words)} (grens ${number(score.threshold)})` }),
      el("dt", { text: "Woorden" }),
      el("dd", { text: String(report.words) }),
      el("dt", { text: "Bevindingen" }),
      el("dd", {}, ...counts.flatMap((c, i) => (i ? [" ", c] : [c]))),
    );
    $("#findings-count").textContent = `(${report.findings.length})`;
  }

  // ---------------------------------------------------------- the decisions

  const accepted = () => state.items.filter((x) => x.status === "accepted").sort((a, b) => a.start - b.start);

  function overlaps(a, b) {
    if (a.start === a.end || b.start === b.end) {
      const [point, span] = a.start === a.end ? [a, b] : [b, a];
      if (span.start === span.end) return point.start === span.start;
      return point.start > span.start && point.start < span.end;
    }
    return a.start < b.end && b.start < a.end;
  }

  const blockedBy = (item) => accepted().find((a) => a !== item && overlaps(a, item));

  function decide(item, status, choice = 0) {
    item.status = status;
    item.choice = choice;
    state.current = item.id;
    renderAll({ focus: `${item.id}:${status === "open" ? "first" : "undo"}` });
    const words = { accepted: "aanvaard", rejected: "verworpen", open: "weer open" };
    say($("#decision-status"), `Bevinding ${item.id + 1} (${item.f.rule}) ${words[status]}.`);
  }

  $("#accept-safe").addEventListener("click", () => {
    let n = 0;
    for (const item of [...state.items].sort((a, b) => a.start - b.start)) {
      if (item.status === "open" && item.f.safe && item.f.replacements.length && !blockedBy(item)) {
        item.status = "accepted";
        item.choice = 0;
        n += 1;
      }
    }
    renderAll();
    say($("#decision-status"), `${n} veilige correctie${n === 1 ? "" : "s"} aanvaard.`);
  });

  function corrected() {
    let out = "";
    let pos = 0;
    for (const item of accepted()) {
      out += state.text.slice(pos, item.start) + item.f.replacements[item.choice];
      pos = item.end;
    }
    return out + state.text.slice(pos);
  }

  $("#download").addEventListener("click", () => {
    const blob = new Blob([corrected()], { type: "text/plain;charset=utf-8" });
    const base = (state.fileName || "artikel.txt").replace(/\.[^.]*$/, "");
    const link = el("a", { href: URL.createObjectURL(blob), download: `${base}-nagekeken.txt` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    say($("#decision-status"), `${accepted().length} correcties verwerkt; download gestart.`);
  });

  $("#recheck").addEventListener("click", () => {
    textBox.value = corrected();
    check(textBox.value);
  });

  // ----------------------------------------------------------------- render

  function renderAll(options = {}) {
    renderArticle();
    renderFindings(options.focus);
  }

  // The article as text nodes with marks. Accepted fixes show as del/ins;
  // open findings as marks, one per stretch of text with the same findings
  // over it, coloured by the most severe of them.
  function renderArticle() {
    const box = $("#article");
    const parts = [];
    let pos = 0;
    for (const item of accepted()) {
      parts.push(...openStretch(pos, item.start));
      parts.push(fixedNode(item));
      pos = Math.max(pos, item.end);
    }
    parts.push(...openStretch(pos, state.text.length));
    box.replaceChildren(...parts);
    markCurrent();
  }

  const RANK = { critical: 3, major: 2, minor: 1 };

  function openStretch(from, to) {
    const open = state.items.filter(
      (x) => x.status === "open" && !blockedBy(x) && x.start >= from && x.end <= to,
    );
    const cuts = new Set([from, to]);
    for (const x of open) cuts.add(x.start).add(x.end);
    const bounds = [...cuts].sort((a, b) => a - b);
    const nodes = [];
    bounds.forEach((a, i) => {
      for (const x of open) if (x.start === a && x.end === a) nodes.push(markNode([x], ""));
      const b = bounds[i + 1];
      if (b === undefined || b <= a) return;
      const chunk = state.text.slice(a, b);
      const over = open.filter((x) => x.start <= a && x.end >= b && x.start < x.end);
      nodes.push(over.length ? markNode(over, chunk) : textNodes(chunk));
    });
    return nodes;
  }

  // Line breaks stay in the text (pre-wrap shows them); the empty block after
  // each one only adds air between paragraphs and holds no text.
  function textNodes(chunk) {
    const frag = document.createDocumentFragment();
    chunk.split("\n").forEach((line, i) => {
      if (i) frag.append("\n", el("span", { class: "gap", "aria-hidden": "true" }));
      if (line) frag.append(line);
    });
    return frag;
  }

  function markNode(over, chunk) {
    const top = over.reduce((a, b) => (RANK[severity(b.f.severity)] > RANK[severity(a.f.severity)] ? b : a));
    const inner = innermost(over);
    const mark = el(
      "mark",
      {
        class: `hl sev-${severity(top.f.severity)}${chunk ? "" : " caret"}`,
        "data-ids": over.map((x) => x.id).join(" "),
        title: `${inner.f.rule}: ${inner.f.message}`,
        onclick: () => focusCard(inner.id),
      },
      textNodes(chunk),
    );
    return mark;
  }

  const innermost = (over) => over.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));

  function fixedNode(item) {
    const replacement = item.f.replacements[item.choice];
    return el(
      "span",
      { class: "fixed", "data-ids": String(item.id), title: `Aanvaard: ${item.f.rule}`, onclick: () => focusCard(item.id) },
      item.start < item.end ? el("del", {}, textNodes(state.text.slice(item.start, item.end))) : null,
      replacement ? el("ins", {}, textNodes(replacement)) : null,
    );
  }

  function markCurrent() {
    for (const node of document.querySelectorAll("#article .current")) node.classList.remove("current");
    if (state.current === null) return null;
    let first = null;
    for (const node of document.querySelectorAll("#article [data-ids]")) {
      if (node.dataset.ids.split(" ").includes(String(state.current))) {
        node.classList.add("current");
        first = first || node;
      }
    }
    return first;
  }

  function renderFindings(focusKey) {
    const list = $("#findings");
    const cards = [...state.items].sort((a, b) => a.start - b.start || a.id - b.id).map(card);
    list.replaceChildren(...cards);
    if (!cards.length) list.append(el("li", { class: "none", text: "Niets gevonden: schone kopij." }));
    if (focusKey) {
      const [id, which] = focusKey.split(":");
      const target =
        list.querySelector(`[data-focus="${id}:${which}"]`) ||
        list.querySelector(`li[data-id="${id}"] button:not([disabled])`) ||
        list.querySelector(`li[data-id="${id}"]`);
      if (target) target.focus();
    }
  }

  function quoted(text) {
    return text.trim() ? text.replace(/\n/g, "⏎") : "(witruimte)";
  }

  function card(item) {
    const f = item.f;
    const sev = severity(f.severity);
    const blocker = item.status === "open" ? blockedBy(item) : null;
    const head = el(
      "p",
      { class: "card-head" },
      el("span", { class: `badge sev-${sev}` }, `${SEVERITY[sev].symbol} ${SEVERITY[sev].label}`),
      " ",
      el("code", { text: f.rule }),
      " ",
      el("span", { class: "category", text: f.category }),
    );
    const body = [
      head,
      el("p", { class: "flagged" }, el("q", { text: f.start === f.end ? "(invoegen)" : quoted(f.text) })),
      el("p", { class: "message", text: f.message }),
    ];
    if (item.status === "open") body.push(openControls(item, blocker));
    else body.push(decidedControls(item));
    return el(
      "li",
      {
        class: `card sev-${sev} ${item.status}${state.current === item.id ? " current" : ""}`,
        "data-id": String(item.id),
        tabindex: "-1",
        "aria-label": `Bevinding ${item.id + 1}: ${f.rule}, ${SEVERITY[sev].label}`,
        onfocusin: () => select(item.id),
        onkeydown: (event) => moveFocus(event, item.id),
      },
      ...body,
    );
  }

  function openControls(item, blocker) {
    const f = item.f;
    const row = el("div", { class: "controls" });
    if (blocker) {
      row.append(el("p", { class: "blocked", text: `Overlapt met aanvaarde correctie ${blocker.f.rule}; maak die eerst ongedaan.` }));
    }
    f.replacements.forEach((replacement, choice) => {
      const shown = replacement.trim() ? `→ ${replacement}` : "→ (verwijderen)";
      row.append(
        el("button", {
          type: "button",
          class: "accept",
          disabled: Boolean(blocker),
          "data-focus": `${item.id}:${choice === 0 ? "first" : `c${choice}`}`,
          "aria-label": `Aanvaarden: ${replacement.trim() ? replacement : "verwijderen"}`,
          text: shown,
          onclick: () => decide(item, "accepted", choice),
        }),
      );
    });
    row.append(
      el("button", {
        type: "button",
        class: "reject",
        "data-focus": f.replacements.length ? `${item.id}:reject` : `${item.id}:first`,
        text: f.replacements.length ? "Verwerpen" : "Gezien",
        onclick: () => decide(item, "rejected"),
      }),
    );
    if (f.safe && f.replacements.length) row.append(el("span", { class: "safe", text: "✓ veilig" }));
    return row;
  }

  function decidedControls(item) {
    const replacement = item.f.replacements[item.choice];
    const what =
      item.status === "accepted"
        ? `Aanvaard: ${replacement && replacement.trim() ? replacement : "(verwijderd)"}`
        : "Verworpen";
    return el(
      "div",
      { class: "controls" },
      el("span", { class: "decision", text: what }),
      el("button", {
        type: "button",
        class: "undo",
        "data-focus": `${item.id}:undo`,
        text: "Ongedaan maken",
        onclick: () => decide(item, "open"),
      }),
    );
  }

  function select(id) {
    if (state.current === id) return;
    state.current = id;
    for (const node of document.querySelectorAll("#findings .card.current")) node.classList.remove("current");
    const cardNode = document.querySelector(`#findings li[data-id="${id}"]`);
    if (cardNode) cardNode.classList.add("current");
    const mark = markCurrent();
    if (mark) mark.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  function focusCard(id) {
    const cardNode = document.querySelector(`#findings li[data-id="${id}"]`);
    if (!cardNode) return;
    const target = cardNode.querySelector("button:not([disabled])") || cardNode;
    target.focus();
    cardNode.scrollIntoView({ block: "nearest" });
  }

  function moveFocus(event, id) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const cards = [...document.querySelectorAll("#findings li.card")];
    const at = cards.findIndex((c) => c.dataset.id === String(id));
    const next = cards[at + (event.key === "ArrowDown" ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    focusCard(Number(next.dataset.id));
  }

  // -------------------------------------------------------------- fact sheet

  const FACT_SECTIONS = [
    ["people", "Personen", (p) => [p.name, [...(p.roles || []), p.affiliation].filter(Boolean).join(" · ")]],
    ["organisations", "Organisaties", (o) => [o.name, ""]],
    ["places", "Plaatsen", (o) => [o.name, ""]],
    ["quotes", "Citaten", (q) => [q.text, q.speaker ? `— ${q.speaker}` : "⚠ spreker onbekend"]],
    ["dates", "Data", (d) => [d.text, d.date || d.kind]],
    ["numbers", "Getallen", (n) => [n.text, n.counts || ""]],
  ];

  function renderFacts(facts) {
    const box = $("#facts");
    box.hidden = !facts;
    if (!facts) return;
    const body = FACT_SECTIONS.map(([key, title, describe]) => {
      const items = facts[key] || [];
      const list = items.length
        ? el(
            "ul",
            {},
            items.map((item) => {
              const [main, sub] = describe(item);
              const count = item.mentions && item.mentions.length > 1 ? ` ${item.mentions.length}×` : "";
              return el("li", {}, el("strong", { text: main }), count, sub ? el("span", { class: "sub", text: sub }) : null);
            }),
          )
        : el("p", { class: "none", text: "geen" });
      return el("div", { class: "fact-group" }, el("h3", { text: title }), list);
    });
    $("#facts-body").replaceChildren(...body);
  }

  // ----------------------------------------------------------------- history

  async function loadHistory() {
    try {
      const rows = await api("/api/history?limit=20");
      const body = $("#history");
      body.replaceChildren(
        ...rows.map((row) =>
          el(
            "tr",
            {},
            el("td", { text: new Date(row.checked_at).toLocaleString("nl-NL", { dateStyle: "short", timeStyle: "short" }) }),
            el("td", { class: "title", text: row.title }),
            el("td", { text: row.kind === "fix" ? "correctie" : "controle" }),
            el("td", { class: "num", text: String(row.words) }),
            el("td", { class: "num", text: String(row.findings) }),
            el("td", { class: "num", text: number(row.quality) }),
            el("td", { class: row.passed ? "pass" : "fail", text: row.passed ? "✓ publiceerbaar" : "✗ niet publiceerbaar" }),
          ),
        ),
      );
      if (!rows.length) body.append(el("tr", {}, el("td", { colspan: "7", class: "none", text: "Nog niets nagekeken." })));
    } catch (error) {
      say($("#form-status"), `Geschiedenis: ${error.message}`, "error");
    }
  }

  window.nk.serverState($("#server-state"));
  loadHistory();
})();
