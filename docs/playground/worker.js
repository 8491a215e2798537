/*
 * The playground's parsing worker. As a worker file (`new Worker("worker.js")`, over HTTP) it loads
 * khabar.js and listens; the page also loads it as a plain script, so that from file:// (where worker files
 * are refused) it can start the same code from a Blob made of `khabarBundle` and `khabarWorker`.
 *
 * A request is {id, text, html, gold}; the answer is {id, text, json, parts, parseMs, renderMs} or
 * {id, error}. `parts` is khabar's renderInspectorParts: the summary, text view and tree as HTML strings.
 */
function khabarWorker(scope, lib) {
  scope.onmessage = (event) => {
    const request = event.data;
    try {
      const started = performance.now();
      let text = request.text;
      let article;
      if (request.html) {
        const page = lib.htmlToText(text);
        text = page.text;
        article = lib.withHtmlMetadata(lib.parseArticle(text), page.metadata);
      } else {
        article = lib.parseArticle(text);
      }
      const parsed = performance.now();
      const gold = request.gold ? lib.goldFromJson(request.gold) : undefined;
      // The JSON is left out of the tree: the page makes it only when its node is opened.
      const parts = lib.renderInspectorParts(text, article, gold, { json: false });
      scope.postMessage({
        id: request.id,
        text: request.html ? text : null,
        // Strings cross to the page as one copy; a structured Article of a 1 MB page would take the page's
        // thread a long while to rebuild.
        json: JSON.stringify(article),
        parts,
        parseMs: parsed - started,
        renderMs: performance.now() - parsed,
      });
    } catch (error) {
      scope.postMessage({ id: request.id, error: String(error?.message ?? error) });
    }
  };
}

if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  importScripts("khabar.js");
  khabarWorker(self, self.khabar);
}
