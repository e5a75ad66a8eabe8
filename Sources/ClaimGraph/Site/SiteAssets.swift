/// The site's style sheet and script: plain CSS and a little vanilla
/// JavaScript, no external fonts or libraries, so the site works offline.
enum SiteAssets {
  static let styleSheet = """
  :root {
    --ink: #1c2230; --muted: #5d6677; --line: #e2e5ea; --paper: #ffffff; --wash: #f4f6f8;
    --accent: #1f5fbf; --accent-wash: #e3ecfa; --mark: #fff0b3; --mark-strong: #ffd466; --target: #d9480f;
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :root {
      --ink: #e6e9ef; --muted: #a3acbb; --line: #343b48; --paper: #171b22; --wash: #1f252e;
      --accent: #7fa8ea; --accent-wash: #243349; --mark: #4d4322; --mark-strong: #6b5a1c; --target: #ff8a50;
    }
  }
  * { box-sizing: border-box; }
  html { -webkit-text-size-adjust: 100%; }
  body {
    margin: 0; color: var(--ink); background: var(--paper);
    font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  }
  a { color: var(--accent); text-underline-offset: 2px; }
  header.site {
    display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline;
    padding: .75rem max(1.25rem, calc((100% - 52rem) / 2 + 1.25rem)); background: #1c2230; color: #fff;
  }
  header.site .home { color: #fff; font-weight: 700; letter-spacing: .02em; text-decoration: none; }
  header.site .tagline { color: #aeb8c8; font-size: .9rem; }
  main { max-width: 52rem; margin: 0 auto; padding: 1.75rem 1.25rem 2.5rem; }
  footer.site { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 2.5rem; border-top: 1px solid var(--line); font-size: .9rem; }
  h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; overflow-wrap: anywhere; }
  h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; }
  h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
  .lede { color: var(--muted); margin: 0 0 1rem; }
  .count { color: var(--muted); font-size: .85em; font-weight: normal; }
  .type, .kind {
    display: inline-block; padding: .05rem .45rem; border-radius: 999px; font-size: .72rem; font-weight: 600;
    letter-spacing: .04em; text-transform: uppercase; background: var(--wash); color: var(--muted); vertical-align: .1em;
  }
  .quote .kind { background: var(--paper); }
  .kind.direct, .quote .kind.direct { background: var(--accent-wash); color: var(--accent); }
  .aliases { color: var(--muted); font-size: .92rem; }
  .alias { color: var(--ink); }
  code { font-size: .88em; overflow-wrap: anywhere; }

  .search { margin: 1.5rem 0 .5rem; }
  .search label { display: block; font-weight: 600; margin-bottom: .4rem; }
  .search input {
    width: 100%; padding: .7rem .9rem; font: inherit; font-size: 1.1rem; color: var(--ink); background: var(--paper);
    border: 2px solid var(--line); border-radius: 8px; outline: none;
  }
  .search input:focus { border-color: var(--accent); }
  .search-status { color: var(--muted); font-size: .9rem; min-height: 1.4em; margin: .25rem 0; }
  .results { list-style: none; padding: 0; margin: 0 0 1.5rem; }
  .results li { display: flex; gap: .6rem; align-items: baseline; padding: .55rem .75rem; border-bottom: 1px solid var(--line); }
  .results li:first-child { border-top: 1px solid var(--line); }
  .results a { font-weight: 600; font-size: 1.05rem; }
  .results .count { margin-left: auto; }
  .browse section { margin-top: 1.5rem; }
  .entity-list { columns: 2 18rem; column-gap: 2rem; padding-left: 1.1rem; margin: 0; }
  .entity-list li { break-inside: avoid; padding: .1rem 0; }

  .quote {
    margin: 1rem 0; padding: .8rem 1rem; background: var(--wash);
    border-left: 4px solid var(--accent); border-radius: 0 8px 8px 0; scroll-margin-top: 1rem;
  }
  .quote.indirect { border-left-color: var(--muted); }
  .quote:target { box-shadow: 0 0 0 3px var(--mark-strong); }
  .quote-text { margin: 0; font-family: Georgia, "Times New Roman", serif; font-size: 1.08rem; line-height: 1.5; }
  .quote.direct .quote-text::before { content: "“"; }
  .quote.direct .quote-text::after { content: "”"; }
  .quote.indirect .quote-text { font-style: italic; }
  .meta { margin: .55rem 0 0; color: var(--muted); font-size: .86rem; }
  .meta .dot { margin: 0 .15rem; }
  .measures { margin: .35rem 0 0; font-size: .86rem; color: var(--muted); }
  .measure { display: inline-block; padding: 0 .45rem; border-radius: 4px; background: var(--paper); border: 1px solid var(--line); text-decoration: none; }
  .speaker-group { margin-top: 1.5rem; }
  .speaker-group h3 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
  .empty, .note { color: var(--muted); }
  .note { padding: .75rem 1rem; border: 1px dashed var(--line); border-radius: 8px; }

  .chart { display: block; max-width: 100%; height: auto; }
  .chart .bar { fill: var(--accent); }
  .chart .axis { stroke: var(--line); stroke-width: 1; }
  .chart text { font: 11px system-ui, sans-serif; fill: var(--muted); }
  .chart .count { fill: var(--ink); font-weight: 600; }
  .chart .year { font-weight: 600; }
  .chart-note { color: var(--muted); }

  .quote-index { margin: 1rem 0 1.5rem; padding: .5rem 1rem; background: var(--wash); border-radius: 8px; }
  .quote-index summary { cursor: pointer; font-weight: 600; }
  .quote-list { padding-left: 0; list-style: none; margin: .5rem 0; font-size: .92rem; }
  .quote-list li { margin: .3rem 0; }
  .quote-list .excerpt { color: var(--muted); }
  .source-text {
    white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
    font-size: 1.02rem; line-height: 1.7; max-width: 42rem;
  }
  mark { background: var(--mark); color: inherit; border-radius: 2px; }
  mark.overlap { background: var(--mark-strong); }
  .anchor, .anchor-link {
    display: inline-block; min-width: 1.3rem; padding: 0 .3rem; margin-right: .15rem; border-radius: 999px;
    font: 600 .7rem/1.35 system-ui, sans-serif; text-align: center; text-decoration: none; vertical-align: .35em;
    color: #fff; background: var(--accent); scroll-margin-top: 2rem;
  }
  .anchor-link { vertical-align: .1em; }
  .anchor:target { background: var(--target); box-shadow: 0 0 0 3px var(--mark-strong); }
  .anchor:target + mark { background: var(--mark-strong); }

  """

  /// The search box on `index.html`, over `window.CLAIMGRAPH_SEARCH`.
  static let script = """
  // Search over window.CLAIMGRAPH_SEARCH (search-index.js). Case, diacritics and
  // punctuation are ignored; a query matches from the start of a word of the name
  // or an alias; leading words that match nothing ("President Tokayev") are dropped.
  (function () {
    "use strict";
    function fold(text) {
      return text.normalize("NFD").replace(/\\p{M}/gu, "").toLowerCase()
        .replace(/['’]/g, "").replace(/[^\\p{L}\\p{N}]+/gu, " ").trim();
    }
    var entries = (window.CLAIMGRAPH_SEARCH || []).map(function (entry) {
      return { entry: entry, keys: entry.names.map(function (name) { return " " + fold(name); }) };
    });
    var box = document.getElementById("search");
    var results = document.getElementById("results");
    var status = document.getElementById("search-status");
    var shown = 50;

    function find(query) {
      var words = fold(query).split(" ").filter(Boolean);
      for (var first = 0; first < words.length; first++) {
        var tail = " " + words.slice(first).join(" ");
        var hits = entries.filter(function (item) {
          return item.keys.some(function (key) { return key.indexOf(tail) >= 0; });
        });
        if (hits.length) return hits.map(function (item) { return item.entry; });
      }
      return [];
    }

    function element(tag, className, text) {
      var node = document.createElement(tag);
      node.className = className;
      node.textContent = text;
      return node;
    }

    function show() {
      var query = box.value.trim();
      var hits = query ? find(query) : [];
      results.textContent = "";
      hits.slice(0, shown).forEach(function (hit) {
        var link = element("a", "result", hit.name);
        link.href = hit.page;
        var item = document.createElement("li");
        item.append(link, element("span", "type", hit.type),
                    element("span", "count", hit.quotes + (hit.quotes === 1 ? " quote" : " quotes")));
        results.append(item);
      });
      status.textContent = !query ? "" : hits.length === 0 ? "Nothing matches “" + query + "”."
        : hits.length > shown ? "The first " + shown + " of " + hits.length + " matches."
        : hits.length + (hits.length === 1 ? " match" : " matches");
    }

    box.addEventListener("input", show);
    box.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = results.querySelector("a");
      if (first) window.location.href = first.href;
    });
    show();
  })();

  """
}
