/*
 * The playground page: sends the text box's content to the parsing worker as the user types (debounced,
 * at most one request in flight and only the newest waiting), and shows the inspector's parts it answers.
 * Drop or open a .txt/.html page, or an NNN.gold.json to mark missed and extra quotes.
 * `window.khabarPlayground` exposes the last result for the tests.
 */
(() => {
  const lib = window.khabar;
  const $ = (selector) => document.querySelector(selector);
  const textarea = $("#page");
  const state = {
    gold: null,
    goldName: null,
    goldFromSample: false,
    html: false,
    nextId: 1,
    shownId: 0,
    inFlight: false,
    waiting: null,
    mode: "worker",
    last: null,
  };
  window.khabarPlayground = state;

  const style = document.createElement("style");
  style.textContent = lib.INSPECTOR_CSS;
  document.head.prepend(style);
  const clicks = document.createElement("script");
  clicks.textContent = lib.INSPECTOR_SCRIPT;
  document.head.append(clicks);

  /** A worker file over HTTP; from file://, where worker files are refused, the same code from a Blob. */
  function startWorker() {
    if (typeof Worker === "undefined") return null;
    if (location.protocol !== "file:") {
      try {
        return new Worker("worker.js");
      } catch {
        // A host that refuses worker files: try the Blob below.
      }
    }
    try {
      const source = `${window.khabarBundle}\nvar khabar = khabarBundle();\n${window.khabarWorker}\nkhabarWorker(self, khabar);\n`;
      return new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
    } catch {
      return null;
    }
  }

  /** Parses on this thread, when no worker can start: the page stays usable, large pastes block it. */
  function parseHere(request) {
    const answers = [];
    const scope = { postMessage: (answer) => answers.push(answer) };
    khabarWorker(scope, lib);
    scope.onmessage({ data: request });
    return answers[0];
  }

  let worker = startWorker();
  if (worker === null) state.mode = "main thread";

  function send(request) {
    if (worker === null) {
      show(parseHere(request));
      return;
    }
    if (state.inFlight) {
      state.waiting = request;
      return;
    }
    state.inFlight = true;
    worker.postMessage(request);
  }

  function answered(answer) {
    state.inFlight = false;
    const next = state.waiting;
    state.waiting = null;
    if (next) send(next);
    // An answer overtaken by newer text is not drawn: the newer one follows.
    if (!next || answer.error) show(answer);
  }

  function listen(w) {
    w.onmessage = (event) => answered(event.data);
    w.onerror = (event) => {
      event.preventDefault();
      // The worker could not start or died: parse on this thread from now on.
      w.terminate();
      worker = null;
      state.mode = "main thread";
      state.inFlight = false;
      request();
    };
  }
  if (worker !== null) listen(worker);

  function request() {
    const id = state.nextId++;
    send({ id, text: textarea.value, html: state.html, gold: state.gold });
    return id;
  }

  function show(answer) {
    if (answer.id < state.shownId) return;
    state.shownId = answer.id;
    if (answer.error) {
      $("#summary").textContent = `error: ${answer.error}`;
      document.body.dataset.status = "error";
      return;
    }
    if (answer.text !== null) {
      // An HTML page was read as text: the box now holds that text, which the spans index into.
      textarea.value = answer.text;
      state.html = false;
    }
    state.last = answer;
    const jsonWasOpen = $("#tree-view .kb-json-node")?.open === true;
    $("#text-view").innerHTML = answer.parts.text;
    $("#tree-view").innerHTML = answer.parts.tree;
    const jsonNode = $("#tree-view .kb-json-node");
    if (jsonNode && jsonWasOpen) {
      jsonNode.open = true;
      fillJson(jsonNode);
    }
    const timing = `parsed in ${answer.parseMs.toFixed(1)} ms, drawn in ${answer.renderMs.toFixed(1)} ms (${state.mode})`;
    $("#summary").textContent = answer.parts.summary;
    $("#timing").textContent = timing;
    document.body.dataset.status = "ok";
    document.body.dataset.shown = String(answer.id);
  }

  /** The Article's JSON, made when its node is opened (a large page's JSON is megabytes of text). */
  function fillJson(node) {
    const pre = node.querySelector("pre");
    if (pre && state.last && pre.dataset.filled !== String(state.last.id)) {
      pre.textContent = JSON.stringify(JSON.parse(state.last.json), null, 2);
      pre.dataset.filled = String(state.last.id);
    }
  }
  document.addEventListener(
    "toggle",
    (event) => {
      if (event.target instanceof Element && event.target.matches("[data-lazy-json]") && event.target.open) {
        fillJson(event.target);
      }
    },
    true,
  );

  let timer = 0;
  textarea.addEventListener("input", () => {
    clearTimeout(timer);
    state.html = false;
    // Longer pauses for long texts: each parse of a large page costs more.
    const delay = textarea.value.length > 200_000 ? 600 : 200;
    timer = setTimeout(request, delay);
  });

  function setGold(json, name, fromSample = false) {
    state.gold = lib.goldFromJson(json);
    state.goldFromSample = fromSample;
    state.goldName = name;
    const label = $("#gold-state");
    label.textContent = `gold: ${name}`;
    label.classList.add("pg-has-gold");
    $("#clear-gold").hidden = false;
    $("#legend").innerHTML = lib.renderLegend(true);
  }

  function clearGold() {
    state.gold = null;
    state.goldName = null;
    const label = $("#gold-state");
    label.textContent = "no gold: drop an NNN.gold.json here";
    label.classList.remove("pg-has-gold");
    $("#clear-gold").hidden = true;
    $("#legend").innerHTML = lib.renderLegend(false);
  }

  $("#clear-gold").addEventListener("click", () => {
    clearGold();
    request();
  });

  /** A dropped or opened file: a gold file (.json) or a page (.html read as HTML, else text). */
  async function openFiles(files) {
    for (const file of files) {
      const content = await file.text();
      if (/\.json$/i.test(file.name)) {
        try {
          setGold(JSON.parse(content), file.name);
        } catch (error) {
          $("#gold-state").textContent = `${file.name}: ${error.message}`;
        }
      } else {
        textarea.value = content;
        state.html =
          /\.x?html?$/i.test(file.name) || (!/\.te?xt$/i.test(file.name) && lib.looksLikeHtml(content));
      }
    }
    request();
  }

  $("#file").addEventListener("change", (event) => openFiles([...event.target.files]));
  const hint = $("#drop-hint");
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    hint.hidden = false;
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) hint.hidden = true;
  });
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    hint.hidden = true;
    openFiles([...(event.dataTransfer?.files ?? [])]);
  });

  const samples = window.KHABAR_SAMPLES ?? [];
  const select = $("#sample");
  select.innerHTML = `<option value="">(your own text)</option>${samples
    .map((s, i) => `<option value="${i}">${s.name}${s.gold ? " · gold" : ""}</option>`)
    .join("")}`;
  function loadSample() {
    const sample = samples[Number(select.value)];
    if (select.value === "" || !sample) return;
    textarea.value = sample.text;
    state.html = false;
    if ($("#sample-gold").checked && sample.gold) setGold(sample.gold, `${sample.name}.gold.json`, true);
    else if (state.goldFromSample) clearGold();
    request();
  }
  select.addEventListener("change", loadSample);
  $("#sample-gold").addEventListener("change", loadSample);
  textarea.addEventListener("input", () => {
    select.value = "";
  });

  clearGold();
  if (samples.length > 0) {
    select.value = "0";
    loadSample();
  } else {
    request();
  }
})();
