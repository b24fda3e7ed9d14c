import type { ChatResponse } from "../../answer/index.js";
import { isTailLine } from "./fit-reply.js";

/** Markdown a chat client would render but WeChat shows literally. */
function plain(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/^#{1,6}\s*/gm, "")
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, "$1 $2");
}

/** One sentence a line, so a reply reads well on a phone; the source line stays as it is. */
function shortLines(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line) => (isTailLine(line.trim()) ? [line] : (line.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)/g) ?? [])))
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Clarifying options as numbered lines; the inline “a”、“b” list of the canned reply becomes the list. */
function numberedOptions(answer: string, suggestions: readonly string[]): string {
  const numbered = suggestions.map((s, i) => `${i + 1}. ${s}`).join("\n");
  const inline = suggestions.map((s) => `“${s}”`).join("、");
  const hint = "回复序号即可。";
  if (inline && answer.includes(inline)) {
    const [before, after = ""] = answer.split(inline);
    const rest = after.replace(/^[。.\s]+/, "");
    return `${before!.trimEnd()}\n${numbered}\n${hint}${rest ? `\n${rest}` : ""}`;
  }
  return `${answer}\n${numbered}\n${hint}`;
}

/**
 * The assistant's answer as a WeChat text: plain text, short lines, the 来源 line, the ticket
 * number when escalated, numbered options when it asks back. Length is fitted separately.
 */
export function formatForWechat(response: ChatResponse): string {
  let text = plain(response.answer).replace(/\r\n?/g, "\n").trim();
  const suggestions = response.suggestions ?? [];
  if (response.status === "clarify" && suggestions.length) {
    const withOptions = numberedOptions(text, suggestions);
    const [head, ...rest] = withOptions.split("\n");
    text = [...shortLines(head ?? ""), ...rest].join("\n");
  } else {
    text = shortLines(text).join("\n");
  }
  if (response.status === "escalated" && response.ticketId && !text.includes(response.ticketId)) {
    text += `\n工单号：${response.ticketId}`;
  }
  // Next questions after an answer: a follower replies with the number (the pipeline resolves it).
  if (response.status === "answered" && suggestions.length) {
    text += `\n您可能还想问：\n${suggestions.map((s, i) => `${i + 1}. ${s}`).join("\n")}\n回复序号即可。`;
  }
  return text;
}
