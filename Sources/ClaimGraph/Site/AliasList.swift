/// The other names an entity goes by, when it has any.
struct AliasList {
  let entity: GraphRecord.Entity

  var html: String {
    let others = entity.aliases.filter { $0 != entity.name }
    guard !others.isEmpty else { return "" }
    return "<p class=\"aliases\">Also named: " + others.map { "<span class=\"alias\">\(HTML.escape($0))</span>" }.joined(separator: ", ") + "</p>"
  }
}
