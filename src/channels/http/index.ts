export { createHttpApp, type HttpAppOptions } from "./app.js";
export { HttpError } from "./http-error.js";
