#!/usr/bin/env python3
"""Build warta's name lexicons in assets/lexicon/ from public facts.

    python3 tools/build_lexicons.py            (needs ../shared/lexicons and hunspell-id)

Inputs: curated.py (lists we wrote), ../shared/lexicons/mdee/*.txt (DBpedia-derived names,
Alfina et al. 2017; Latin-1, CRLF), /usr/share/hunspell/id_ID.dic (Debian hunspell-id, MPL-2.0:
ordinary Indonesian words). Outputs one sorted UTF-8 word or phrase per line. Every filter is
stated below; none of them looks at the evaluation corpora.
"""
import collections, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import curated as C

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "assets", "lexicon")
MDEE = os.path.join(ROOT, "..", "shared", "lexicons", "mdee")
DIC = "/usr/share/hunspell/id_ID.dic"


def read_mdee(name):
    with open(os.path.join(MDEE, name), encoding="latin-1") as f:
        return [l.strip() for l in f if l.strip()]


def write(name, items):
    items = sorted(set(i for i in items if i))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(items) + "\n")
    print(f"{name}: {len(items)}")


os.makedirs(OUT, exist_ok=True)
# Ordinary words: lowercase hunspell stems (proper nouns there are capitalised) + function words.
common = set()
with open(DIC, encoding="utf-8", errors="replace") as f:
    next(f)
    for line in f:
        w = line.split("/")[0].strip()
        if w and w[0].islower() and re.fullmatch(r"[a-z-]+", w) and len(w) >= 2:
            common.add(w)
common |= set(C.split(C.FUNCTION_WORDS))
write("kata-umum.txt", common)

good = re.compile(r"^[A-Z][A-Za-z'.-]*( [A-Z][A-Za-z'.-]*)*$")
# Places: curated lists, plus DBpedia places of one or two words whose words are not all ordinary words.
places = set(C.split(C.COUNTRIES) + C.split(C.CAPITALS_AND_CITIES) + C.split(C.PROVINCES) + C.split(C.CITIES_ID) + C.split(C.REGENCIES))
for p in read_mdee("place.txt"):
    words = p.split()
    if len(words) <= 2 and good.match(p) and not all(w.lower() in common for w in words) and len(p) >= 4:
        places.add(p)
# Person name parts: tokens of DBpedia person names, not ordinary words, not places. A word
# that begins three person names or more is a given name even where some DBpedia place bears it
# too (Andi, Didi: the names' code tells them apart by context); curated places stay places only.
first_words = collections.Counter(p.split()[0] for p in read_mdee("person.txt") if len(p.split()) >= 2)
curated_places = set(C.split(C.COUNTRIES) + C.split(C.CAPITALS_AND_CITIES) + C.split(C.PROVINCES) + C.split(C.CITIES_ID) + C.split(C.REGENCIES))
persons = set()
for p in read_mdee("person.txt"):
    for w in p.split():
        given = first_words[w] >= 3 and w not in curated_places
        if good.match(w) and len(w) >= 3 and w.lower() not in common and (w not in places or given) and not w.isupper():
            persons.add(w)
# Organisations: multi-word DBpedia organisations and single words that are not ordinary words
# (a word in capitals, `PRA`, is an acronym whatever the dictionary says), plus curated acronyms.
orgs = set(C.split(C.ORG_ACRONYMS))
for o in read_mdee("organization.txt"):
    words = o.split()
    if good.match(o) and (len(words) > 1 or o.lower() not in common or o.isupper()) and len(words) <= 6:
        orgs.add(o)
orgs -= curated_places
places -= set(C.split(C.ORG_ACRONYMS))
# Given names that are also ordinary words (Agung, Budi, Surya): words that start or stand
# inside at least three DBpedia person names of two or more words.
amb = collections.Counter()
for p in read_mdee("person.txt"):
    ws = p.split()
    if len(ws) >= 2:
        for w in ws:
            if good.match(w) and w.lower() in common:
                amb[w] += 1
titles = set(C.split(C.TITLES))
write("nama-umum.txt", [w for w, n in amb.items() if n >= 3 and w not in titles and len(w) >= 3])
write("tempat.txt", places | set(C.split(C.PLACE_ACRONYMS)))
write("nama-orang.txt", persons)
write("organisasi.txt", orgs)
write("gelar.txt", C.split(C.TITLES))
write("kepala-organisasi.txt", C.split(C.ORG_HEADS))
write("kepala-tempat.txt", C.split(C.PLACE_HEADS))
write("hari-bulan.txt", C.split(C.DAYS_MONTHS))
write("singkatan-umum.txt", C.split(C.COMMON_ACRONYMS))
