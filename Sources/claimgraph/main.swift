import ClaimGraph
import Foundation

let commands: [any Command.Type] = [RunCommand.self, AnnotateCommand.self, MergeCommand.self, EvalCommand.self, QuotesCommand.self, ExportCommand.self, SiteCommand.self]

let overview = """
claimgraph — who said what about which measure, from plain-text news.

USAGE: claimgraph <command> [options]

COMMANDS:
\(commands.map { "  " + $0.name.padding(toLength: 10, withPad: " ", startingAt: 0) + ($0.usage.split(separator: "\n").first.map(String.init) ?? "") }.joined(separator: "\n"))

Run `claimgraph <command> --help` for a command's options.
"""

func standardError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

// Interrupted, stop at once: outputs are staged and only moved into place at
// the end of a run, so nothing half-written is left. Set here, not inherited:
// a parent that ignores or blocks SIGINT must not make a run unstoppable.
var stopSignals = sigset_t()
sigemptyset(&stopSignals)
sigaddset(&stopSignals, SIGINT)
sigaddset(&stopSignals, SIGTERM)
pthread_sigmask(SIG_UNBLOCK, &stopSignals, nil)
signal(SIGINT) { _ in _exit(130) }
signal(SIGTERM) { _ in _exit(143) }

var arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
  print(overview)
  exit(arguments.isEmpty ? 64 : 0)
}
guard let command = commands.first(where: { $0.name == name }) else {
  standardError("claimgraph: unknown command \"\(name)\"\n\n" + overview)
  exit(64)
}
arguments.removeFirst()
if arguments.contains("--help") || arguments.contains("-h") {
  print(command.usage)
  exit(0)
}
do {
  let parsed = try command.init(arguments: arguments)
  exit(try parsed.run())
} catch let error as UsageError {
  standardError("claimgraph \(error)")
  exit(64)
} catch {
  standardError("claimgraph \(name): \(error)")
  exit(1)
}
