/// The entity types ClaimGraph tags.
public enum EntityLabel: String, Sendable, Hashable, CaseIterable, Comparable {
  case person = "PERSON"
  case org = "ORG"
  case law = "LAW"
  case date = "DATE"
  case money = "MONEY"

  public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
