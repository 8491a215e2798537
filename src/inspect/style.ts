/**
 * The inspector's style sheet and its one small script, as strings: inlined by `renderInspectorHtml` so the
 * file stands alone, and injected by the playground page.
 */

/**
 * Fonts with Arabic coverage, best first: Noto Naskh/Sans Arabic (Debian fonts-noto-core, Android, ChromeOS),
 * Amiri and Scheherazade (fonts-hosny-amiri, fonts-sil-scheherazade), Geeza Pro (macOS), Segoe UI and
 * Tahoma (Windows), DejaVu Sans (fonts-dejavu-core, on any Debian with a browser: fontconfig depends on it).
 */
export const ARABIC_FONT_STACK =
  '"Noto Naskh Arabic", "Noto Sans Arabic", Amiri, "Scheherazade New", "Geeza Pro", "Segoe UI", Tahoma, "DejaVu Sans", Arial, sans-serif';

/** The interface font: Latin text of labels and the tree. */
const UI_FONT = 'system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif';

/** The style sheet of the inspector: layout, the marks of the text view, the tree. */
export const INSPECTOR_CSS = `
.kb-page { margin: 0; height: 100vh; display: flex; flex-direction: column; font: 14px/1.45 ${UI_FONT}; color: #1f2933; background: #fff; }
.kb-header { padding: .45rem 1rem; border-bottom: 1px solid #d9dee4; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; align-items: baseline; }
.kb-header h1 { font-size: 1rem; margin: 0; }
.kb-summary { color: #52606d; }
.kb-legend { display: flex; flex-wrap: wrap; gap: .2rem .9rem; margin: 0; padding: 0; list-style: none; font-size: 12px; color: #52606d; }
.kb-legend .kb-text { display: inline; line-height: 1.6; font-size: 13px; }
.kb-inspector { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 3fr) minmax(20rem, 2fr); }
.kb-left { overflow: auto; padding: 1rem 1.5rem 40vh; }
.kb-right { overflow: auto; padding: .5rem 1rem 2rem; border-left: 1px solid #d9dee4; background: #f8f9fb; }
.kb-right .kb-tree :is(.kb-kind, .kb-count, dt, p, .kb-gold-figures) { unicode-bidi: plaintext; }

.kb-text { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; text-align: start; font-family: ${ARABIC_FONT_STACK}; font-size: 17px; line-height: 2.2; }
.kb-chunk { unicode-bidi: plaintext; content-visibility: auto; contain-intrinsic-size: auto 40em; }
.kb-text [data-tag]::before, .kb-text [data-label]::before {
  display: inline-block; white-space: nowrap; unicode-bidi: plaintext; vertical-align: .3em;
  font: 600 10.5px/1.35 ${UI_FONT}; padding: 0 .4em; margin-inline-end: .3em; border-radius: 3px;
}
.kb-text [data-tag]::before { content: attr(data-tag); background: #e4e7eb; color: #3e4c59; }
.kb-text [data-label]::before { content: attr(data-label); }
.kb-text .kb-para[data-tag]::before { background: none; color: #9aa5b1; font-weight: 400; padding: 0 .15em; }

.kb-title { font-weight: 700; font-size: 1.2em; }
.kb-heading { font-weight: 700; color: #0b4f8a; font-size: 1.08em; }
.kb-ticker-header { font-weight: 700; color: #8a6100; }
.kb-byline, .kb-dateline, .kb-block.kb-date { background: #eef1f4; border-radius: 3px; }
.kb-block.kb-furniture, .kb-furniture { color: #9aa5b1; text-decoration: line-through 1.5px #9aa5b1; }

.kb-tick {
  border: 1px solid #c99a06; border-radius: 4px; background: #fffbea; padding: 0 .15em; margin: 0 .1em;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.kb-text .kb-tick[data-label]::before { background: #f7d774; color: #513c06; }

.kb-quote {
  background: color-mix(in srgb, var(--kb-c) 9%, transparent);
  text-decoration: underline 2px var(--kb-c); text-underline-offset: .5em; text-decoration-skip-ink: none;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.kb-quote.kb-indirect { text-decoration-style: dashed; }
.kb-text .kb-quote[data-label]::before { background: var(--kb-c); color: #fff; }
.kb-cue { font-weight: 800; color: var(--kb-c); }
.kb-mention { color: var(--kb-c); text-decoration: underline dotted 2px var(--kb-c); text-underline-offset: .5em; text-decoration-skip-ink: none; }
.kb-date { outline: 1px dashed #7b8794; outline-offset: 1px; border-radius: 2px; }
.kb-published { outline: 2px solid #7b8794; }

.kb-quote.kb-gold-extra, .kb-quote.kb-gold-wrong-speaker { outline: 2px solid #c62828; outline-offset: 1px; }
.kb-quote.kb-gold-wrong-speaker { outline-style: dashed; }
.kb-text .kb-quote.kb-gold-extra[data-label]::before, .kb-text .kb-quote.kb-gold-wrong-speaker[data-label]::before { box-shadow: 0 0 0 2px #c62828; }
.kb-text .kb-missed[data-label]::before { background: #c62828; color: #fff; }

.kb-flash { animation: kb-flash 1.6s ease-out; }
@keyframes kb-flash { 0%, 40% { background-color: #ffe45c; } }

.kb-tree { font-size: 13px; }
.kb-tree bdi, .kb-tree .kb-arabic { font-family: ${ARABIC_FONT_STACK}; font-size: 14px; }
.kb-node { margin: .3rem 0; }
.kb-node > summary { cursor: pointer; font-weight: 600; padding: .15rem 0; }
.kb-count { color: #7b8794; font-weight: 400; font-size: .9em; }
.kb-empty, .kb-null { color: #9aa5b1; font-style: italic; }
.kb-tree ul, .kb-tree ol { margin: .15rem 0 .4rem; padding-inline-start: 1.3rem; }
.kb-tree li { margin: .1rem 0; }
.kb-jump { color: inherit; text-decoration: none; cursor: pointer; }
.kb-jump:hover { text-decoration: underline; }
.kb-jump:focus-visible { outline: 2px solid #1565c0; }
.kb-speakers { list-style: none; padding-inline-start: .2rem; }
.kb-speaker > .kb-jump { font-weight: 700; color: var(--kb-c); }
.kb-swatch { display: inline-block; width: .8em; height: .8em; border-radius: 50%; background: var(--kb-c); margin-inline-end: .4em; vertical-align: -.05em; }
.kb-role { color: #52606d; }
.kb-kind { font-size: .78em; color: #616e7c; text-transform: uppercase; letter-spacing: .03em; }
.kb-when { color: #8a6100; }
.kb-verdict { font-weight: 700; color: #2e7d32; }
.kb-verdict.kb-gold-extra, .kb-verdict.kb-gold-wrong-speaker { color: #c62828; }
.kb-gold-node { border: 1px solid #e0b4b4; border-radius: 4px; padding: .1rem .5rem; background: #fff; }
.kb-meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .1rem .8rem; margin: .2rem 0; }
.kb-meta dt { color: #616e7c; }
.kb-meta dd { margin: 0; }
.kb-copy { font: inherit; font-size: 12px; margin: .2rem 0; }
.kb-json { direction: ltr; text-align: left; white-space: pre; overflow: auto; max-height: 28rem; margin: .2rem 0; padding: .5rem; background: #fff; border: 1px solid #d9dee4; font: 12px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
`;

/**
 * Clicks in the inspector: an element with `data-target` scrolls the text view to the element of that id
 * and flashes it; an element with `data-copy` copies the text of the element of that id. Listens on the
 * document once, so views rendered later work too.
 */
export const INSPECTOR_SCRIPT = `(function () {
  if (window.khabarInspectorListening) return;
  window.khabarInspectorListening = true;
  function flash(el) {
    el.classList.remove("kb-flash");
    void el.offsetWidth;
    el.classList.add("kb-flash");
  }
  function copyText(button, text) {
    function done() {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy"; }, 1500);
    }
    function bySelection() {
      var area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); done(); } finally { area.remove(); }
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, bySelection);
    else bySelection();
  }
  document.addEventListener("click", function (event) {
    var origin = event.target instanceof Element ? event.target : null;
    if (!origin) return;
    var jump = origin.closest("[data-target]");
    if (jump) {
      event.preventDefault();
      var target = document.getElementById(jump.getAttribute("data-target"));
      if (target) {
        target.scrollIntoView({ block: "center", inline: "nearest" });
        flash(target);
      }
      return;
    }
    var copy = origin.closest("[data-copy]");
    if (copy) {
      var source = document.getElementById(copy.getAttribute("data-copy"));
      if (source) copyText(copy, source.textContent || "");
    }
  });
})();
`;
