// swift-tools-version:6.0
// The libFuzzer target over the whole per-document pipeline. A package of its
// own, so that ordinary builds never link it: `make fuzz` builds it with
// `-sanitize=fuzzer,address`, and libFuzzer supplies `main`.
import PackageDescription

let package = Package(
  name: "ClaimGraphFuzz",
  dependencies: [.package(name: "ClaimGraph", path: "..")],
  targets: [
    .executableTarget(
      name: "claimgraph-fuzz",
      dependencies: [.product(name: "ClaimGraph", package: "ClaimGraph")],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ),
  ]
)
