import Foundation
import Testing

@Suite("claimgraph run")
struct RunCommandTests {
  @Test func writesTheGraphAndOneAnnotationFilePerSeed() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let stems = try seedStems()
      #expect(stems.count == 5)
      #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.json").path))
      #expect(try fileNames(in: out.appendingPathComponent("docs")) == stems.map { $0 + ".json" })
      for stem in stems {
        #expect(try annotation(stem, in: out).doc == stem)
      }
      #expect(try skippedDocuments(in: out).isEmpty)
    }
  }

  @Test func graphListsTheDocumentsInPathOrder() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      #expect(try graph(in: out).documents.map(\.id) == seedStems())
    }
  }

  @Test func directQuoteToldTheAstanaTimesIsErlanKarinsAboutTheDecree() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let document = try annotation("001_76252d7895b3d546", in: out)
      let quote = try #require(document.quotes.first { $0.text.hasPrefix("The implementation of all the provisions") })
      #expect(quote.kind == "direct")
      #expect(quote.speaker == "Erlan Karin")
      #expect(quote.mention == "Karin")
      #expect(quote.cue == "told")
      #expect(quote.about.contains("decree “On further measures of the Republic of Kazakhstan in the field of human rights”"))
    }
  }

  @Test func millionsOfTengeAreNormalisedToKZTUnits() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let document = try annotation("003_61e5cfb4103716c2", in: out)
      let money = try #require(document.entities.first { $0.text == "12.96 million tenge" })
      #expect(money.label == "MONEY")
      #expect(money.norm == .money(amount: 12_960_000, currency: "KZT"))
    }
  }

  @Test func graphHasOneCanonicalEntityForErlanKarin() throws {
    try withTemporaryFolder { out in
      try runSeeds(into: out)
      let entities = try graph(in: out).entities.filter { $0.id == "person:erlan-karin" }
      #expect(entities.count == 1)
      let karin = try #require(entities.first)
      #expect(karin.type == "PERSON")
      #expect(karin.name == "Erlan Karin")
      #expect(karin.aliases.contains("Karin"))
    }
  }

  @Test func oneJobAndFourJobsWriteByteIdenticalOutput() throws {
    try withTemporaryFolder { folder in
      let serial = folder.appendingPathComponent("jobs1")
      let parallel = folder.appendingPathComponent("jobs4")
      try runSeeds(into: serial, jobs: 1)
      try runSeeds(into: parallel, jobs: 4)
      #expect(try Data(contentsOf: serial.appendingPathComponent("graph.json")) == Data(contentsOf: parallel.appendingPathComponent("graph.json")))
      let names = try fileNames(in: serial.appendingPathComponent("docs"))
      #expect(try fileNames(in: parallel.appendingPathComponent("docs")) == names)
      for name in names {
        let one = try Data(contentsOf: serial.appendingPathComponent("docs").appendingPathComponent(name))
        let four = try Data(contentsOf: parallel.appendingPathComponent("docs").appendingPathComponent(name))
        #expect(one == four, "docs/\(name) differs between --jobs 1 and --jobs 4")
      }
    }
  }

  @Test func sameFileNameInTwoFoldersGivesTwoAnnotations() throws {
    try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("in")
      try write("Erlan Karin told the Astana Times that the decree was signed.\n", to: "almaty/report.txt", in: input)
      try write("Kassym-Jomart Tokayev said the plan would be adopted.\n", to: "astana/report.txt", in: input)
      let out = folder.appendingPathComponent("out")
      let result = try runCommand([input], out: out)
      #expect(result.status == 0, "\(result)")

      let names = try fileNames(in: out.appendingPathComponent("docs"))
      #expect(names.count == 2)
      let annotations = try names.map { try decode(Annotation.self, from: out.appendingPathComponent("docs").appendingPathComponent($0)) }
      #expect(Set(annotations.map(\.doc)).count == 2)
      let people = annotations.map { $0.entities.filter { $0.label == "PERSON" }.map(\.text) }
      #expect(people.contains { $0.contains("Erlan Karin") })
      #expect(people.contains { $0.contains("Kassym-Jomart Tokayev") })
      #expect(try graph(in: out).documents.count == 2)
    }
  }
}
