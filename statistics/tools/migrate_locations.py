"""One-off migration (already applied): replaces line numbers of the private text conversions in the bundled dataset
files by page references to the original publications.

- De Staat van Migratie 2024: pages from the report's own table of contents (svm2024_pages.py); a page is given
  when the passage's section spans at most two pages, else "not determined (§x, pp. a–b)".
- Staat van het Consulaire 2024: the annex "Cijfers consulaire dienstverlening 2023" starts on p. 28 (table of
  contents); the pages of its tables are not determined.
- IND Jaarverslag 2016 (De cijfers): the text conversion has no page structure; pages not determined.

Edits the files as text so that their hand-made layout stays. Run from the repository root with the seed texts'
directory as argument: python3 statistics/tools/migrate_locations.py SEEDS_DIR
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import svm2024_pages as P  # noqa: E402

DATA = "statistics/src/main/resources/io/github/migratiekit/statistics/dataset/data"
REF = re.compile(r"L(\d+)(?:[–-]L?(\d+))?")


def svm_pager(seeds):
    lines = open(os.path.join(seeds, "001_d616f69ad267dab9.txt"), encoding="utf-8").read().split("\n")
    found = P.toc_and_headings(lines)
    found.append((3270, 141, "Bijlage I Procesbeschrijvingen"))
    found.sort()

    def page(a, b):
        pa, pb = P.page_text(found, a), P.page_text(found, b)
        if pa == pb:
            return pa
        fa, fb = P.page_of(found, a), P.page_of(found, b)
        lo, hi = fa[0], fb[1] if fb[1] is not None else fb[0]
        if hi - lo <= 1:
            return f"{lo}–{hi}" if hi != lo else str(lo)
        return f"not determined (pp. {lo}–{hi})"

    return page


def cite(p):
    if p.startswith("not determined"):
        return "page " + p
    return ("pp. " if "–" in p else "p. ") + p


def main(seeds):
    svm = svm_pager(seeds)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        text = open(path, encoding="utf-8").read()
        src = json.loads(text)["source"]
        doc = src["document"]
        if "lines" not in src:
            continue
        if doc.startswith("De Staat van Migratie 2024"):
            pager = lambda a, b: svm(a, b)  # noqa: E731
        elif doc.startswith("Staat van het Consulaire 2024"):
            pager = lambda a, b: "not determined (annex, from p. 28)"  # noqa: E731
        elif doc.startswith("IND Jaarverslag 2016"):
            pager = lambda a, b: "not determined"  # noqa: E731
        else:
            continue

        def refs(s):
            out = []
            for m in REF.finditer(s):
                a = int(m.group(1))
                b = int(m.group(2)) if m.group(2) else a
                c = cite(pager(a, b))
                if c not in out:
                    out.append(c)
            return out

        # the source block: "lines" -> "page" (the union of all references of the figure)
        def source_page(s):
            ps = [pager(int(m.group(1)), int(m.group(2)) if m.group(2) else int(m.group(1))) for m in REF.finditer(s)]
            ps = list(dict.fromkeys(ps))
            return ps[0] if len(ps) == 1 else "; ".join(ps)

        start = text.index('"source"')
        end = text.index("}", start)
        block = text[start:end]
        block = re.sub(r'"lines":\s*"([^"]*)"', lambda m: '"page": ' + json.dumps(source_page(m.group(1)),
                                                                                    ensure_ascii=False), block)
        text = text[:start] + block + text[end:]
        table = src["table"]
        text = re.sub(r'"lines":\s*"([^"]*)"',
                      lambda m: '"location": ' + json.dumps(table + ", " + "; ".join(refs(m.group(1))),
                                                           ensure_ascii=False), text)
        # remaining references in labels, notes and rules
        text = re.sub(r"\(?L\d+(?:[–-]L?\d+)?(?:,\s*L\d+(?:[–-]L?\d+)?)*\)?",
                      lambda m: ("(" if m.group(0).startswith("(") else "") + "; ".join(refs(m.group(0)))
                      + (")" if m.group(0).endswith(")") else ""), text)
        open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(sys.argv[1])
