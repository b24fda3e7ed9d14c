/**
 * Inline SVG icons (24×24, stroke or fill in currentColor): they render without an emoji font and are
 * hidden from screen readers — every button that carries one also has a text name.
 */
const PATHS = {
  chat: "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z",
  up: "M7 10v11H3V10h4zm2 11h8.2a2 2 0 0 0 2-1.6l1.4-7A2 2 0 0 0 18.6 10H14l.9-4.3A1.5 1.5 0 0 0 13.4 4L9 10v11z",
  down: "M7 14V3H3v11h4zm2-11h8.2a2 2 0 0 1 2 1.6l1.4 7A2 2 0 0 1 18.6 14H14l.9 4.3a1.5 1.5 0 0 1-1.5 1.7L9 14V3z",
  copy: "M9 9h11v12H9zM5 15H4V3h11v1",
  close: "M6 6l12 12M18 6L6 18",
  person: "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 9a7 7 0 0 1 14 0",
  search: "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zm5-2l5 5",
  staff: "M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0M17 8h4M19 6v4",
  link: "M14 4h6v6M20 4l-9 9M18 14v6H4V6h6",
} as const;

export type IconName = keyof typeof PATHS;

/** Filled shapes; the others are drawn as lines. */
const FILLED: ReadonlySet<IconName> = new Set(["chat"]);

export function icon(name: IconName): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", `icon${FILLED.has(name) ? " filled" : ""}`);
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", PATHS[name]);
  svg.append(path);
  return svg;
}
