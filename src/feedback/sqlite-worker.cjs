// The SQLite connection of sqlite-worker-driver.ts, on its own thread: statements (and the fsync of each commit,
// synchronous=FULL) run here, so a slow disk holds up only the requests that wait for their write, not the event loop.
// Plain JavaScript, read from src/ also by compiled code (project-root.ts sourceAsset): it runs the same under tsx,
// vitest and dist/ without a loader. Messages: {id, kind: "all" | "run" | "exec" | "close", sql, params}.
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
const Database = require(workerData.driverPath);

fs.mkdirSync(path.dirname(workerData.file), { recursive: true });
const db = new Database(workerData.file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("busy_timeout = 5000");
// Prepared once per SQL text: the statements are few and fixed, and preparing costs more than running.
const statements = new Map();
const prepare = (sql) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
};

parentPort.on("message", ({ id, kind, sql, params }) => {
  try {
    let value = null;
    if (kind === "all") value = prepare(sql).all(...params);
    else if (kind === "run") value = prepare(sql).run(...params).changes;
    else if (kind === "exec") db.exec(sql);
    else if (kind === "close") db.close();
    parentPort.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: error.message, code: error.code });
  }
});
parentPort.postMessage({ id: 0, ok: true, value: "open" });
