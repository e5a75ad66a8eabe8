import Foundation

/// The graph builder's spill files, in a folder of their own that goes with them: a line a document in
/// `documents`, and each document's mention and quote lines in `mentions` and `quotes`, after a line that
/// maps its fragment's entries to ordinals (see ``SpillSection``).
final class SpillFiles {
  let folder: URL
  let documents: TextFileWriter
  let mentions: TextFileWriter
  let quotes: TextFileWriter

  /// Makes the folder, named for this process and unique, in `parent`, and the three files in it.
  init(in parent: URL) throws {
    folder = parent.appendingPathComponent("claimgraph-graph-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    documents = try TextFileWriter(creating: folder.appendingPathComponent("documents"))
    mentions = try TextFileWriter(creating: folder.appendingPathComponent("mentions"))
    quotes = try TextFileWriter(creating: folder.appendingPathComponent("quotes"))
  }

  deinit { FileTree.remove(folder.path) }
}
