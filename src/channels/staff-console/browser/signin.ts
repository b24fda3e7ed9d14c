/**
 * The sign-in form: the staff token is checked with GET /api/staff/me and, when the server knows
 * it, kept in sessionStorage (gone when the tab closes). 401 says 令牌错误; 503 shows the server's
 * explanation of how to turn the staff API on (STAFF_TOKENS).
 */
import type { StaffApi } from "./api.js";
import { alertRegion, el, field, section, statusRegion } from "./dom.js";

export const TOKEN_KEY = "zhice-staff-token";

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage blocked: the token lives only in memory until the page reloads
  }
}

/** Renders the form; `signedIn` gets the token and the staff member's name. */
export function createSignIn(api: StaffApi, signedIn: (token: string, name: string) => void, notice = ""): HTMLElement {
  const { root } = section("signin", "工作人员登录");
  const form = el("form", "signin-form");
  form.setAttribute("aria-label", "工作人员登录");
  const token = el("input");
  token.type = "password";
  token.id = "token-input";
  token.autocomplete = "current-password";
  token.required = true;
  token.spellcheck = false;
  const send = el("button", "primary", "登录");
  send.type = "submit";
  const error = alertRegion();
  error.id = "signin-error";
  const status = statusRegion();
  if (notice) error.textContent = notice;
  form.append(field("工作人员令牌", token, "令牌由管理员在 STAFF_TOKENS 中配置，只保存在本标签页，关闭即清除。"), send);
  root.append(form, status, error);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = token.value.trim();
    if (!value) {
      error.textContent = "请输入工作人员令牌。";
      token.focus();
      return;
    }
    send.disabled = true;
    error.textContent = "";
    status.textContent = "正在验证令牌…";
    void api.me(value).then((result) => {
      send.disabled = false;
      status.textContent = "";
      if (result.ok) {
        signedIn(value, result.value.name);
        return;
      }
      error.textContent = result.message;
      token.select();
      token.focus();
    });
  });
  return root;
}
