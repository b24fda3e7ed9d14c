export { wechatRoutes, type WechatConfig, type WechatRouterOptions } from "./router.js";
export type { WechatAssistant } from "./message-handler.js";
export { createWechatApi, type CustomerServiceApi } from "./wechat-api.js";
export { createStaffAnswerPush } from "./push-staff-answer.js";
