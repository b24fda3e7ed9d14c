/**
 * The widget's shell inside its shadow root: the floating button and the chat dialog, with keyboard
 * handling (Enter sends, Shift+Enter is a new line, Escape closes and returns focus to the button).
 */
import { button, el } from "./dom.js";
import { icon } from "./icons.js";
import { STYLES } from "./styles.js";

export interface PanelEvents {
  submit(text: string): void;
  escalate(): void;
  lookup(): void;
  reset(): void;
  openChanged(open: boolean): void;
  elderChanged(on: boolean): void;
}

export interface Panel {
  dialog: HTMLElement;
  log: HTMLElement;
  input: HTMLTextAreaElement;
  status: HTMLElement;
  open(focusInput: boolean): void;
  close(): void;
  setBusy(busy: boolean): void;
  setElder(on: boolean): void;
  /** Marks the launcher while a staff answer waits unseen in the closed panel. */
  setUnread(on: boolean): void;
}

const action = (text: string, onClick: () => void, className = "") => button(text, onClick, { className });

/** A constructed stylesheet where supported (not blocked by a host page's CSP), else a <style>. */
function applyStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = el("style");
    style.textContent = STYLES;
    shadow.append(style);
  }
}

export function createPanel(shadow: ShadowRoot, title: string, events: PanelEvents): Panel {
  applyStyles(shadow);
  const root = el("div", "root");
  const launcher = action(title, () => (dialog.hidden ? open(true) : close()), "launcher");
  launcher.prepend(icon("chat"));
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "zhice-panel");

  const dialog = el("section", "panel");
  dialog.id = "zhice-panel";
  dialog.hidden = true;
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-label", title);
  const elder = action("大字版", () => events.elderChanged(elder.getAttribute("aria-pressed") !== "true"));
  elder.title = "适老模式：大字、高对比、大按钮";
  const closeButton = button("", () => close(), { icon: "close", label: "关闭", className: "icon-only" });
  const header = el("header");
  header.append(el("h2", "", title), elder, closeButton);

  const log = el("div", "log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "对话记录");
  log.tabIndex = 0;
  const status = el("div", "status");
  status.setAttribute("role", "status");

  const form = el("form");
  const label = el("label", "sr", "输入您要咨询的问题");
  label.htmlFor = "zhice-input";
  const input = el("textarea");
  input.id = "zhice-input";
  input.rows = 2;
  input.maxLength = 500;
  input.placeholder = "请输入您的问题，按回车发送";
  const send = el("button", "send", "发送");
  send.type = "submit";
  form.append(label, input, send);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim()) events.submit(input.value.trim());
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  const tools = el("div", "tools");
  const escalate = button("转人工", () => events.escalate(), { icon: "person" });
  tools.append(escalate, button("查询工单", () => events.lookup(), { icon: "search" }), action("清空对话", () => events.reset()));
  const dock = el("div", "dock");
  dock.append(form, tools);

  dialog.append(header, log, status, dock);
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  root.append(launcher, dialog);
  shadow.append(root);

  const unread = el("span", "unread", "新回复");
  function open(focusInput: boolean): void {
    unread.remove();
    dialog.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    if (focusInput) input.focus();
    events.openChanged(true);
  }
  function close(): void {
    dialog.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
    events.openChanged(false);
  }
  return {
    dialog,
    log,
    input,
    status,
    open,
    close,
    setBusy(busy) {
      send.disabled = busy;
      escalate.disabled = busy;
      input.readOnly = busy;
      status.textContent = busy ? "正在查询，请稍候…" : "";
    },
    setUnread(on) {
      if (on && dialog.hidden) launcher.append(unread);
      else unread.remove();
    },
    setElder(on) {
      root.classList.toggle("elder", on);
      elder.setAttribute("aria-pressed", String(on));
    },
  };
}
