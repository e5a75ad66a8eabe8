/// The entity types ClaimGraph tags.
public enum EntityLabel: String, Sendable, Hashable, CaseIterable, Comparable {
  case person = "PERSON"
  case org = "ORG"
  case law = "LAW"
  case date = "DATE"
  case money = "MONEY"

  /// A PERSON, ORG or LAW: a name, with a canonical form and an entity in the graph; DATE and MONEY are values.
  public var isName: Bool {
    switch self {
    case .person, .org, .law: true
    case .date, .money: false
    }
  }

  public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
