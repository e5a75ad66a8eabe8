#!/usr/bin/env python3
"""Regenerates gazetteers/common_words.txt: lower-case English words from
Debian's wamerican word list (SCOWL, permissive licence; see gazetteers/README.md).

A capitalised token whose lower-case form is listed here is an ordinary word
capitalised by position (sentence start, heading), not evidence of a name.
"""
import pathlib
import subprocess
import sys

SOURCE = pathlib.Path("/usr/share/dict/american-english")
TARGET = pathlib.Path(__file__).resolve().parent.parent / "gazetteers" / "common_words.txt"

if not SOURCE.exists():
    subprocess.run(["apt-get", "install", "-y", "wamerican"], check=True)

words = set()
for line in SOURCE.read_text(encoding="utf-8").splitlines():
    word = line.strip()
    if word and word == word.lower() and "'" not in word:
        words.add(word)

header = "# Lower-case English words (from Debian's wamerican / SCOWL); regenerate with scripts/build_common_words.py\n"
TARGET.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
print(f"{len(words)} words -> {TARGET}", file=sys.stderr)
