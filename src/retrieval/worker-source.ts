/**
 * How to start one of this folder's worker threads: compiled, the .js file beside this one. Run from source
 * (tsx), a worker thread does not inherit tsx's loader: a short bootstrap registers it, then imports the .ts file.
 */
export function workerSource(name: string): [string | URL, { eval?: boolean }] {
  if (!import.meta.url.endsWith(".ts")) return [new URL(`./${name}.js`, import.meta.url), {}];
  const entry = JSON.stringify(new URL(`./${name}.ts`, import.meta.url).href);
  // tsx as this module resolves it, so the worker finds it whatever the working directory.
  const tsx = JSON.stringify(resolved("tsx/esm/api"));
  return [`import(${tsx}).then(({ register }) => { register(); return import(${entry}); });`, { eval: true }];
}

/** A package as this module resolves it (absolute), or its bare name where import.meta.resolve is missing (a test runner). */
function resolved(specifier: string): string {
  try {
    return typeof import.meta.resolve === "function" ? import.meta.resolve(specifier) : specifier;
  } catch {
    return specifier;
  }
}
