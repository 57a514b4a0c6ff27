/**
 * The card's styles, inside our shadow root: the page's CSS cannot reach them and ours cannot leak.
 * `all: initial` on the host's children resets anything inherited from the page.
 */
export const CARD_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
.card {
  all: initial; box-sizing: border-box; position: fixed; top: 0; left: 0; width: max-content; max-width: min(380px, calc(100vw - 16px));
  max-height: min(70vh, 520px); overflow: auto; padding: 12px 14px; border-radius: 10px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de; box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18);
  display: block; text-align: left; direction: ltr;
}
.card * { box-sizing: border-box; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.badge { font-weight: 600; font-size: 12px; padding: 1px 8px; border-radius: 999px; color: #fff; }
.verdict-consistent .badge { background: #1a7f37; }
.verdict-needs-context .badge { background: #9a5b00; }
.verdict-differs .badge { background: #cf222e; }
.subject { font-weight: 600; flex: 1; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; color: inherit; }
.close:hover { background: rgba(127, 127, 127, 0.15); }
.statement { margin: 0 0 8px; font-size: 14px; }
.figures { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 8px; }
.figures dt { color: #59636e; }
.figures dd { margin: 0; }
.flags { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 8px; padding: 0; list-style: none; }
.flag { font-size: 12px; padding: 1px 8px; border-radius: 999px; border: 1px solid #9a5b00; color: #9a5b00; }
.note { margin: 0 0 8px; padding: 6px 8px; background: rgba(212, 140, 0, 0.12); border-radius: 6px; }
.asof { margin: 0 0 6px; color: #59636e; }
.sources-title { font-size: 13px; margin: 6px 0 4px; font-weight: 600; }
.sources { margin: 0 0 8px; padding-left: 18px; }
.sources li { margin-bottom: 4px; }
.publisher { font-weight: 600; }
.date, .kind { color: #59636e; }
a { color: #0969da; text-decoration: underline; cursor: pointer; }
.dataset { color: #59636e; font-size: 12px; border-top: 1px solid #d8dee4; padding-top: 6px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.card:focus { outline: none; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #3d444d; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.5); }
  .figures dt, .asof, .date, .kind, .dataset { color: #9198a1; }
  a { color: #4493f8; }
  .dataset { border-color: #3d444d; }
  .flag { color: #d29922; border-color: #d29922; }
  :focus-visible { outline-color: #4493f8; }
}
@media (forced-colors: active) {
  .card { border: 1px solid CanvasText; }
  .badge { border: 1px solid CanvasText; }
}
`;
