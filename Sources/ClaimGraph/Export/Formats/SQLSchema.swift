/// The relational schema of the SQL export, written as `schema.sql` and
/// `indexes.sql`: plain SQL that PostgreSQL and SQLite both run. Offsets are
/// Unicode scalar offsets into the document's text, end exclusive; dates are
/// ISO 8601 text (`2021`, `2021-03`, `2021-03-30`), which sorts as dates do.
enum SQLSchema {
  /// Columns of each table, in the order of its CSV file.
  static let columns: [(table: String, columns: [String], nullable: [String])] = [
    ("documents", ["id", "path", "title", "date", "sentences"], ["date"]),
    ("entities", ["id", "type", "name", "mentions", "quotes"], []),
    ("aliases", ["entity_id", "alias"], []),
    ("mentions", ["document_id", "position", "entity_id", "label", "text", "start_offset", "end_offset",
                  "date_value", "amount", "amount_max", "currency"],
     ["entity_id", "date_value", "amount", "amount_max", "currency"]),
    ("quotes", ["id", "document_id", "position", "kind", "speaker_id", "speaker_name", "mention", "cue", "text",
                "start_offset", "end_offset", "sentence"], ["speaker_id", "speaker_name", "mention"]),
    ("quote_measures", ["quote_id", "measure_id", "position"], []),
  ]

  static let tables = """
  -- ClaimGraph relational schema (PostgreSQL and SQLite). See docs/exports.md.
  DROP TABLE IF EXISTS quote_measures;
  DROP TABLE IF EXISTS quotes;
  DROP TABLE IF EXISTS mentions;
  DROP TABLE IF EXISTS aliases;
  DROP TABLE IF EXISTS entities;
  DROP TABLE IF EXISTS documents;

  CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    path       TEXT NOT NULL,
    title      TEXT NOT NULL,
    date       TEXT,              -- the reference date the text fixes, ISO 8601
    sentences  INTEGER NOT NULL
  );

  -- Canonical people, organisations and measures (laws, decrees, strategies, ...).
  CREATE TABLE entities (
    id        TEXT PRIMARY KEY,   -- person:erlan-karin
    type      TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG', 'LAW')),
    name      TEXT NOT NULL,      -- the fullest name
    mentions  INTEGER NOT NULL,
    quotes    INTEGER NOT NULL
  );

  -- Every surface form an entity is named by.
  CREATE TABLE aliases (
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    alias      TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
  );

  -- Every entity mention; entity_id is NULL for DATE and MONEY.
  CREATE TABLE mentions (
    document_id   TEXT NOT NULL REFERENCES documents (id),
    position      INTEGER NOT NULL,  -- 1, 2, ... in reading order within the document
    entity_id     TEXT REFERENCES entities (id),
    label         TEXT NOT NULL CHECK (label IN ('PERSON', 'ORG', 'LAW', 'DATE', 'MONEY')),
    text          TEXT NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    date_value    TEXT,              -- DATE: ISO 8601
    amount        NUMERIC,           -- MONEY: the amount, or the lower bound of a range
    amount_max    NUMERIC,           -- MONEY: the upper bound of a range
    currency      TEXT,              -- MONEY: ISO 4217
    PRIMARY KEY (document_id, position)
  );

  -- Every attributed statement: direct quotes and reported speech.
  CREATE TABLE quotes (
    id            TEXT PRIMARY KEY,  -- quote:<document>:<position>
    document_id   TEXT NOT NULL REFERENCES documents (id),
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    speaker_id    TEXT REFERENCES entities (id),  -- NULL when the speaker is not a named person or organisation
    speaker_name  TEXT,
    mention       TEXT,              -- the words that point to the speaker: Karin, he, the minister
    cue           TEXT NOT NULL,
    text          TEXT NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    sentence      INTEGER NOT NULL
  );

  -- Which measures each quote is about, in the order the quote names them.
  CREATE TABLE quote_measures (
    quote_id    TEXT NOT NULL REFERENCES quotes (id),
    measure_id  TEXT NOT NULL REFERENCES entities (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (quote_id, measure_id)
  );

  """

  static let indexes = """
  -- Created after the bulk load, which is faster than keeping them up to date row by row.
  CREATE INDEX aliases_alias ON aliases (alias);
  CREATE INDEX entities_type_name ON entities (type, name);
  CREATE INDEX mentions_entity ON mentions (entity_id);
  CREATE INDEX quotes_speaker ON quotes (speaker_id);
  CREATE INDEX quotes_document ON quotes (document_id);
  CREATE INDEX quote_measures_measure ON quote_measures (measure_id);

  """

  /// For `psql -v ON_ERROR_STOP=1 -f load_postgres.sql`, run in the export's folder.
  static var postgresLoad: String {
    var script = "-- Loads the ClaimGraph export into PostgreSQL: cd to this folder, then\n"
      + "--   psql -v ON_ERROR_STOP=1 -f load_postgres.sql\n"
      + "-- (the server and database come from the PG* environment variables).\n"
      + "SET client_min_messages = warning;\nBEGIN;\n\\ir schema.sql\n"
    for table in columns {
      script += "\\copy \(table.table) (\(table.columns.joined(separator: ", "))) FROM '\(table.table).csv' WITH (FORMAT csv, HEADER true)\n"
    }
    script += "\\ir indexes.sql\nCOMMIT;\nANALYZE;\n"
    return script
  }

  /// For `sqlite3 DATABASE < load_sqlite.sql`, run in the export's folder.
  static var sqliteLoad: String {
    var script = "-- Loads the ClaimGraph export into SQLite: cd to this folder, then\n"
      + "--   sqlite3 claimgraph.sqlite < load_sqlite.sql\n"
      + ".bail on\nBEGIN;\n.read schema.sql\n"
    for table in columns {
      script += ".import --csv --skip 1 \(table.table).csv \(table.table)\n"
    }
    script += "-- .import reads an empty field as '', where PostgreSQL reads NULL.\n"
    for table in columns {
      for column in table.nullable {
        script += "UPDATE \(table.table) SET \(column) = NULL WHERE \(column) = '';\n"
      }
    }
    script += ".read indexes.sql\nCOMMIT;\nANALYZE;\n"
    return script
  }
}
