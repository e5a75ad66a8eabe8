import Foundation
import Testing

@Suite("claimgraph site")
struct SiteCommandTests {
  /// Builds the graph of `seeds/` in a temporary folder, then runs `claimgraph site` on it into `out/site`.
  func site(_ extra: [String] = [], body: (CommandResult, URL) throws -> Void) throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let result = try claimgraph(["site", "--graph", out.appendingPathComponent("graph.json").path,
                                   "--out", out.appendingPathComponent("site").path] + extra)
      try body(result, out)
    }
  }

  /// Every file under `folder` with its bytes, by path relative to it.
  func files(under folder: URL) throws -> [String: Data] {
    let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
    var files: [String: Data] = [:]
    for path in paths {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
        files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
      }
    }
    return files
  }

  @Test func writesIndexAssetsAndAPagePerSpeakerMeasureAndDocument() throws {
    try site { result, out in
      #expect(result.status == 0, "\(result)")
      let written = try files(under: out.appendingPathComponent("site"))
      for path in ["index.html", "style.css", "site.js", "search-index.js", "speakers/kassym-jomart-tokayev.html",
                   "speakers/erlan-karin.html", "measures/urgent-action-plan.html"] {
        #expect(written[path] != nil, "no \(path)")
      }
      for stem in try seedStems() { #expect(written["documents/\(stem).html"] != nil, "no page for \(stem)") }
      let graph = try graph(in: out)
      let speakers = Set(graph.quotes.compactMap(\.speaker)).count
      let measures = graph.entities.filter { $0.type == "LAW" }.count
      #expect(written.keys.filter { $0.hasPrefix("speakers/") }.count == speakers)
      #expect(written.keys.filter { $0.hasPrefix("measures/") }.count == measures)
    }
  }

  @Test func printsAOneLineSummaryToStandardError() throws {
    try site { result, out in
      #expect(result.status == 0, "\(result)")
      #expect(result.output.isEmpty)
      let lines = result.errorOutput.split(separator: "\n")
      #expect(lines.count == 1, "\(result)")
      #expect(lines.first?.hasPrefix("claimgraph site: ") == true)
      #expect(lines.first?.contains(" pages (") == true)
      #expect(lines.first?.hasSuffix(out.appendingPathComponent("site").path + "/index.html") == true)
    }
  }

  @Test func speakerPageHoldsEveryQuoteTheGraphAttributes() throws {
    try site { result, out in
      #expect(result.status == 0, "\(result)")
      let page = try String(contentsOf: out.appendingPathComponent("site/speakers/erlan-karin.html"), encoding: .utf8)
      let attributed = try graph(in: out).quotes.filter { $0.speaker == "person:erlan-karin" }
      #expect(page.components(separatedBy: "<article class=\"quote").count - 1 == attributed.count)
      for quote in attributed { #expect(page.contains(quote.text), "missing: \(quote.text)") }
    }
  }

  @Test func runningAgainGivesTheSameBytes() throws {
    try site { first, out in
      #expect(first.status == 0, "\(first)")
      let before = try files(under: out.appendingPathComponent("site"))
      let second = try claimgraph(["site", "--graph", out.appendingPathComponent("graph.json").path,
                                   "--out", out.appendingPathComponent("site").path])
      #expect(second.status == 0, "\(second)")
      #expect(try files(under: out.appendingPathComponent("site")) == before)
      #expect(try fileNames(in: out).filter { $0.hasPrefix(".site") }.isEmpty)
    }
  }

  @Test func missingSourceTextWarnsNamingTheFileAndStillWritesItsPage() throws {
    try withTemporaryFolder { folder in
      let stem = try #require(try seedStems().first)
      let text = try write(Data(contentsOf: seedsFolder.appendingPathComponent(stem + ".txt")), to: "news/\(stem).txt", in: folder)
      try #require(try runCommand([text], out: folder.appendingPathComponent("out")).status == 0)
      try FileManager.default.removeItem(at: text)
      let result = try claimgraph(["site", "--graph", folder.appendingPathComponent("out/graph.json").path,
                                   "--out", folder.appendingPathComponent("site").path])
      #expect(result.status == 0, "\(result)")
      #expect(result.errorOutput.contains("claimgraph site: warning: \(text.path): no such file"))
      let page = try String(contentsOf: folder.appendingPathComponent("site/documents/\(stem).html"), encoding: .utf8)
      #expect(page.contains("could not be read"))
    }
  }

  @Test func missingGraphExitsOneNamingTheFile() throws {
    try withTemporaryFolder { folder in
      let missing = folder.appendingPathComponent("nowhere/graph.json").path
      let result = try claimgraph(["site", "--graph", missing, "--out", folder.appendingPathComponent("site").path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("claimgraph site: \(missing): no such file"))
      #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path))
    }
  }

  @Test func defaultGraphIsOutputGraphJSON() throws {
    let result = try claimgraph(["site"])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("output/graph.json: no such file"))
  }

  @Test func folderThatIsNotASiteIsNeverReplaced() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let result = try claimgraph(["site", "--graph", out.appendingPathComponent("graph.json").path, "--out", out.path])
      #expect(result.status == 1)
      #expect(result.errorOutput.contains("exists and is not a ClaimGraph site"))
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.json").path))
    }
  }

  @Test func positionalArgumentIsAUsageError() throws {
    let result = try claimgraph(["site", "output/graph.json"])
    #expect(result.status == 64)
    #expect(result.errorOutput.contains("--graph FILE"))
  }
}
