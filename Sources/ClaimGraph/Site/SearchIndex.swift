/// `search-index.js`: every page the search box can find, as a script that
/// sets `window.CLAIMGRAPH_SEARCH`. A script, not JSON, because a page opened
/// from `file://` may load scripts but not `fetch` files.
///
/// Each entry holds the entity's name and aliases as written; the page folds
/// case and diacritics of both names and query, in one place (`site.js`).
struct SearchIndex {
  let map: SiteMap

  /// Speakers, then measures; in each, most quoted first, then by name.
  var entries: [JSONValue] {
    let speakers = map.speakers.map { ($0, map.quotes(by: $0.id).count) }
    let measures = map.measures.map { ($0, map.quotes(about: $0.id).count) }
    return [speakers, measures].flatMap { group in
      group.sorted { ($1.1, $0.0.name, $0.0.id) < ($0.1, $1.0.name, $1.0.id) }.compactMap { entity, quotes in
        map.page(ofEntity: entity.id).map { page in
          JSONValue.object([
            ("name", .string(entity.name)),
            ("type", .string(EntityKind(entity.type).singular)),
            ("page", .string(HTML.href(page))),
            ("quotes", .int(quotes)),
            ("names", .array(([entity.name] + entity.aliases.filter { $0 != entity.name }).map(JSONValue.string))),
          ])
        }
      }
    }
  }

  var script: String {
    "window.CLAIMGRAPH_SEARCH = [\n" + entries.map { $0.serialized() }.joined(separator: ",\n") + "\n];\n"
  }
}
