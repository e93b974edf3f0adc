"""Page ranges of De Staat van Migratie 2024 from its own table of contents.

The plain-text conversion of the report has no page markers, but its table of contents gives the printed page on
which each chapter and section starts. A passage that lies in a section starting on page a, where the next section
starts on page b, stands on one of the pages a..b. This module maps a line of the conversion to that range, and says
"not determined" (with the section's range) when the range is wider than two pages. It never guesses a page.

Usage: python3 statistics/tools/svm2024_pages.py SEED_TEXT LINE...
"""
import re
import sys


def toc_and_headings(text_lines):
    """Returns [(start_line, page, title)] sorted by line: every ToC entry located in the body."""
    toc = []
    for l in text_lines[15:100]:
        m = re.match(r"^(?:<b>)?(.*?)(?:</b>)?\t(?:<b>)?(\d+)(?:</b>)?\s*$", l)
        if m:
            toc.append((re.sub(r"</?b>", "", m.group(1)).strip(), int(m.group(2))))
    found = []
    for title, page in toc:
        num = re.match(r"^(\d+(?:\.\d+)*)\s", title)
        chap = re.match(r"^Hoofdstuk (\d+)", title)
        bijl = re.match(r"^Bijlage ([IVX]+)\b", title)
        for i, l in enumerate(text_lines[100:], start=101):
            h = re.sub(r"</?b>|\*|<sup>.*?</sup>", "", l).strip()
            if not h.startswith("#"):
                continue
            h = h.lstrip("#").strip()
            if num and (h.startswith(num.group(1) + " ") or h == num.group(1)):
                found.append((i, page, title))
                break
            if chap and h == "Hoofdstuk " + chap.group(1):
                found.append((i, page, title))
                break
            if bijl and h.startswith("Bijlage " + bijl.group(1)) and (h + " ")[len("Bijlage " + bijl.group(1))] in " :.":
                found.append((i, page, title))
                break
            if title in ("Inleiding", "Bijlagen") and h == title:
                found.append((i, page, title))
                break
    found.sort()
    return found


def page_of(found, line):
    prev = None
    for idx, (start, page, title) in enumerate(found):
        if start > line:
            break
        prev = idx
    if prev is None:
        return None, None, None
    start, a, title = found[prev]
    b = found[prev + 1][1] if prev + 1 < len(found) else None
    return a, b, title


def page_text(found, line):
    a, b, title = page_of(found, line)
    if a is None:
        return "not determined"
    sec = title.split(" ")[0] if re.match(r"^\d", title) else title
    if b is None:
        return f"not determined ({sec}, from p. {a})"
    if b == a:
        return str(a)
    if b - a <= 1:
        return f"{a}–{b}"
    return f"not determined ({'§' if re.match(r'^[0-9]', sec) else ''}{sec}, pp. {a}–{b})"


if __name__ == "__main__":
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    f = toc_and_headings(lines)
    if len(sys.argv) == 2:
        for s in f:
            print(s)
    for arg in sys.argv[2:]:
        print(arg, page_text(f, int(arg)))
