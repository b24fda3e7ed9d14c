/** Chinese labels for the codes the staff API uses; unknown codes show as themselves. */

export const TOPIC_LABELS: Readonly<Record<string, string>> = {
  "medical-insurance": "医疗保障",
  education: "入学教育",
  financing: "企业融资",
  ip: "知识产权",
  enterprise: "企业开办与注销",
  "elderly-care": "养老服务",
  "social-security": "社会保险",
  residence: "户籍与居住证",
};

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  open: "待处理",
  claimed: "处理中",
  answered: "已答复",
  closed: "已关闭",
};

export const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  web: "网站",
  wechat: "微信",
  hotline: "热线",
  api: "接口",
};

export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  escalation: "转人工（无法自动答复）",
  unhelpful: "答复被评为没帮助",
  handoff: "用户要求转人工",
};

/** Why a ticket was opened (the ticket's reason, also the detail of its "create" audit entry). */
export const REASON_LABELS: Readonly<Record<string, string>> = {
  case_specific: "个人办件情况，需查询",
  local_specific: "涉及当地具体标准",
  low_confidence: "知识库把握不足",
  mismatch: "找到的条文与所问不符",
  ungrounded: "答复无法在原文中核实",
  policy_changed: "所涉政策已到期或被取代，新规定未收录",
  rated_unhelpful: "群众评为没帮助",
  handoff: "群众要求转人工",
};

export const ACTION_LABELS: Readonly<Record<string, string>> = {
  create: "创建",
  claim: "认领",
  answer: "答复",
  close: "关闭",
  reopen: "重新打开",
  deliver: "答复已送达",
  purge: "清除个人信息",
};

/** The label for `code` in `labels`; "未分类" for a missing code, the code itself when unknown. */
export function label(labels: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined || code === "" || code === "null" || code === "unknown") return "未分类";
  return labels[code] ?? code;
}

/** "2026-11-26T05:43:02.000Z" → "2026-11-26 13:43" in the browser's time zone (as given when unparsable). */
export function formatTime(iso: string | null): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 0.5 → "50%", 0.333 → "33.3%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

export const GAP_SIGNAL_LABELS: Readonly<Record<string, string>> = {
  escalated: "转人工",
  low_confidence: "低把握回答",
  abandoned_clarify: "追问后放弃",
  rated_unhelpful: "评为没帮助",
};

export const SECTION_FLAG_LABELS: Readonly<Record<string, string>> = {
  unhelpful: "没帮助比例高",
  re_asked: "重复提问或转人工多",
};
