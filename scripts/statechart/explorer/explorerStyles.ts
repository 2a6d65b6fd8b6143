/** The explorer page's stylesheet (inlined: the page loads nothing but its screenshots). */
export const EXPLORER_CSS = `
:root { color-scheme: light; --ink: #0f172a; --muted: #475569; --line: #cbd5e1; --accent: #c2410c; --focus: #1d4ed8; --bg: #f8fafc; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header { padding: 12px 20px; border-bottom: 1px solid var(--line); background: var(--bg); }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0 0 8px; }
h3 { font-size: 15px; margin: 12px 0 6px; }
h4 { font-size: 13px; margin: 10px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
header p { margin: 2px 0; color: var(--muted); }
main { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(400px, 1fr); gap: 0; min-height: calc(100vh - 90px); }
.chart-pane { padding: 12px 16px; border-right: 1px solid var(--line); }
.chart-scroll { overflow: auto; max-height: calc(100vh - 150px); border: 1px solid var(--line); border-radius: 8px; }
.side { padding: 12px 16px; overflow: auto; max-height: calc(100vh - 90px); }
.hint { color: var(--muted); margin: 0 0 8px; font-size: 13px; }
.chart-tools { display: flex; gap: 8px; align-items: center; margin: 0 0 6px; }
.chart-tools button { border: 1px solid #64748b; background: #fff; border-radius: 6px; padding: 2px 10px; }
#chart.fit svg { width: 100%; height: auto; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 13px; background: #f1f5f9; padding: 0 3px; border-radius: 3px; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, input:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
[role="tablist"] { display: flex; gap: 4px; border-bottom: 1px solid var(--line); margin-bottom: 8px; }
[role="tab"] { border: 1px solid transparent; border-bottom: none; background: none; padding: 6px 14px; border-radius: 6px 6px 0 0; }
[role="tab"][aria-selected="true"] { border-color: var(--line); background: #fff; font-weight: 700; margin-bottom: -1px; }
ul, ol { padding-left: 20px; margin: 4px 0; }
.meanings li, .edge-list li { margin: 2px 0; }
.edge-button, .path-button, .step-button, .sim-event { background: none; border: 1px solid transparent; text-align: left; padding: 3px 6px; border-radius: 4px; width: 100%; }
.edge-button:hover, .path-button:hover, .step-button:hover, .sim-event:hover { border-color: var(--line); background: var(--bg); }
.path-button[aria-current="true"], .step-button[aria-current="step"] { border-color: var(--accent); background: #fff7ed; }
.path-list { list-style: none; padding: 0; max-height: 150px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
.path-chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.chip { border: 1px solid var(--line); background: var(--bg); border-radius: 999px; padding: 1px 9px; font-size: 13px; }
label { font-weight: 600; }
input[type="search"] { font: inherit; width: 100%; padding: 6px 8px; border: 1px solid #64748b; border-radius: 6px; margin: 4px 0; }
.step-nav { display: flex; gap: 8px; margin: 8px 0; }
.step-nav button, .sim-reset { border: 1px solid #64748b; background: #fff; border-radius: 6px; padding: 4px 12px; }
.step-nav button:disabled { color: #64748b; cursor: default; }
.shot { margin: 8px 0; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.shot img { display: block; width: 100%; height: auto; }
.no-shot { padding: 40px; text-align: center; color: var(--muted); background: var(--bg); }
figcaption { padding: 6px 8px; font-size: 13px; color: var(--muted); border-top: 1px solid var(--line); }
.verdict { font-weight: 700; }
.verdict--passed { color: #166534; } .verdict--failed { color: #b91c1c; } .verdict--not-run-yet, .verdict--not-reached { color: #475569; }
.sim-event--untrusted code { background: #fee2e2; }
.sim-next { font-weight: 700; }
#chart g.state, #chart g.label { cursor: pointer; }
#chart g.state:focus, #chart g.label:focus { outline: none; }
#chart g.state:focus rect, #chart g.label:focus rect { stroke: var(--focus); stroke-width: 3; }
#chart .edge, #chart g.state, #chart g.label { transition: opacity .12s; }
#chart.focusing .edge:not(.related), #chart.focusing g.label:not(.related), #chart.focusing g.state:not(.related):not(.compound) { opacity: .12; }
#chart .edge.selected, #chart .edge.taken { stroke: var(--accent); stroke-width: 3; }
#chart g.label.selected rect, #chart g.label.taken rect { stroke: var(--accent); stroke-width: 2.5; fill: #fff7ed; }
#chart g.state.current > rect { stroke: var(--accent); stroke-width: 4; fill: #ffedd5; }
.legend-reqs li { margin: 2px 0; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } .chart-scroll, .side { max-height: none; } }
`
