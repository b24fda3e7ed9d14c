/**
 * Small DOM builders for the console. All text goes in as textContent, never as HTML.
 * `el` is the widget's own helper (src/channels/web/widget/render.ts), shared rather than copied.
 */
import { el } from "../../web/widget/dom.js";

export { el };

let nextId = 0;
/** A page-unique id for label/control pairs. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export function button(text: string, onClick: () => void, className = ""): HTMLButtonElement {
  const node = el("button", className, text);
  node.type = "button";
  node.addEventListener("click", onClick);
  return node;
}

/** A <label> bound to `control` (given an id when it has none), wrapped with it in a div.field. */
export function field(labelText: string, control: HTMLElement, hint = ""): HTMLDivElement {
  if (!control.id) control.id = uid("f");
  const wrapper = el("div", "field");
  const label = el("label", "", labelText);
  label.htmlFor = control.id;
  wrapper.append(label, control);
  if (hint) {
    const note = el("p", "hint", hint);
    note.id = uid("hint");
    control.setAttribute("aria-describedby", note.id);
    wrapper.append(note);
  }
  return wrapper;
}

/** A <select> with a first "any" option (value "") when `any` is given, then one option per label. */
export function select(labels: Readonly<Record<string, string>>, any = ""): HTMLSelectElement {
  const node = el("select");
  if (any) node.append(new Option(any, ""));
  for (const [value, text] of Object.entries(labels)) node.append(new Option(text, value));
  return node;
}

/** A polite live region: role="status" with aria-live, for async results and confirmations. */
export function statusRegion(className = "status"): HTMLElement {
  const node = el("div", className);
  node.setAttribute("role", "status");
  node.setAttribute("aria-live", "polite");
  return node;
}

/** An assertive region for errors (role="alert"), empty until there is something to say. */
export function alertRegion(): HTMLElement {
  const node = el("div", "error");
  node.setAttribute("role", "alert");
  return node;
}

/** A section landmark with a heading that can take focus (tabindex -1) when the view moves to it. */
export function section(id: string, title: string): { root: HTMLElement; heading: HTMLHeadingElement } {
  const root = el("section", "card");
  root.id = id;
  const heading = el("h2", "", title);
  heading.id = `${id}-title`;
  heading.tabIndex = -1;
  root.setAttribute("aria-labelledby", heading.id);
  root.append(heading);
  return { root, heading };
}

/** A definition list from [term, value] rows, skipping empty values. */
export function facts(rows: readonly (readonly [string, string | null | undefined])[]): HTMLDListElement {
  const list = el("dl", "facts");
  for (const [term, value] of rows) if (value) list.append(el("dt", "", term), el("dd", "", value));
  return list;
}
