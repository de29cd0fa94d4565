// Renders /openapi.json as a readable page, so the API docs work offline
// (the stock Swagger UI would load its script from a CDN).
"use strict";

(() => {
  const { el, api, say } = window.nk;
  const $ = (selector) => document.querySelector(selector);

  function resolve(spec, schema) {
    if (schema && schema.$ref) return resolve(spec, spec.components.schemas[schema.$ref.split("/").pop()]);
    return schema || {};
  }

  function typeOf(spec, schema) {
    const s = resolve(spec, schema);
    if (schema && schema.$ref) return schema.$ref.split("/").pop();
    if (s.anyOf) return s.anyOf.map((x) => typeOf(spec, x)).join(" | ");
    if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
    if (s.type === "array") return `${typeOf(spec, s.items)}[]`;
    return s.format ? `${s.type} (${s.format})` : s.type || "any";
  }

  // An outline of a schema: one line per field, nested objects indented.
  function outline(spec, schema, depth = 0, seen = new Set()) {
    const s = resolve(spec, schema);
    const props = s.properties || {};
    const required = new Set(s.required || []);
    const lines = [];
    for (const [name, prop] of Object.entries(props)) {
      const p = resolve(spec, prop);
      const mark = required.has(name) ? "" : "?";
      const note = p.description || prop.description ? `  — ${p.description || prop.description}` : "";
      lines.push(`${"  ".repeat(depth)}${name}${mark}: ${typeOf(spec, prop)}${note}`);
      const inner = p.type === "array" ? p.items : prop;
      const ref = inner && inner.$ref;
      if (ref && !seen.has(ref) && depth < 3) {
        lines.push(...outline(spec, inner, depth + 1, new Set([...seen, ref])));
      }
    }
    return lines;
  }

  function endpoint(spec, path, method, op) {
    const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
    const parts = [
      el("h3", { id }, el("span", { class: `method ${method}`, text: method.toUpperCase() }), " ", el("code", { text: path })),
      el("p", { text: op.summary || "" }),
    ];
    if (op.description) parts.push(el("p", { class: "hint", text: op.description }));
    const params = op.parameters || [];
    if (params.length) {
      parts.push(el("h4", { text: "Parameters" }));
      parts.push(el("pre", { class: "schema", text: params.map((p) => `${p.name} (${p.in})${p.required ? "" : "?"}: ${typeOf(spec, p.schema)}${p.description ? `  — ${p.description}` : ""}`).join("\n") }));
    }
    const body = op.requestBody && op.requestBody.content;
    if (body) {
      for (const [kind, content] of Object.entries(body)) {
        parts.push(el("h4", { text: `Body (${kind})` }));
        const lines = outline(spec, content.schema);
        parts.push(el("pre", { class: "schema", text: lines.length ? lines.join("\n") : typeOf(spec, content.schema) }));
      }
    }
    const answers = Object.entries(op.responses || {}).map(([code, r]) => {
      const json = r.content && r.content["application/json"];
      const lines = json ? outline(spec, json.schema) : [];
      const shape = lines.length ? `\n${lines.map((l) => `  ${l}`).join("\n")}` : json ? `: ${typeOf(spec, json.schema)}` : "";
      return `${code} ${r.description || ""}${shape}`;
    });
    parts.push(el("h4", { text: "Responses" }), el("pre", { class: "schema", text: answers.join("\n") }));
    return [id, el("section", { class: "endpoint", "aria-labelledby": id }, ...parts)];
  }

  async function load() {
    try {
      const spec = await api("/openapi.json");
      $("#api-summary").textContent = `${spec.info.title} ${spec.info.version} — ${spec.info.summary || ""}`;
      const sections = [];
      const toc = [];
      for (const [path, ops] of Object.entries(spec.paths)) {
        for (const [method, op] of Object.entries(ops)) {
          const [id, section] = endpoint(spec, path, method, op);
          sections.push(section);
          toc.push(el("li", {}, el("a", { href: `#${id}` }, `${method.toUpperCase()} ${path}`)));
        }
      }
      $("#endpoints").replaceChildren(...sections);
      $("#toc").replaceChildren(...toc);
    } catch (error) {
      say($("#docs-status"), error.message, "error");
    }
  }

  window.nk.serverState($("#server-state"));
  load();
})();
