#!/usr/bin/env python3
"""ClaimGraph on Apache Spark: `claimgraph annotate` is the map step (run
through RDD.pipe on every partition) and `claimgraph merge` the reduce step.

The graph it builds equals `claimgraph run` over the same files, given the
same paths: each document's path is written relative to the working folder
when it lies under it, as `claimgraph run seeds` writes `seeds/<file>.txt`.

Local mode (what `make spark` runs):
    python3 scripts/spark_claimgraph.py --input seeds --out output/spark

On a cluster, ship the binary (`make build` links it statically, so that it needs no Swift
runtime and no particular C library on the workers) and the gazetteers:
    tar czf gazetteers.tar.gz gazetteers
    spark-submit --master yarn --deploy-mode client \\
      --files .build/release/claimgraph --archives gazetteers.tar.gz#lists \\
      scripts/spark_claimgraph.py --input hdfs:///news/2024 --out output/spark \\
      --binary ./claimgraph --gazetteers lists/gazetteers --local-merge-binary .build/release/claimgraph

`--input` takes anything SparkContext.wholeTextFiles reads (a folder, a glob,
an HDFS or S3 path); text files are read as UTF-8. The shards of annotations
are written to OUT/shards (one per partition) and merged into OUT/graph.json.
"""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", required=True, help="folder, glob or URL of .txt documents")
    parser.add_argument("--out", required=True, help="output folder: OUT/shards and OUT/graph.json")
    parser.add_argument("--binary", default=".build/release/claimgraph", help="claimgraph as the workers see it")
    parser.add_argument("--gazetteers", default="gazetteers", help="gazetteers folder as the workers see it")
    parser.add_argument("--local-merge-binary", help="claimgraph on the driver for the merge (default: --binary)")
    parser.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[2])")
    parser.add_argument("--partitions", type=int, default=4)
    arguments = parser.parse_args()

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("claimgraph")
    if arguments.master or not os.environ.get("SPARK_HOME"):
        conf = conf.setMaster(arguments.master or "local[2]")
    context = SparkContext.getOrCreate(conf)
    context.setLogLevel("WARN")
    working = os.getcwd()

    def request(item):
        uri, text = item
        path = uri[len("file:"):] if uri.startswith("file:") else uri
        if path.startswith("//"):
            path = path[2:]
        if os.path.isabs(path) and path.startswith(working + os.sep):
            path = os.path.relpath(path, working)
        stem = pathlib.PurePosixPath(path).stem
        return json.dumps({"id": stem, "text": text, "path": path}, ensure_ascii=False)

    binary = os.path.abspath(arguments.binary) if os.path.exists(arguments.binary) else arguments.binary
    gazetteers = os.path.abspath(arguments.gazetteers) if os.path.exists(arguments.gazetteers) else arguments.gazetteers
    documents = context.wholeTextFiles(arguments.input, minPartitions=arguments.partitions).filter(lambda item: item[0].endswith(".txt"))
    annotations = documents.map(request).pipe(f"{binary} annotate --gazetteers {gazetteers}")

    out = pathlib.Path(arguments.out)
    shards = out / "shards"
    shutil.rmtree(shards, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    annotations.saveAsTextFile(str(shards.resolve()))
    context.stop()

    parts = sorted(str(part) for part in shards.glob("part-*"))
    merge = arguments.local_merge_binary or binary
    result = subprocess.run([merge, "merge", "--out", str(out)] + parts)
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
