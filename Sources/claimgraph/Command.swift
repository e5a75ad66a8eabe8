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

  func integer(_ name: String, command: String, range: ClosedRange<Int>) throws(UsageError) -> Int? {
    guard let text = options[name] else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw UsageError(message: "\(command): \(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
    }
    return value
  }
}
