// The house-style page: glossary entries and switched-off rules, stored on the server.
"use strict";

(() => {
  const { el, api, say, SEVERITY } = window.nk;
  const $ = (selector) => document.querySelector(selector);

  async function loadTerms(focusAfter) {
    const terms = await api("/api/glossary");
    const rows = terms.map((t) =>
      el(
        "tr",
        {},
        el("td", {}, el("code", { text: t.code })),
        el("td", { text: t.forbidden }),
        el("td", { text: t.required }),
        el("td", { class: `badge sev-${t.severity}`, text: SEVERITY[t.severity].label }),
        el("td", { text: t.note }),
        el(
          "td",
          {},
          el("button", {
            type: "button",
            text: "Verwijderen",
            "aria-label": `Verwijder ‘${t.forbidden}’`,
            onclick: () => removeTerm(t),
          }),
        ),
      ),
    );
    if (!rows.length) rows.push(el("tr", {}, el("td", { colspan: "6", class: "none", text: "Nog geen vermeldingen." })));
    $("#terms").replaceChildren(...rows);
    if (focusAfter) focusAfter.focus();
  }

  async function removeTerm(term) {
    try {
      await api(`/api/glossary/${term.id}`, { method: "DELETE" });
      say($("#term-status"), `‘${term.forbidden}’ verwijderd.`);
      await loadTerms($("#forbidden"));
    } catch (error) {
      say($("#term-status"), error.message, "error");
    }
  }

  $("#term-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const entry = {
      forbidden: $("#forbidden").value,
      required: $("#required").value,
      note: $("#note").value,
      severity: $("#severity").value,
      safe: $("#safe").checked,
    };
    if (!entry.forbidden.trim() || !entry.required.trim()) {
      say($("#term-status"), "Vul zowel ‘Niet’ als ‘Maar’ in.", "error");
      (entry.forbidden.trim() ? $("#required") : $("#forbidden")).focus();
      return;
    }
    try {
      const added = await api("/api/glossary", { method: "POST", json: entry });
      say($("#term-status"), `${added.code}: ‘${added.forbidden}’ → ‘${added.required}’ toegevoegd.`);
      event.target.reset();
      await loadTerms($("#forbidden"));
    } catch (error) {
      say($("#term-status"), error.message, "error");
    }
  });

  let disabled = [];

  function renderDisabled() {
    const chips = disabled.map((code) =>
      el(
        "li",
        {},
        el("code", { text: code }),
        el("button", {
          type: "button",
          text: "×",
          "aria-label": `${code} weer inschakelen`,
          onclick: () => save(disabled.filter((c) => c !== code), `${code} weer ingeschakeld.`),
        }),
      ),
    );
    if (!chips.length) chips.push(el("li", { class: "none", text: "Alle regels staan aan." }));
    $("#disabled").replaceChildren(...chips);
  }

  async function save(codes, message) {
    try {
      const result = await api("/api/disabled-rules", { method: "PUT", json: { rules: codes } });
      disabled = result.rules;
      renderDisabled();
      say($("#rule-status"), message);
      $("#rule-code").focus();
      return true;
    } catch (error) {
      say($("#rule-status"), error.message, "error");
      return false;
    }
  }

  $("#rule-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const code = $("#rule-code").value.trim().split(/\s/)[0].toUpperCase();
    if (!code) return;
    if (await save([...disabled, code], `${code} uitgeschakeld.`)) $("#rule-code").value = "";
  });

  async function loadRules() {
    const [rules, current] = await Promise.all([api("/api/rules"), api("/api/disabled-rules")]);
    $("#rule-list").replaceChildren(...rules.map((r) => el("option", { value: r.code, label: `${r.code} ${r.name}` })));
    disabled = current.rules;
    renderDisabled();
  }

  window.nk.serverState($("#server-state"));
  loadTerms().catch((error) => say($("#term-status"), error.message, "error"));
  loadRules().catch((error) => say($("#rule-status"), error.message, "error"));
})();
