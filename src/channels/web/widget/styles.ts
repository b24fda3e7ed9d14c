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
button, textarea, input { font: inherit; color: inherit; }
.icon { width: 1.15em; height: 1.15em; vertical-align: -0.2em; fill: none; stroke: currentColor; stroke-width: 2;
  stroke-linecap: round; stroke-linejoin: round; flex: none; }
.icon.filled { fill: currentColor; stroke: none; }
button .icon { margin-right: 4px; } button.icon-only .icon { margin: 0; }
button { min-height: var(--target); min-width: var(--target); cursor: pointer; border-radius: 8px;
  border: var(--bw) solid var(--line); background: var(--bg); padding: 4px 12px; }
button:hover { background: var(--soft); }
button[disabled] { opacity: .6; cursor: not-allowed; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px #000; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 999px;
  background: var(--brand); color: var(--brand-fg); padding: 10px 20px; font-weight: 600;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.launcher .icon { width: 1.2em; height: 1.2em; margin-right: 6px; }
.launcher .unread { margin-left: 8px; padding: 0 8px; border-radius: 999px; background: #fff; color: #8a1c12;
  font-size: .85em; font-weight: 700; }
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
.log { position: relative; flex: 1; min-height: 0; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 12px;
  background: var(--soft); }
.msg { max-width: 92%; padding: 10px 12px; border-radius: 10px; white-space: pre-wrap; overflow-wrap: anywhere;
  border: var(--bw) solid var(--line); background: var(--bg); }
.msg.user { align-self: flex-end; background: var(--brand); color: var(--brand-fg); border-color: var(--brand); }
.msg.bot, .msg.notice, .msg.staff, .msg.sheet { align-self: flex-start; }
.msg:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.msg.draft { align-self: flex-start; color: var(--muted); }
.msg.staff { border: 2px solid #067647; background: #ecfdf3; max-width: 96%; }
.staff-head { color: #054f31; margin-bottom: 4px !important; }
.staff-head .icon { width: 1.2em; height: 1.2em; margin-right: 4px; }
.msg .asked { color: var(--muted); font-size: .92em; margin-bottom: 4px; }
.welcome p + p { margin-top: 6px; }
.welcome .privacy { font-size: .9em; color: var(--muted); }
.answer.folded p { max-height: 9.6em; overflow: hidden;
  -webkit-mask-image: linear-gradient(#000 70%, transparent); mask-image: linear-gradient(#000 70%, transparent); }
button.more { margin-top: 4px; color: var(--brand); border-color: var(--brand); }
.offer { white-space: normal; } .offer:not(:empty) { margin-top: 8px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.offer p { flex-basis: 100%; }
.note { font-size: .9em; color: var(--muted); margin-top: 4px !important; white-space: normal; }
button.primary { background: var(--brand); color: var(--brand-fg); border-color: var(--brand); font-weight: 600; }
button.primary:hover { background: var(--brand); filter: brightness(1.15); }
.sheet { white-space: normal; width: 96%; display: flex; flex-direction: column; gap: 8px; padding: 12px;
  border: 2px solid var(--brand); border-top-width: 2px; }
.sheet h3 { margin: 0; font-size: 1.05em; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field label { font-weight: 600; }
.field textarea, .field input { width: 100%; min-height: var(--target); padding: 6px 8px; border: var(--bw) solid var(--line);
  border-radius: 8px; background: var(--bg); }
.check { display: flex; gap: 8px; align-items: center; min-height: var(--target); }
.check input { width: 22px; height: 22px; flex: none; }
.form-error { color: #8a1c12; font-weight: 600; } .form-error:empty { display: none; }
.hint { color: var(--muted); }
.source-link { display: inline-flex; align-items: center; min-height: var(--target); color: var(--brand); font-weight: 600; }
.msg.error { border-color: #b42318; color: #8a1c12; background: #fff4f2; }
.msg p { margin: 0; }
.ticket { margin-top: 8px; padding: 8px 10px; border: 2px solid #b54708; border-radius: 8px; background: #fffaeb;
  color: #000; font-weight: 700; font-size: 1.05em; }
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
.dock { border-top: var(--bw) solid var(--line); }
.dock form { display: flex; gap: 8px; padding: 8px 12px 12px; }
textarea { flex: 1; min-height: var(--target); max-height: 8em; resize: vertical; padding: 8px 10px;
  border: var(--bw) solid var(--line); border-radius: 8px; background: var(--bg); }
form button.send { background: var(--brand); color: var(--brand-fg); border-color: var(--brand); font-weight: 600; }
.tools { display: flex; gap: 8px; flex-wrap: wrap; padding: 0 12px 12px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 520px), (max-height: 520px) {
  .panel, .root.elder .panel { inset: 0; width: 100%; max-width: 100%; height: 100%; border-radius: 0; border: 0; }
}
@media (max-height: 520px) {
  /* Short screens (a laptop at 200% zoom): one row for input and tools, so the log keeps most of the height. */
  header { padding-top: 4px; padding-bottom: 4px; }
  .status { min-height: 0; } .status:empty { display: none; }
  .dock { display: flex; align-items: flex-end; }
  .dock form { flex: 1; min-width: 0; padding: 6px 8px 6px 12px; }
  .dock textarea { height: var(--target); resize: none; }
  .tools { flex-wrap: nowrap; padding: 6px 12px 6px 0; } .tools .icon { display: none; }
}
@media (prefers-reduced-motion: no-preference) { .panel { transition: opacity .15s; } }
`;
