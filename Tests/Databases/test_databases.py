"""The seed graph in real databases: SQLite through the sqlite3 tool, PostgreSQL through psql, and an
RDF store (rdflib) through the JSON-LD export. The questions `claimgraph quotes` answers are asked of
each in its own language and must give the same rows.

Needs the PG* environment variables of a running PostgreSQL server (`make test` starts a throwaway
one with pg_virtualenv) and the claimgraph binary (CLAIMGRAPH, default .build/debug/claimgraph).
Run: pg_virtualenv python3 -m unittest discover -s Tests/Databases -v
"""
import csv
import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("CLAIMGRAPH", str(ROOT / ".build/debug/claimgraph"))
TOKAYEV = "Kassym-Jomart Tokayev"


def claimgraph(*arguments, cwd=ROOT):
    result = subprocess.run([BINARY, *arguments], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"claimgraph {' '.join(arguments)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def sqlite(database, query, *parameters):
    """Rows of `query` from the sqlite3 command-line tool, as lists of strings."""
    lines = [".mode csv", ".headers off", ".nullvalue NULL"]
    lines += [f".parameter set ?{n} {sql_literal(value)}" for n, value in enumerate(parameters, 1)]
    result = subprocess.run(["sqlite3", str(database)], input="\n".join(lines + [query]) + "\n",
                            capture_output=True, text=True, check=True)
    return [row for row in csv.reader(result.stdout.splitlines(keepends=True))]


def postgres(query, *parameters):
    """Rows of `query` from psql against the server the PG* variables name."""
    variables = []
    for n, value in enumerate(parameters, 1):
        variables += ["-v", f"p{n}={value}"]
        query = query.replace(f"?{n}", f":'p{n}'")
    result = subprocess.run(["psql", "--no-psqlrc", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--csv", "-t", "-P", "null=NULL",
                             *variables, "-f", "-"], input=query + "\n", capture_output=True, text=True)
    if result.returncode != 0:
        raise AssertionError(f"psql failed: {result.stderr}")
    return [row for row in csv.reader(result.stdout.splitlines(keepends=True))]


def sql_literal(value):
    return "'" + str(value).replace("'", "''") + "'"


class SeedGraphInDatabases(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.environ.get("PGHOST") and not os.environ.get("PGPORT"):
            raise AssertionError(
                "no PostgreSQL server: run under pg_virtualenv (make test does) or set PGHOST, PGPORT, PGUSER, PGDATABASE")
        cls.work = pathlib.Path(tempfile.mkdtemp(prefix="claimgraph-databases-"))
        cls.out = cls.work / "out"
        subprocess.run([BINARY, "run", "--quiet", "--no-cache", "--export", "all", "--out", str(cls.out), "seeds"],
                       cwd=ROOT, check=True)
        cls.graph_file = cls.out / "graph.json"
        cls.graph = json.loads(cls.graph_file.read_text())
        cls.sql = cls.out / "export" / "sql"
        cls.database = cls.work / "claimgraph.sqlite"
        subprocess.run([str(ROOT / "scripts/load_sqlite.sh"), str(cls.sql), str(cls.database)], check=True)
        subprocess.run([str(ROOT / "scripts/load_postgres.sh"), str(cls.sql)], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def quotes_command(self, *arguments):
        return json.loads(claimgraph("quotes", *arguments, "--format", "json", "--graph", str(self.graph_file)))

    def ask_both(self, query, *parameters):
        """The rows from SQLite and from PostgreSQL, which must agree."""
        from_sqlite = sqlite(self.database, query, *parameters)
        from_postgres = postgres(query, *parameters)
        self.assertEqual(from_sqlite, from_postgres, "SQLite and PostgreSQL disagree")
        return from_sqlite

    def test_each_database_holds_every_record_of_the_graph(self):
        graph = self.graph
        expected = [
            ["documents", str(len(graph["documents"]))],
            ["entities", str(len(graph["entities"]))],
            ["aliases", str(sum(len(e["aliases"]) for e in graph["entities"]))],
            ["mentions", str(len(graph["mentions"]))],
            ["quotes", str(len(graph["quotes"]))],
            ["quote_measures", str(sum(len(set(q["measures"])) for q in graph["quotes"]))],
        ]
        query = " UNION ALL ".join(f"SELECT '{table}', COUNT(*) FROM {table}" for table, _ in expected)
        self.assertEqual(self.ask_both(query), expected)

    def test_every_quote_of_tokayev_is_the_same_in_sqlite_postgres_and_claimgraph_quotes(self):
        answer = self.quotes_command(TOKAYEV)
        expected = [[q["id"], q["kind"], q["date"] or "NULL", q["text"]] for q in answer["quotes"]]
        self.assertTrue(expected, "the seeds quote Tokayev")
        rows = self.ask_both("""
            SELECT q.id, q.kind, COALESCE(d.date, 'NULL'), q.text
            FROM quotes q JOIN documents d ON d.id = q.document_id
            WHERE q.speaker_id IN (SELECT id FROM entities WHERE name = ?1
                                   UNION SELECT entity_id FROM aliases WHERE alias = ?1)
            ORDER BY q.document_id, q.position;""", TOKAYEV)
        self.assertEqual(sorted(rows), sorted(expected))

    def test_everyone_quoted_about_a_measure_is_the_same_in_sqlite_postgres_and_claimgraph_quotes(self):
        measures = {}
        for quote in self.graph["quotes"]:
            for measure in quote["measures"]:
                measures[measure] = measures.get(measure, 0) + 1
        most_discussed = max(sorted(measures), key=measures.get)
        name = next(e["name"] for e in self.graph["entities"] if e["id"] == most_discussed)
        answer = self.quotes_command("--about", name)
        self.assertEqual([m["id"] for m in answer["measures"]], [most_discussed])
        expected = [[q["speakerName"], q["id"]] for q in answer["quotes"]]
        self.assertGreater(len({speaker for speaker, _ in expected}), 1, "several people speak of the decree")
        rows = self.ask_both("""
            SELECT COALESCE(e.name, q.speaker_name, 'unknown speaker'), q.id
            FROM quote_measures m
            JOIN quotes q ON q.id = m.quote_id
            JOIN entities law ON law.id = m.measure_id
            LEFT JOIN entities e ON e.id = q.speaker_id
            WHERE law.type = 'LAW' AND law.name = ?1
            ORDER BY q.document_id, q.position;""", name)
        self.assertEqual(sorted(rows), sorted(expected))

    def test_period_and_kind_filters_agree_with_sql(self):
        answer = self.quotes_command("--about", "Urgent Action Plan", "--from", "2021-06", "--to", "2021", "--kind", "direct")
        expected = [[q["id"]] for q in answer["quotes"]]
        self.assertTrue(expected)
        rows = self.ask_both("""
            SELECT q.id FROM quotes q
            JOIN documents d ON d.id = q.document_id
            JOIN quote_measures m ON m.quote_id = q.id
            JOIN entities law ON law.id = m.measure_id
            WHERE law.name = ?1 AND q.kind = 'direct' AND d.date >= '2021-06' AND substr(d.date, 1, 4) <= '2021'
            ORDER BY q.document_id, q.position;""", "Urgent Action Plan")
        self.assertEqual(sorted(rows), sorted(expected))

    def test_missing_values_load_as_null_in_both(self):
        unattributed = sum(1 for q in self.graph["quotes"] if q["speaker"] is None)
        dates_and_amounts = sum(1 for m in self.graph["mentions"] if m["entity"] is None)
        self.assertEqual(self.ask_both("SELECT COUNT(*) FROM quotes WHERE speaker_id IS NULL;"), [[str(unattributed)]])
        self.assertEqual(self.ask_both("SELECT COUNT(*) FROM mentions WHERE entity_id IS NULL;"), [[str(dates_and_amounts)]])
        self.assertEqual(self.ask_both("SELECT COUNT(*) FROM mentions WHERE label <> 'MONEY' AND currency IS NOT NULL;"), [["0"]])

    def test_mention_offsets_in_the_database_give_back_the_mention_from_the_source_text(self):
        rows = self.ask_both("""
            SELECT d.path, m.start_offset, m.end_offset, m.text FROM mentions m
            JOIN documents d ON d.id = m.document_id ORDER BY m.document_id, m.position;""")
        self.assertEqual(len(rows), len(self.graph["mentions"]))
        texts = {}
        for path, start, end, text in rows:
            source = texts.setdefault(path, (ROOT / path).read_text(encoding="utf-8-sig"))
            self.assertEqual(source[int(start):int(end)], text)

    def test_money_keeps_its_amount_and_currency(self):
        expected = sorted([m["text"], str(m["norm"]["amount"]), m["norm"]["currency"]]
                          for m in self.graph["mentions"] if m["label"] == "MONEY")
        self.assertTrue(expected)
        rows = self.ask_both("SELECT text, CAST(amount AS TEXT), currency FROM mentions WHERE label = 'MONEY';")
        normalised = sorted([text, amount[:-2] if amount.endswith(".0") else amount, currency] for text, amount, currency in rows)
        self.assertEqual(normalised, expected)

    def test_reloading_replaces_the_tables_rather_than_adding_rows(self):
        subprocess.run([str(ROOT / "scripts/load_postgres.sh"), str(self.sql)], check=True)
        self.assertEqual(postgres("SELECT COUNT(*) FROM quotes;"), [[str(len(self.graph["quotes"]))]])


class TextThatStrainsCSV(unittest.TestCase):
    """Commas, doubled quotation marks, line breaks and non-Latin letters in quotes and names."""

    PASSAGE = (
        "Astana, 12 March 2024\n\n"
        "“We will not accept a law that says, in effect, “stay silent”, and we will say so again,” "
        "said Aigerim Seitkali, director of the Ädilet Legal Centre.\n"
        "Seitkali said the Law on Mass Media would cost the outlets 1.5 million tenge ($3,300) a year.\n"
        "„Закон нужен всем“, — said Erzhan Nurlanov 🙂.\n"
    )

    @classmethod
    def setUpClass(cls):
        cls.work = pathlib.Path(tempfile.mkdtemp(prefix="claimgraph-strain-"))
        (cls.work / "in").mkdir()
        (cls.work / "in" / "strain.txt").write_text(cls.PASSAGE, encoding="utf-8")
        subprocess.run([BINARY, "run", "--quiet", "--no-cache", "--gazetteers", str(ROOT / "gazetteers"),
                        "--out", str(cls.work / "out"), str(cls.work / "in")], cwd=cls.work, check=True)
        cls.graph = json.loads((cls.work / "out" / "graph.json").read_text())
        cls.database = cls.work / "strain.sqlite"
        sql = cls.work / "out" / "export" / "sql"
        subprocess.run([str(ROOT / "scripts/load_sqlite.sh"), str(sql), str(cls.database)], check=True)
        subprocess.run([str(ROOT / "scripts/load_postgres.sh"), str(sql)], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    def test_quote_texts_come_back_byte_for_byte_from_both_databases(self):
        expected = sorted([q["id"], q["text"]] for q in self.graph["quotes"])
        self.assertTrue(any("," in text and "“" in text for _, text in expected), expected)
        query = "SELECT id, text FROM quotes ORDER BY id;"
        self.assertEqual(sorted(sqlite(self.database, query)), expected)
        self.assertEqual(sorted(postgres(query)), expected)

    def test_entity_names_come_back_byte_for_byte_from_both_databases(self):
        expected = sorted([e["id"], e["name"]] for e in self.graph["entities"])
        query = "SELECT id, name FROM entities ORDER BY id;"
        self.assertEqual(sorted(sqlite(self.database, query)), expected)
        self.assertEqual(sorted(postgres(query)), expected)


if __name__ == "__main__":
    unittest.main()
