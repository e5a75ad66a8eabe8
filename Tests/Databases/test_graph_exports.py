"""The node-and-relationship exports read back by real readers: the JSON-LD into an RDF store
(rdflib), queried in SPARQL for the answers `claimgraph quotes` gives; the JSON Lines and the Neo4j
CSV files checked the way a loader reads them (every relationship names nodes that exist).

Run: python3 -m unittest discover -s Tests/Databases -p 'test_graph_exports.py' -v
"""
import csv
import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import unittest

import rdflib

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("CLAIMGRAPH", str(ROOT / ".build/debug/claimgraph"))
SCHEMA = rdflib.Namespace("https://schema.org/")
TOKAYEV = "person:kassym-jomart-tokayev"


def urn(identifier):
    return rdflib.URIRef("urn:claimgraph:" + identifier)


class GraphExports(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.work = pathlib.Path(tempfile.mkdtemp(prefix="claimgraph-exports-"))
        out = cls.work / "out"
        subprocess.run([BINARY, "run", "--quiet", "--no-cache", "--export", "all", "--out", str(out), "seeds"], cwd=ROOT, check=True)
        cls.graph = json.loads((out / "graph.json").read_text())
        cls.exports = out / "export"
        cls.rdf = rdflib.Graph()
        cls.rdf.parse(cls.exports / "jsonld" / "graph.jsonld", format="json-ld")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def quotes_command(self, *arguments):
        result = subprocess.run([BINARY, "quotes", *arguments, "--format", "json", "--graph", str(self.work / "out" / "graph.json")],
                                cwd=ROOT, capture_output=True, text=True, check=True)
        return json.loads(result.stdout)

    def test_the_rdf_store_holds_one_quotation_per_quote(self):
        quotations = set(self.rdf.subjects(rdflib.RDF.type, SCHEMA.Quotation))
        self.assertEqual(quotations, {urn(q["id"]) for q in self.graph["quotes"]})

    def test_sparql_for_tokayevs_quotes_gives_what_claimgraph_quotes_gives(self):
        rows = self.rdf.query("""
            PREFIX schema: <https://schema.org/>
            SELECT ?text WHERE { ?quote a schema:Quotation ; schema:creator ?speaker ; schema:text ?text .
                                 ?speaker schema:name "Kassym-Jomart Tokayev" . }""")
        expected = sorted(q["text"] for q in self.quotes_command("Kassym-Jomart Tokayev")["quotes"])
        self.assertTrue(expected)
        self.assertEqual(sorted(str(row.text) for row in rows), expected)

    def test_sparql_for_everyone_quoted_about_a_measure_gives_what_claimgraph_quotes_gives(self):
        rows = self.rdf.query("""
            PREFIX schema: <https://schema.org/>
            SELECT DISTINCT ?name WHERE { ?quote schema:about ?law ; schema:creator ?speaker .
                                          ?law a schema:Legislation ; schema:name "Urgent Action Plan" .
                                          ?speaker schema:name ?name . }""")
        expected = sorted({q["speakerName"] for q in self.quotes_command("--about", "Urgent Action Plan")["quotes"]})
        self.assertTrue(expected)
        self.assertEqual(sorted(str(row.name) for row in rows), expected)

    def test_people_organisations_and_measures_have_their_schema_org_types(self):
        types = {"PERSON": SCHEMA.Person, "ORG": SCHEMA.Organization, "LAW": SCHEMA.Legislation}
        for entity in self.graph["entities"]:
            self.assertIn((urn(entity["id"]), rdflib.RDF.type, types[entity["type"]]), self.rdf, entity["id"])

    def test_amounts_of_money_are_monetary_amounts_with_a_currency(self):
        amounts = {(str(self.rdf.value(node, SCHEMA.currency)), str(self.rdf.value(node, SCHEMA.name)))
                   for node in self.rdf.subjects(rdflib.RDF.type, SCHEMA.MonetaryAmount)}
        expected = {(m["norm"]["currency"], m["text"]) for m in self.graph["mentions"] if m["label"] == "MONEY"}
        self.assertTrue(expected)
        self.assertEqual(amounts, expected)

    def test_every_jsonl_relationship_joins_nodes_defined_before_it(self):
        seen, kinds = set(), set()
        with open(self.exports / "jsonl" / "graph.jsonl", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                item = json.loads(line)
                if item["type"] == "node":
                    seen.add(item["id"])
                else:
                    kinds.add(item["label"])
                    self.assertIn(item["start"], seen, f"line {number}")
                    self.assertIn(item["end"], seen, f"line {number}")
        self.assertEqual(kinds, {"SAID", "ABOUT", "MENTIONS", "APPEARS_IN"})
        self.assertEqual(len(seen), len(self.graph["documents"]) + len(self.graph["entities"]) + len(self.graph["quotes"]))

    def test_neo4j_files_have_the_importers_headers_and_every_relationship_names_a_node(self):
        folder = self.exports / "neo4j"
        ids = set()
        for name in ["documents", "people", "organisations", "measures", "quotes"]:
            with open(folder / f"{name}.csv", newline="", encoding="utf-8") as file:
                rows = list(csv.reader(file))
            self.assertEqual(rows[0][0], "id:ID", name)
            self.assertEqual(rows[0][-1], ":LABEL", name)
            ids.update(row[0] for row in rows[1:])
        for name, kind in [("said", "SAID"), ("about", "ABOUT"), ("mentions", "MENTIONS"), ("appears_in", "APPEARS_IN")]:
            with open(folder / f"{name}.csv", newline="", encoding="utf-8") as file:
                rows = list(csv.reader(file))
            self.assertEqual(rows[0][:2], [":START_ID", ":END_ID"], name)
            self.assertEqual(rows[0][-1], ":TYPE", name)
            self.assertTrue(rows[1:], f"{name}.csv has relationships")
            for row in rows[1:]:
                self.assertEqual(row[-1], kind)
                self.assertIn(row[0], ids, name)
                self.assertIn(row[1], ids, name)


if __name__ == "__main__":
    unittest.main()
