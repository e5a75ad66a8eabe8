/// A gazetteer file that is missing or malformed; the message names the file and line.
public enum GazetteerError: Error, Equatable, CustomStringConvertible {
  case missingDirectory(String)
  case unreadable(file: String)
  case malformed(file: String, line: Int, problem: String)

  public var description: String {
    switch self {
    case .missingDirectory(let path): return "gazetteer folder not found: \(path) (pass --gazetteers DIR or set CLAIMGRAPH_GAZETTEERS)"
    case .unreadable(let file): return "\(file): cannot read the file as UTF-8 text"
    case .malformed(let file, let line, let problem): return "\(file):\(line): \(problem)"
    }
  }
}
