import Foundation

/// A run's inputs as the last run's graph checkpoint (see ``GraphCheckpoint``)
/// leaves them, in input order: the documents it counted, each found unchanged
/// and in the cache, whose lines the graph places as they are, and the inputs
/// it did not count, which the runner processes.
struct Resumption {
  /// A document the checkpoint counted. A class: a run hands each on twice, and a struct of this many
  /// references cost a dozen retains a copy.
  final class Counted {
    let input: InputDocument
    /// The file's stamp now, as the cache's record of it.
    let stamp: FileStamp
    let document: GraphCheckpoint.Document
    /// Its line in the checkpoint, which this run's checkpoint has again.
    let checkpointLine: Data
    /// Where its cache entry lies.
    let location: FragmentPacks.Location
    /// Its lines, where they lie in the cache's pack.
    let lines: GraphBuilder.Lines
    /// Its annotation in the cache, which `docs/` links to.
    let annotationFile: String

    init(input: InputDocument, stamp: FileStamp, document: GraphCheckpoint.Document, checkpointLine: Data,
         location: FragmentPacks.Location, lines: GraphBuilder.Lines, annotationFile: String) {
      self.input = input
      self.stamp = stamp
      self.document = document
      self.checkpointLine = checkpointLine
      self.location = location
      self.lines = lines
      self.annotationFile = annotationFile
    }
  }

  enum Step {
    case counted(Counted)
    case new(InputDocument)
  }

  let steps: [Step]
  /// What the checkpoint counted of its documents.
  let totals: GraphTotals
  /// The cache folder's files by name, with their inodes, and its device: which annotations in `docs/`
  /// are links to their entries is told from them.
  let entries: (device: UInt64, inodes: [String: UInt64])

  /// The inputs the checkpoint did not count, in input order.
  var newInputs: [InputDocument] {
    steps.compactMap { step in
      if case .new(let input) = step { return input }
      return nil
    }
  }
}
