import type { ErrorRequestHandler, RequestHandler } from "express";
import { TicketQuotaError } from "../../feedback/index.js";
import { TicketError } from "../../staff/index.js";
import { HttpError } from "./http-error.js";
import type { Logger } from "../../ops/logger.js";
import { requestLog } from "../../ops/request-context.js";

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Maps every error to {error: {code, message}} in one place; bad input is never a 5xx. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    let httpError: HttpError;
    const parserError = error as BodyParserError;
    if (error instanceof HttpError) {
      httpError = error;
    } else if (error instanceof TicketError) {
      const status = { not_found: 404, conflict: 409, invalid: 400 }[error.code];
      httpError = new HttpError(status, error.code === "invalid" ? "invalid_request" : error.code, error.message);
    } else if (error instanceof TicketQuotaError) {
      httpError = new HttpError(
        429,
        "rate_limited",
        `您24小时内已提交${error.perDay}个工单，已达上限。工作人员会依次处理；着急的话请拨打12345政务服务便民热线。`,
        error.retryAfterSeconds,
      );
    } else if (parserError?.type === "entity.too.large") {
      httpError = new HttpError(413, "payload_too_large", "请求内容太大，请缩短后再试。");
    } else if (parserError?.type === "entity.parse.failed") {
      httpError = new HttpError(400, "invalid_json", "请求格式不正确：请求体必须是合法的 JSON。");
    } else if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
      httpError = new HttpError(400, "invalid_request", "请求格式不正确，请检查后再试。");
    } else {
      (requestLog(res) ?? logger).error({ err: error }, "unhandled error");
      httpError = new HttpError(500, "internal_error", "抱歉，系统暂时出了点问题，请稍后再试，或拨打12345政务服务便民热线。");
    }
    if (httpError.retryAfterSeconds !== undefined) res.setHeader("Retry-After", String(httpError.retryAfterSeconds));
    res.status(httpError.status).json({ error: { code: httpError.code, message: httpError.message } });
  };
}

export const notFound: RequestHandler = (_req, _res, next) => {
  next(new HttpError(404, "not_found", "没有这个接口地址。"));
};
