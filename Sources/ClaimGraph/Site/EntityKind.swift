/// What an entity type is called on the pages.
struct EntityKind {
  let singular: String
  let plural: String

  init(_ label: EntityLabel) {
    switch label {
    case .person: (singular, plural) = ("person", "People")
    case .org: (singular, plural) = ("organisation", "Organisations")
    case .law: (singular, plural) = ("measure", "Measures")
    case .date, .money: (singular, plural) = (label.rawValue.lowercased(), label.rawValue)
    }
  }
}
