/** The widget's stylesheet, scoped to its shadow root. Sizes in px: the host page's rem cannot leak in. */
export const STYLES = `
:host { all: initial; }
.root { --fs: 16px; --target: 44px; --fg: #1f2329; --muted: #4e5969; --bg: #fff; --soft: #f2f5fa;
  --brand: #0b57a4; --brand-fg: #fff; --line: #c9d2de; --bw: 1px; --focus: #ffbf00;
  font: var(--fs)/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: var(--fg); }
.root.elder { --fs: 21px; --target: 52px; --fg: #000; --muted: #000; --bg: #fff; --soft: #fff;
  --brand: #002f6c; --line: #000; --bw: 2px; }
*, *::before, *::after { box-sizing: border-box; }
button, textarea { font: inherit; color: inherit; }
button { min-height: var(--target); min-width: var(--target); cursor: pointer; border-radius: 8px;
  border: var(--bw) solid var(--line); background: var(--bg); padding: 4px 12px; }
button:hover { background: var(--soft); }
button[disabled] { opacity: .6; cursor: not-allowed; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px #000; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 999px;
  background: var(--brand); color: var(--brand-fg); padding: 10px 20px; font-weight: 600;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher svg { width: 1.2em; height: 1.2em; vertical-align: -0.25em; margin-right: 6px; fill: currentColor; }
.launcher:hover { background: var(--brand); filter: brightness(1.15); }
.panel { position: fixed; right: 20px; bottom: 88px; z-index: 2147483001; width: 400px;
  max-width: calc(100vw - 40px); height: min(640px, calc(100vh - 108px)); display: flex; flex-direction: column;
  background: var(--bg); border: var(--bw) solid var(--line); border-radius: 12px; overflow: hidden;
  box-shadow: 0 8px 30px rgba(0,0,0,.25); }
.panel[hidden] { display: none; }
.root.elder .panel { width: 480px; }
header { display: flex; align-items: center; gap: 8px; padding: 8px 8px 8px 16px; background: var(--brand);
  color: var(--brand-fg); }
header h2 { flex: 1; margin: 0; font-size: 1.1em; }
header button { background: transparent; color: var(--brand-fg); border-color: var(--brand-fg); }
header button:hover { background: rgba(255,255,255,.15); }
header button[aria-pressed="true"] { background: var(--brand-fg); color: var(--brand); }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 12px;
  background: var(--soft); }
.msg { max-width: 92%; padding: 10px 12px; border-radius: 10px; white-space: pre-wrap; overflow-wrap: anywhere;
  border: var(--bw) solid var(--line); background: var(--bg); }
.msg.user { align-self: flex-end; background: var(--brand); color: var(--brand-fg); border-color: var(--brand); }
.msg.bot, .msg.notice { align-self: flex-start; }
.msg.error { border-color: #b42318; color: #8a1c12; background: #fff4f2; }
.msg p { margin: 0; }
.ticket { margin-top: 8px; padding: 8px 10px; border: 2px solid #b54708; border-radius: 8px; background: #fffaeb;
  color: #000; font-weight: 700; font-size: 1.15em; }
.sources { margin-top: 8px; font-size: .9em; white-space: normal; }
.sources > span { color: var(--muted); }
details { margin-top: 4px; border-top: var(--bw) dashed var(--line); padding-top: 4px; }
summary { cursor: pointer; min-height: var(--target); display: flex; align-items: center; color: var(--brand);
  font-weight: 600; }
.root.elder summary { text-decoration: underline; }
details dl { margin: 4px 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
details dt { color: var(--muted); } details dd { margin: 0; }
blockquote { margin: 6px 0 0; padding-left: 8px; border-left: 3px solid var(--line); color: var(--muted); }
.chips, .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; white-space: normal; }
.chips button { border-radius: 999px; color: var(--brand); border-color: var(--brand); text-align: left; }
.actions button { padding: 4px 10px; }
.actions button[aria-pressed="true"] { background: var(--brand); color: var(--brand-fg); border-color: var(--brand); }
.status { font-size: .9em; color: var(--muted); min-height: 1.6em; padding: 0 12px; }
form { display: flex; gap: 8px; padding: 8px 12px 12px; border-top: var(--bw) solid var(--line); }
textarea { flex: 1; min-height: var(--target); max-height: 8em; resize: vertical; padding: 8px 10px;
  border: var(--bw) solid var(--line); border-radius: 8px; background: var(--bg); }
form button.send { background: var(--brand); color: var(--brand-fg); border-color: var(--brand); font-weight: 600; }
.tools { display: flex; gap: 8px; flex-wrap: wrap; padding: 0 12px 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 520px), (max-height: 520px) {
  .panel, .root.elder .panel { inset: 0; width: 100%; max-width: 100%; height: 100%; border-radius: 0; border: 0; }
}
@media (max-height: 520px) {
  .status { min-height: 0; } textarea { height: var(--target); } form { padding-bottom: 6px; } .tools { padding-bottom: 6px; }
}
@media (prefers-reduced-motion: no-preference) { .panel { transition: opacity .15s; } }
`;
