#!/usr/bin/env python3
"""Consistency check for a held-out annotated set (eval/news40, eval/wire30).

Usage:  python3 eval/check_gold.py SET [--words MIN-MAX] [--require-norms]
                                       [--independent-of GOLD_DIR]... [--warn] [--stats] [--seeds DIR]

    python3 eval/check_gold.py eval/news40 --words 80-220
    python3 eval/check_gold.py eval/wire30 --words 150-350 --require-norms --independent-of eval/news40/gold

For every NN_slug.txt in SET there must be SET/gold/NN_slug.json and vice versa.
Each gold file must be valid JSON in the shape of shared/gold/GUIDELINES.md:
{"doc", "entities", "quotes"}, and
  * every entity text occurs verbatim in the passage, at a word boundary, in reading
    order and without overlapping the previous mention (mentions do not nest);
  * entity texts have no leading "the" and no trailing .,;: (an abbreviation such as
    "Inc." or "Corp." may keep its full stop);
  * DATE and MONEY norms have the documented shapes, other labels have no norm;
  * every quote has kind/speaker/mention/cue/text/about; mention and cue occur in the
    passage; a direct text occurs verbatim, or (interrupted or multi-paragraph quotes)
    as parts joined by one space that occur in order, each right after an opening
    quotation mark; an indirect text occurs verbatim and does not start with "that";
  * quotes are in reading order (by where their text starts);
  * every `about` item is the text of a LAW entity of the same document;
  * a non-null speaker is an entity text of the document or occurs in the passage;
  * passages are MIN-MAX words long (--words; default 80-350);
  * with --seeds DIR (default: ../../../shared/seeds or /work/shared/seeds if present):
    no token of a PERSON name of the seed gold appears in a PERSON mention here, nor
    (independence from earlier sets) one of any --independent-of gold folder;
  * with --require-norms, every DATE and MONEY mention has a norm;
  * a direct text does not end with , or . (a final ? ! or ellipsis is kept).
With --stats it prints per-label, per-kind and per-document totals.
With --warn it also lists occurrences of annotated texts that no gold mention covers
(useful when reviewing for missed mentions; these are not errors, e.g. nested names).
Exits 1 on any error.
"""
import json
import os
import re
import sys
import unicodedata

HERE = ''  # the set's folder, from the command line
GOLD = ''
WORDS = (80, 350)
REQUIRE_NORMS = False
LABELS = {'PERSON', 'ORG', 'LAW', 'DATE', 'MONEY'}
ABBREV_END = ('Inc.', 'Corp.', 'Ltd.', 'Co.', 'No.', 'Jr.', 'Sr.')
OPEN_QUOTES = '“"‘\''
DATE_NORM = re.compile(
    r'^(\d{3}|\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2})(/(\d{4}(-\d{2}(-\d{2})?)?))?$')
ISO_4217 = re.compile(r'^[A-Z]{3}$')

# name particles shared by many unrelated names; they do not make a name a reuse
PARTICLES = {'van', 'von', 'der', 'den', 'del', 'della', 'dos', 'das', 'bin', 'binti', 'los', 'las'}

errors = []
warnings = []


def err(doc, msg):
    errors.append(f'{doc}: {msg}')


def is_word_char(ch):
    return ch.isalnum()


def find_bounded(text, needle, start):
    """First occurrence of needle at or after start that is not glued to a word
    character or a hyphen on either side (so `EU` is not found inside `non-EU`)."""
    pos = start
    while True:
        i = text.find(needle, pos)
        if i < 0:
            return -1
        before = text[i - 1] if i > 0 else ' '
        after = text[i + len(needle)] if i + len(needle) < len(text) else ' '
        ok_before = not (is_word_char(before) or before == '-') or not is_word_char(needle[0])
        ok_after = not (is_word_char(after) or after == '-') or not is_word_char(needle[-1])
        if ok_before and ok_after:
            return i
        pos = i + 1


def find_parts(text, quote, start, need_open):
    """Split quote at spaces into parts that occur in order in text from start.
    Returns list of (pos, part) or None. Longest first part first."""
    cands = [len(quote)] + [m.start() for m in re.finditer(' ', quote)][::-1]
    for k in cands:
        head = quote[:k]
        rest = quote[k + 1:] if k < len(quote) else ''
        pos = start
        while True:
            i = text.find(head, pos)
            if i < 0:
                break
            if not need_open or (i > 0 and text[i - 1] in OPEN_QUOTES):
                if not rest:
                    return [(i, head)]
                tail = find_parts(text, rest, i + len(head), need_open)
                if tail is not None:
                    return [(i, head)] + tail
            pos = i + 1
    return None


def seed_person_tokens(seeds_dir):
    """The seed gold sits in seeds/gold in this repository, beside seeds/ in shared/."""
    inside = os.path.join(seeds_dir, 'gold')
    return person_tokens(inside if os.path.isdir(inside) else os.path.join(os.path.dirname(seeds_dir), 'gold'))


def person_tokens(gold_dir):
    """Lower-case words of three or more letters in the PERSON names of a gold folder."""
    toks = set()
    if not os.path.isdir(gold_dir):
        return toks
    for fn in os.listdir(gold_dir):
        if fn.endswith('.json'):
            with open(os.path.join(gold_dir, fn), encoding='utf-8') as f:
                for e in json.load(f).get('entities', []):
                    if e.get('label') == 'PERSON':
                        toks.update(t.lower() for t in re.split(r"[\s\-]+", e['text']) if len(t) > 2)
    return toks


def check_doc(stem, text, gold, seed_tokens, warn):
    if list(gold.keys()) != ['doc', 'entities', 'quotes']:
        err(stem, f'top-level keys {list(gold.keys())}')
    if gold.get('doc') != stem:
        err(stem, f'doc field {gold.get("doc")!r}')
    n_words = len(text.split())
    if not WORDS[0] <= n_words <= WORDS[1]:
        err(stem, f'{n_words} words (want {WORDS[0]}-{WORDS[1]})')

    # entities
    pos = 0
    spans = []
    law_texts = set()
    ent_texts = set()
    for k, e in enumerate(gold['entities']):
        lab, t = e.get('label'), e.get('text')
        keys = list(e.keys())
        if lab not in LABELS or not isinstance(t, str) or not t:
            err(stem, f'entity {k} bad label/text: {e}')
            continue
        if keys not in (['label', 'text'], ['label', 'text', 'norm']):
            err(stem, f'entity {k} keys {keys}')
        if re.match(r'(?i)the\s', t):
            err(stem, f'entity {t!r} has a leading "the"')
        if t[-1] in '.,;:' and not t.endswith(ABBREV_END):
            err(stem, f'entity {t!r} has trailing punctuation')
        if t != t.strip():
            err(stem, f'entity {t!r} has outer white space')
        i = find_bounded(text, t, pos)
        if i < 0:
            j = find_bounded(text, t, 0)
            err(stem, f'entity {k} {lab} {t!r} ' + ('not found' if j < 0 else 'out of reading order / overlapping the previous mention'))
            continue
        spans.append((i, i + len(t), lab, t))
        pos = i + len(t)
        ent_texts.add(t)
        if lab == 'LAW':
            law_texts.add(t)
        norm = e.get('norm')
        if REQUIRE_NORMS and lab in ('DATE', 'MONEY') and norm is None:
            err(stem, f'{lab} {t!r} has no norm')
        if lab == 'DATE' and norm is not None:
            if not isinstance(norm, str) or not DATE_NORM.match(norm):
                err(stem, f'DATE {t!r} bad norm {norm!r}')
        elif lab == 'MONEY':
            if not (isinstance(norm, dict) and list(norm.keys()) == ['amount', 'currency']
                    and isinstance(norm['amount'], (int, float)) and ISO_4217.match(str(norm['currency']))):
                err(stem, f'MONEY {t!r} bad norm {norm!r}')
        elif lab not in ('DATE', 'MONEY') and norm is not None:
            err(stem, f'{lab} {t!r} must not have a norm')
        if lab == 'PERSON' and seed_tokens:
            for tok in re.split(r"[\s\-]+", t):
                if tok.lower() in seed_tokens and tok.lower() not in PARTICLES:
                    err(stem, f'PERSON {t!r} reuses a name of the seeds or an earlier set ({tok})')

    if warn:
        for t in sorted(ent_texts):
            p = 0
            while True:
                i = find_bounded(text, t, p)
                if i < 0:
                    break
                if not any(s <= i < e for s, e, _, _ in spans):
                    warnings.append(f'{stem}: uncovered occurrence of {t!r} at {i}: ...{text[max(0, i - 30):i + len(t) + 30]!r}...')
                p = i + 1

    # quotes
    qpos = 0
    for k, q in enumerate(gold['quotes']):
        keys = list(q.keys())
        if keys != ['kind', 'speaker', 'mention', 'cue', 'text', 'about']:
            err(stem, f'quote {k} keys {keys}')
            continue
        kind, spk, men, cue, qt, about = (q[x] for x in keys)
        if kind not in ('direct', 'indirect'):
            err(stem, f'quote {k} kind {kind!r}')
        if spk is not None and (not isinstance(spk, str) or not spk):
            err(stem, f'quote {k} speaker {spk!r}')
        if spk and spk not in ent_texts and spk not in text:
            err(stem, f'quote {k} speaker {spk!r} is neither an entity nor in the passage')
        for name, val in (('mention', men), ('cue', cue)):
            if not isinstance(val, str) or not val or val not in text:
                err(stem, f'quote {k} {name} {val!r} not in passage')
        if not isinstance(qt, str) or not qt:
            err(stem, f'quote {k} empty text')
            continue
        if qt[-1] in ',;:' or (kind == 'direct' and qt[-1] == '.' and not qt.endswith('...')):
            err(stem, f'quote {k} text ends with punctuation: {qt[-20:]!r}')
        if kind == 'indirect':
            if re.match(r'(?i)that\s', qt):
                err(stem, f'quote {k} indirect text starts with "that"')
            i = text.find(qt, qpos)
            if i < 0:
                err(stem, f'quote {k} indirect text not found in order: {qt[:60]!r}')
                continue
        else:
            parts = find_parts(text, qt, qpos, need_open=True)
            if parts is None:
                err(stem, f'quote {k} direct text not found (in order, after an opening quote mark): {qt[:60]!r}')
                continue
            i = parts[0][0]
        qpos = i
        if not isinstance(about, list):
            err(stem, f'quote {k} about is not a list')
            continue
        for a in about:
            if a not in law_texts:
                err(stem, f'quote {k} about item {a!r} is not a LAW entity of the document')
    return gold


def print_stats(stems, golds):
    """Per-document and total counts (for the README)."""
    labels = ['PERSON', 'ORG', 'LAW', 'DATE', 'MONEY']
    tot = {k: 0 for k in labels + ['direct', 'indirect', 'null', 'about', 'refs', 'words']}
    print('doc | words | ' + ' | '.join(labels) + ' | direct | indirect | speaker null | about non-empty')
    for s in stems:
        if s not in golds:
            continue
        with open(os.path.join(HERE, s + '.txt'), encoding='utf-8') as f:
            words = len(f.read().split())
        with open(os.path.join(GOLD, s + '.json'), encoding='utf-8') as f:
            g = json.load(f)
        c = {k: sum(1 for e in g['entities'] if e['label'] == k) for k in labels}
        qd = sum(1 for q in g['quotes'] if q['kind'] == 'direct')
        qi = sum(1 for q in g['quotes'] if q['kind'] == 'indirect')
        qn = sum(1 for q in g['quotes'] if q['speaker'] is None)
        qa = sum(1 for q in g['quotes'] if q['about'])
        tot['refs'] += sum(len(q['about']) for q in g['quotes'])
        for k in labels:
            tot[k] += c[k]
        tot['direct'] += qd
        tot['indirect'] += qi
        tot['null'] += qn
        tot['about'] += qa
        tot['words'] += words
        print(f'{s} | {words} | ' + ' | '.join(str(c[k]) for k in labels) + f' | {qd} | {qi} | {qn} | {qa}')
    print('TOTAL | ' + ' | '.join(str(tot[k]) for k in ['words'] + labels + ['direct', 'indirect', 'null', 'about'])
          + f' (measure references in about: {tot["refs"]})')


def option(name):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


def main():
    global HERE, GOLD, WORDS, REQUIRE_NORMS
    if len(sys.argv) < 2 or sys.argv[1].startswith('--'):
        sys.exit(__doc__)
    HERE = os.path.abspath(sys.argv[1])
    GOLD = os.path.join(HERE, 'gold')
    if option('--words'):
        low, high = option('--words').split('-')
        WORDS = (int(low), int(high))
    REQUIRE_NORMS = '--require-norms' in sys.argv
    warn = '--warn' in sys.argv
    seeds = None
    if '--seeds' in sys.argv:
        seeds = sys.argv[sys.argv.index('--seeds') + 1]
    else:
        for cand in (os.path.join(HERE, '..', '..', '..', 'shared', 'seeds'), os.path.join(HERE, '..', '..', 'seeds'), '/work/shared/seeds'):
            if os.path.isdir(cand):
                seeds = cand
                break
    seed_tokens = seed_person_tokens(seeds) if seeds else set()
    for index, argument in enumerate(sys.argv):
        if argument == '--independent-of':
            seed_tokens |= person_tokens(os.path.abspath(sys.argv[index + 1]))

    stems = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith('.txt'))
    golds = sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith('.json'))
    for s in set(stems) ^ set(golds):
        err(s, 'passage without gold or gold without passage')
    totals = {lab: 0 for lab in sorted(LABELS)}
    qtot = {'direct': 0, 'indirect': 0}
    norms = 0
    for s in stems:
        if s not in golds:
            continue
        with open(os.path.join(HERE, s + '.txt'), encoding='utf-8') as f:
            text = f.read()
        if unicodedata.normalize('NFC', text) != text:
            err(s, 'passage is not NFC')
        try:
            with open(os.path.join(GOLD, s + '.json'), encoding='utf-8') as f:
                gold = json.load(f)
        except Exception as ex:  # noqa: BLE001
            err(s, f'invalid JSON: {ex}')
            continue
        check_doc(s, text, gold, seed_tokens, warn)
        for e in gold.get('entities', []):
            if e.get('label') in totals:
                totals[e['label']] += 1
                norms += 'norm' in e
        for q in gold.get('quotes', []):
            if q.get('kind') in qtot:
                qtot[q['kind']] += 1
    if '--stats' in sys.argv:
        print_stats(stems, golds)
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('ERROR:', e)
    print(f'{len(stems)} passages; entities: {sum(totals.values())} '
          + ', '.join(f'{k} {v}' for k, v in totals.items())
          + f' ({norms} with norm); quotes: {sum(qtot.values())} (direct {qtot["direct"]}, indirect {qtot["indirect"]})')
    if errors:
        print(f'FAILED: {len(errors)} error(s)')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
