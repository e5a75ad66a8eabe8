// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ClaimGraph",
  products: [
    .library(name: "ClaimGraph", targets: ["ClaimGraph"]),
    .executable(name: "claimgraph", targets: ["claimgraph"]),
  ],
  targets: [
    .target(name: "ClaimGraph"),
    .executableTarget(name: "claimgraph", dependencies: ["ClaimGraph"]),
    .testTarget(name: "ClaimGraphTests", dependencies: ["ClaimGraph"]),
    .testTarget(name: "ClaimGraphEndToEndTests", dependencies: ["ClaimGraph", "claimgraph"]),
  ]
)
