import type { Request, Response } from "express";
import type { Streamer } from "../../../app/ports.js";
import type { ChatRequest } from "../../../answer/index.js";
import { HttpError } from "../http-error.js";

/** One server-sent event. */
function send(res: Response, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * POST /api/chat/stream (LLM_MODE=answer): the same question and session rules as /api/chat, answered
 * as server-sent events: `draft` events carry the model's answer as it is written ({text}), then one
 * `answer` event carries the checked /api/chat response, which replaces the drafts (it is the
 * extractive answer whenever the draft was rejected). An `error` event ({error: {code, message}})
 * ends a stream that failed after it began. Not compressed (Cache-Control: no-transform), so each
 * event leaves at once.
 */
export async function streamAnswer(streamer: Streamer, request: ChatRequest, req: Request, res: Response): Promise<void> {
  if (!streamer.enabled) throw new HttpError(404, "not_found", "没有这个接口地址。");
  res.status(200).set({
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    "X-Accel-Buffering": "no", // nginx: do not hold events back
  });
  res.flushHeaders();
  let open = true;
  req.on("close", () => (open = false));
  try {
    const response = await streamer.answer(request, { onDraft: (text) => open && send(res, "draft", { text }) });
    if (open) send(res, "answer", response);
  } catch {
    if (open) send(res, "error", { error: { code: "internal_error", message: "抱歉，系统暂时出了点问题，请稍后再试，或拨打12345政务服务便民热线。" } });
  }
  res.end();
}
