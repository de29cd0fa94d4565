// Shared helpers of the desk's pages. Every piece of text from an article,
// a finding or the server goes into the page as a text node (textContent or
// append of a string), never as markup.
"use strict";

window.nk = (() => {
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === false || value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  // The server's own one-line reason, so the user sees why, not just a code.
  async function api(path, options = {}) {
    const init = { ...options, headers: { ...(options.headers || {}) } };
    if (options.json !== undefined) {
      init.body = JSON.stringify(options.json);
      init.headers["Content-Type"] = "application/json";
      delete init.json;
    }
    const response = await fetch(path, init);
    if (response.status === 204) return null;
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      let reason = body && body.detail;
      if (Array.isArray(reason)) reason = reason.map((d) => d.msg).join("; ");
      const error = new Error(reason || `${response.status} ${response.statusText}`);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function say(node, message, kind = "info") {
    node.textContent = message;
    node.dataset.kind = kind;
  }

  const SEVERITY = {
    critical: { label: "kritiek", symbol: "▲" },
    major: { label: "ernstig", symbol: "◆" },
    minor: { label: "licht", symbol: "●" },
  };
  const severity = (name) => (SEVERITY[name] ? name : "minor");

  const number = (value) => String(value).replace(".", ",");

  async function serverState(node) {
    try {
      const health = await api("/health");
      const frog = health.frog.enabled ? (health.frog.alive ? "Frog actief" : "Frog niet actief") : "zonder Frog";
      say(node, `${health.pool.workers} bureau${health.pool.workers === 1 ? "" : "s"} · ${frog}`);
    } catch (error) {
      say(node, `server: ${error.message}`, "error");
    }
  }

  return { el, api, say, SEVERITY, severity, number, serverState };
})();
