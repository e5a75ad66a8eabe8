import Foundation

/// The progress of a run on stderr: rewritten in place about five times a
/// second on a terminal, a plain line every ten seconds otherwise.
final class ProgressLine: @unchecked Sendable {
  private let total: Int
  private let totalBytes: Int
  private let onTerminal = isatty(STDERR_FILENO) == 1
  private let started = Date()
  private var done = 0
  private var bytes = 0
  private var lastShown = Date.distantPast
  private let lock = NSLock()

  init(total: Int, totalBytes: Int) {
    self.total = total
    self.totalBytes = totalBytes
  }

  /// One more document done, having read `documentBytes`.
  func advance(_ documentBytes: Int) {
    lock.withLock {
      done += 1
      bytes += documentBytes
      let now = Date()
      guard now.timeIntervalSince(lastShown) >= (onTerminal ? 0.2 : 10) || done == total else { return }
      lastShown = now
      let seconds = now.timeIntervalSince(started)
      let rate = Double(bytes) / 1_000_000 / max(seconds, 0.001)
      let left = rate > 0 ? Double(max(0, totalBytes - bytes)) / 1_000_000 / rate : 0
      let line = String(format: "claimgraph run: %d/%d documents, %.1f MB/s, %@ left", done, total, rate, Self.clock(left))
      FileHandle.standardError.write(Data((onTerminal ? "\r\u{1B}[K" + line + (done == total ? "\n" : "") : line + "\n").utf8))
    }
  }

  private static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%d:%02d", whole / 60, whole % 60)
  }
}
