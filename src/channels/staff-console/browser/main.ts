/**
 * Entry point of /staff/console.js, the 12345 hotline staff console. Signed out it shows the token
 * form; signed in, the policy search first (for use during a call), then the ticket queue next to the
 * open ticket, then the statistics. Plain DOM, no framework; every string is set as text.
 */
import { createStaffApi } from "./api.js";
import { el } from "./dom.js";
import { createGapsView } from "./gaps.js";
import { createLayout } from "./layout.js";
import { createQueueView, type QueueView } from "./queue.js";
import { createSearchView } from "./search.js";
import { createSignIn, storeToken, storedToken } from "./signin.js";
import { createStatsView } from "./stats.js";
import { createTicketView } from "./ticket-view.js";

let token: string | null = storedToken();
let staffName = "";
const api = createStaffApi({ base: "", token: () => token });
const layout = createLayout(document.getElementById("app") ?? document.body, signOut);

function showSignIn(notice = ""): void {
  layout.setUser(null);
  layout.main.replaceChildren(createSignIn(api, signedIn, notice));
  document.getElementById("token-input")?.focus();
}

function signedIn(value: string, name: string): void {
  token = value;
  staffName = name;
  storeToken(value);
  showConsole();
  layout.announce(`已登录：${name}`);
}

function signOut(): void {
  token = null;
  staffName = "";
  storeToken(null);
  showSignIn();
  layout.announce("已退出登录");
}

function showConsole(): void {
  layout.setUser(staffName);
  const search = createSearchView(api, { announce: layout.announce });
  const stats = createStatsView(api);
  const gaps = createGapsView(api, { announce: layout.announce });
  let queue: QueueView | null = null;
  const ticket = createTicketView(api, {
    staff: () => staffName,
    announce: layout.announce,
    changed() {
      void queue?.refresh();
      void stats.refresh();
    },
  });
  queue = createQueueView(api, (id) => {
    queue?.select(id);
    void ticket.open(id);
  });
  const work = el("div", "work");
  work.append(queue.root, ticket.root);
  layout.main.replaceChildren(search.root, work, stats.root, gaps.root);
  void queue.refresh();
  void stats.refresh();
  void gaps.refresh();
  search.input.focus();
}

async function start(): Promise<void> {
  if (!token) {
    showSignIn();
    return;
  }
  layout.main.replaceChildren(el("p", "hint", "正在验证登录状态…"));
  const result = await api.me(token);
  if (result.ok) {
    staffName = result.value.name;
    showConsole();
    return;
  }
  if (result.status === 401) storeToken(null);
  token = result.status === 401 ? null : token;
  showSignIn(result.message);
}

void start();
