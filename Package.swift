// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ClaimGraph",
  products: [
    .library(name: "ClaimGraph", targets: ["ClaimGraph"]),
    .executable(name: "claimgraph", targets: ["claimgraph"]),
  ],
  targets: [
    // One system call Glibc's Swift module does not export (see its header); no other C.
    .target(name: "CSystemCalls"),
    .target(name: "ClaimGraph", dependencies: ["CSystemCalls"]),
    .executableTarget(name: "claimgraph", dependencies: ["ClaimGraph"]),
    .testTarget(name: "ClaimGraphTests", dependencies: ["ClaimGraph"]),
    .testTarget(name: "ClaimGraphEndToEndTests", dependencies: ["ClaimGraph", "claimgraph"]),
  ]
)
