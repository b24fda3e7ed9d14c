/**
 * The Content-Security-Policy of the pages this server renders: scripts and connections only
 * from this server, nothing inline but styles, no plugins. `extra` adds page-specific directives.
 */
export function strictCsp(...extra: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ...extra,
  ].join("; ");
}
