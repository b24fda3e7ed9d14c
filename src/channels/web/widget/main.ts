/**
 * Entry point of /widget.js. Embed with
 *   <script src="https://HOST/widget.js" data-api="https://HOST" data-title="政策咨询" defer></script>
 * data-api defaults to the script's own origin; data-title to "政策咨询"; data-poll-seconds (how often staff
 * answers are checked while the panel is open) to 20. Needs nothing else on the page.
 */
import { createApi } from "./api.js";
import { mountWidget } from "./controller.js";
import { browserStorages, createStore } from "./store.js";

const HOST_ID = "zhice-widget";

function currentScript(): HTMLScriptElement | null {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement) return script;
  return document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
}

/** The API base from data-api, else the folder the script was loaded from, else the page's own origin. */
function apiBase(script: HTMLScriptElement | null): string {
  const configured = script?.dataset.api?.trim();
  try {
    if (configured) return new URL(configured, location.href).href.replace(/\/+$/, "");
    if (script?.src) return new URL(".", script.src).href.replace(/\/+$/, "");
  } catch {
    // A malformed data-api: fall back to the page's origin.
  }
  return "";
}

function start(script: HTMLScriptElement | null): void {
  if (document.getElementById(HOST_ID)) return; // embedded twice: keep the first
  const host = document.createElement("div");
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: "open" });
  document.body.append(host);
  const { local, session } = browserStorages();
  mountWidget(shadow, {
    api: createApi({ base: apiBase(script) }),
    store: createStore(local, session),
    title: script?.dataset.title?.trim() || "政策咨询",
    pollMs: Math.max(1, Number(script?.dataset.pollSeconds) || 20) * 1000,
  });
}

const script = currentScript();
if (document.body) start(script);
else document.addEventListener("DOMContentLoaded", () => start(script), { once: true });
