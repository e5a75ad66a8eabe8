#!/usr/bin/env python3
"""Regenerates gazetteers/surnames.txt from the 1990 US Census surname list
(a US government work, public domain), as shipped in the PyPI package
`names` 0.3.0 (MIT) as names/dist.all.last.

Surnames that are also lower-case English words (Brown, Young, White) are left
out: a capitalised common word is weak evidence of a name. ClaimGraph also
reads surname endings from gazetteers/surname_suffixes.txt, which carry
transliterated names the census never saw.
"""
import pathlib
import subprocess
import sys
import tarfile
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "gazetteers" / "surnames.txt"
WORDS = ROOT / "gazetteers" / "common_words.txt"


def census_lines():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-d", folder, "names==0.3.0"], check=True, capture_output=True)
        archive = next(pathlib.Path(folder).glob("names-0.3.0.tar.gz"))
        with tarfile.open(archive) as tar:
            member = tar.getmember("names-0.3.0/names/dist.all.last")
            return tar.extractfile(member).read().decode("ascii").splitlines()


def capitalise(name):
    # MCDONALD → Mcdonald is wrong; the census gives no case, so keep Mc/Mac/O' names in their usual form.
    word = name.capitalize()
    if word.startswith("Mc") and len(word) > 3:
        word = "Mc" + word[2:].capitalize()
    return word


common = {line.strip() for line in WORDS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
names = set()
for line in census_lines():
    fields = line.split()
    if not fields:
        continue
    surname = fields[0]
    if len(surname) < 3 or surname.lower() in common:
        continue
    names.add(capitalise(surname))

header = ("# Surnames: the 1990 US Census surname list (public domain) from PyPI `names` 0.3.0,\n"
          "# without those that are English words. Regenerate with scripts/build_surnames.py.\n")
TARGET.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
print(f"{len(names)} surnames -> {TARGET}", file=sys.stderr)
