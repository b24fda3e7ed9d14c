/**
 * The page frame: a skip link, the header (title, who is signed in, 大字版/高对比 switch, 退出),
 * the section navigation, <main> and one polite live region for confirmations such as "已复制".
 */
import { button, el, statusRegion } from "./dom.js";

export const ELDER_KEY = "zhice-staff-elder";

export interface Layout {
  main: HTMLElement;
  announce(text: string): void;
  /** Shows the user's name, the navigation and 退出 (name) or hides them (null). */
  setUser(name: string | null): void;
}

function readElder(): boolean {
  try {
    return localStorage.getItem(ELDER_KEY) === "1";
  } catch {
    return false; // storage blocked: the switch still works for this page
  }
}

function saveElder(on: boolean): void {
  try {
    localStorage.setItem(ELDER_KEY, on ? "1" : "0");
  } catch {
    // not remembered, nothing else lost
  }
}

export function createLayout(root: HTMLElement, onSignOut: () => void): Layout {
  const skip = el("a", "skip", "跳到主要内容");
  skip.href = "#main";
  const header = el("header", "top");
  const title = el("h1", "", "知策 · 12345 热线工作台");
  const user = el("span", "user");
  const elder = button("大字版/高对比", () => setElder(elder.getAttribute("aria-pressed") !== "true"), "switch");
  elder.title = "放大字体、提高对比度、加大按钮";
  const signOut = button("退出登录", onSignOut);
  const tools = el("div", "header-tools");
  tools.append(user, elder, signOut);
  header.append(title, tools);

  const nav = el("nav", "sections");
  nav.setAttribute("aria-label", "功能导航");
  const links = el("ul");
  for (const [href, text] of [["#search", "政策检索"], ["#queue", "工单队列"], ["#stats", "统计"], ["#gaps", "知识缺口"]] as const) {
    const item = el("li");
    const link = el("a", "", text);
    link.href = href;
    link.addEventListener("click", (event) => {
      const target = document.querySelector<HTMLElement>(`${href} h2`);
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView();
      target.focus();
    });
    item.append(link);
    links.append(item);
  }
  nav.append(links);

  const main = el("main");
  main.id = "main";
  main.tabIndex = -1;
  const live = statusRegion("sr");
  live.id = "announcer";
  root.replaceChildren(skip, header, nav, main, live);

  function setElder(on: boolean): void {
    document.documentElement.classList.toggle("elder", on);
    elder.setAttribute("aria-pressed", String(on));
    saveElder(on);
  }
  setElder(readElder());

  return {
    main,
    announce(text) {
      live.textContent = "";
      window.setTimeout(() => (live.textContent = text), 50); // the same words twice are still read
    },
    setUser(name) {
      user.textContent = name ? `工作人员：${name}` : "";
      signOut.hidden = !name;
      nav.hidden = !name;
    },
  };
}
