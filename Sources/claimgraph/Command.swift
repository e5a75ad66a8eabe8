/// A subcommand: parsed from its arguments, then run.
protocol Command {
  static var name: String { get }
  static var usage: String { get }
  init(arguments: [String]) throws(UsageError)
  func run() throws -> Int32
}

/// A command line that cannot be carried out as written.
struct UsageError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}

import ClaimGraph

/// Reads `--flag value` options and positional arguments.
struct ArgumentReader {
  private(set) var positional: [String] = []
  private var options: [String: String] = [:]
  private var flags: Set<String> = []

  init(_ arguments: [String], options known: Set<String>, flags knownFlags: Set<String> = [], command: String) throws(UsageError) {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--" {
        positional += arguments[(index + 1)...]
        break
      }
      if argument.hasPrefix("-"), argument.count > 1 {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        let name = parts[0]
        if knownFlags.contains(name) {
          flags.insert(name)
        } else if known.contains(name) {
          if parts.count == 2 {
            options[name] = parts[1]
          } else {
            guard index + 1 < arguments.count else { throw UsageError(message: "\(command): \(name) needs a value") }
            options[name] = arguments[index + 1]
            index += 1
          }
        } else {
          throw UsageError(message: "\(command): unknown option \(argument) (see claimgraph \(command) --help)")
        }
      } else {
        positional.append(argument)
      }
      index += 1
    }
  }

  func value(_ name: String) -> String? { options[name] }
  func has(_ flag: String) -> Bool { flags.contains(flag) }

  /// The limits given by `--max-document-size`, `--max-sentence-length` and `--max-quote-length`.
  func limits(command: String) throws(UsageError) -> RunLimits {
    var limits = RunLimits.standard
    if let text = options["--max-document-size"] {
      guard let bytes = Self.byteCount(text), bytes > 0 else {
        throw UsageError(message: "\(command): --max-document-size takes a size in bytes, with K, M or G if you like (32M), not \"\(text)\"")
      }
      limits.maxDocumentBytes = bytes
    }
    if let tokens = try integer("--max-sentence-length", command: command, range: 10...1_000_000) { limits.maxSentenceTokens = tokens }
    if let tokens = try integer("--max-quote-length", command: command, range: 10...1_000_000) { limits.maxQuoteTokens = tokens }
    return limits
  }

  static let limitOptions: Set<String> = ["--max-document-size", "--max-sentence-length", "--max-quote-length"]

  /// The limit options' help lines, to interpolate into a usage text indented by two spaces.
  static let limitHelp = [
    "--max-document-size SIZE   skip larger documents (default 32M; K, M, G suffixes)",
    "--max-sentence-length N    cut longer sentences into pieces of N tokens (default 1000)",
    "--max-quote-length N       leave longer quotations unattributed (default 2000 tokens)",
  ].joined(separator: "\n  ")

  private static func byteCount(_ text: String) -> Int? {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    guard let last = text.uppercased().last else { return nil }
    if let unit = units[last] { return Int(text.dropLast()).map { $0 * unit } }
    return Int(text)
  }

  func integer(_ name: String, command: String, range: ClosedRange<Int>) throws(UsageError) -> Int? {
    guard let text = options[name] else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw UsageError(message: "\(command): \(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
    }
    return value
  }
}
