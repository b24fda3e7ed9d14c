import crypto from "node:crypto";
import type { RequestHandler } from "express";
import { HttpError } from "./http-error.js";

export interface StaffAccount {
  name: string;
  token: string;
}

const digest = (value: string) => crypto.createHash("sha256").update(value).digest();

/**
 * Bearer-token authentication for /api/staff. Tokens are compared in constant time (as hashes,
 * so lengths leak nothing). With no accounts configured the staff API is off: 503, never open.
 */
export function requireStaff(accounts: readonly StaffAccount[]): RequestHandler {
  const known = accounts.map((a) => ({ name: a.name, hash: digest(a.token) }));
  return (req, res, next) => {
    if (known.length === 0) {
      throw new HttpError(503, "staff_disabled", "工作人员接口未启用：请在环境变量 STAFF_TOKENS 中配置“姓名:令牌”（令牌至少16位，多个用逗号分隔）后重启。");
    }
    // Exactly "Bearer <token>": one space, the token as configured, nothing around it.
    const match = /^Bearer ([^\s,:]+)$/.exec(req.get("authorization") ?? "");
    const offered = match ? digest(match[1]!) : null;
    // Check every account, so the time taken does not depend on which one matched.
    let staff: string | null = null;
    for (const account of known) {
      if (offered && crypto.timingSafeEqual(offered, account.hash)) staff = account.name;
    }
    if (!staff) throw new HttpError(401, "unauthorized", "请先登录：缺少或错误的工作人员令牌。");
    res.locals.staff = staff;
    next();
  };
}
