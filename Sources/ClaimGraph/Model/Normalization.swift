import Foundation

/// The machine-readable value of a DATE or MONEY mention.
public enum Normalization: Sendable, Equatable {
  /// ISO 8601 at the precision the text gives (`2021-06-10`, `2019-06`, `2021/2025`).
  case date(String)
  /// An amount in units of an ISO 4217 currency (`12.96 million tenge` is 12960000 KZT).
  case money(amount: Decimal, currency: String)
  /// A range of money (`$5-10 million`): `amount` is its lower end.
  case moneyRange(amount: Decimal, maximum: Decimal, currency: String)
}
