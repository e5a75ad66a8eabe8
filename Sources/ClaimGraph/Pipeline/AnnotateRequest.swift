import Foundation

/// One line of `claimgraph annotate` input: `{"id": …, "text": …, "date": "YYYY-MM-DD"?}`.
public struct AnnotateRequest: Equatable {
  public struct Problem: Error, Equatable {
    public let id: String?
    public let message: String
  }

  public let id: String
  public let text: String
  public let date: CalendarDate?
  /// Where the text came from, written back in the annotation (`path`, optional).
  public let path: String?

  public static func parse(_ line: String) -> Result<AnnotateRequest, Problem> {
    guard let value = JSONValue.parse(Data(line.utf8)), case .object = value else {
      return .failure(Problem(id: nil, message: "not a JSON object"))
    }
    let id = value["id"]?.stringValue ?? value["id"]?.intValue.map(String.init)
    guard let id else { return .failure(Problem(id: nil, message: "missing \"id\" (a string)")) }
    guard let text = value["text"]?.stringValue else { return .failure(Problem(id: id, message: "missing \"text\" (a string)")) }
    var date: CalendarDate?
    if let given = value["date"], given != .null {
      guard let iso = given.stringValue, let parsed = CalendarDate(iso: iso) else {
        return .failure(Problem(id: id, message: "\"date\" must be YYYY-MM-DD"))
      }
      date = parsed
    }
    return .success(AnnotateRequest(id: id, text: text, date: date, path: value["path"]?.stringValue))
  }
}
