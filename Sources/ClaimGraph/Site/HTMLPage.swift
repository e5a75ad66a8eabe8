/// The frame every page shares: head, style sheet, a header linking back to
/// the index, and the page's own body.
struct HTMLPage {
  /// The page title, unescaped.
  let title: String
  /// The path from the page to the site's top folder: `""` or `"../"`.
  let root: String
  /// The page's content, already HTML.
  let body: String
  /// Script files to load at the end of the body, relative to the top folder.
  var scripts: [String] = []

  var rendered: String {
    let scriptTags = scripts.map { "<script src=\"\(HTML.escape(HTML.href(root + $0)))\"></script>\n" }.joined()
    return """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTML.escape(title)) · ClaimGraph</title>
    <link rel="stylesheet" href="\(root)style.css">
    </head>
    <body>
    <header class="site"><a class="home" href="\(root)index.html">ClaimGraph</a><span class="tagline">who said what about which measure</span></header>
    <main>
    \(body)
    </main>
    <footer class="site"><a href="\(root)index.html">← Search people, organisations and measures</a></footer>
    \(scriptTags)</body>
    </html>

    """
  }
}
