"""Historical: the bundled JSON files are now the source of truth (pages, carriers, bases, labels and
corrections were added later, see migrate_locations.py); do not rerun this script over them.

Writes further Staat van Migratie 2024 tables (asylum, border, departure, housing, integration, regular).

The numbers are parsed straight from the tab-separated tables of the seed text
(/work/shared/seeds/001_d616f69ad267dab9.txt); the column names (slugs) and kinds are given by hand below, after
reading each table. Titles and data providers come from the figure captions. Run from the repository root:
python3 statistics/tools/gen_svm_more.py
"""
import json, os, re

OUT = "statistics/src/main/resources/io/github/migratiekit/statistics/dataset/data"
SEED = open("/work/shared/seeds/001_d616f69ad267dab9.txt", encoding="utf-8").read().split("\n")
SVM = {"document": "De Staat van Migratie 2024", "publisher": "Ministerie van Justitie en Veiligheid", "year": 2024,
       "licence": "Dutch government publication; figures reused with citation"}


def line(n):
    return SEED[n - 1]


def num(c):
    c = re.sub(r"<sup>.*?</sup>|</?b>", "", c).strip()
    if c in ("", "n.v.t.", "–", "-"):
        return None
    if c.startswith("<"):
        return c
    c = c.replace(".", "").replace("%", "").replace("+", "").replace(",", ".")
    if re.fullmatch(r"-?\d+", c):
        return int(c)
    try:
        return float(c)
    except ValueError:
        return None


def caption(start):
    for n in range(start, start + 25):
        m = re.match(r"\*\*Figuur (\d+):\*\*\s*(.*)", line(n))
        if m:
            title = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", m.group(2))
            prov = re.search(r"\((?:Bron|bron): ([^)]*)\)", title)
            title = re.sub(r"\s*\((?:Bron|bron):[^)]*\).*", "", title).strip()
            return m.group(1), n, title, prov.group(1).strip() if prov else None
    raise ValueError(f"no caption after L{start}")


def write(d):
    with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")


def year_rows(id, start, slugs, unit="PERSONS", rounding="svm2024", sums=(), ratios=(), linear=(), notes=()):
    """A table with one row per year and one column per slug; slugs ending in _pct are percentages, _weeks weeks."""
    fig, cap_line, title, prov = caption(start)
    rows, n, years, change = [], start, [], None
    while n < cap_line:
        l = line(n)
        if "\t" in l:
            cells = l.split("\t")
            head = cells[0].strip()
            if re.fullmatch(r"\d{4}", head):
                years.append(head)
                for s, c in zip(slugs, cells[1:]):
                    v = num(c)
                    if v is not None and s:
                        rows.append([s, head, "value", v])
            elif re.match(r"(% verschil|Verskil|Vershil)", head):
                change = cells[1:]
        n += 1
    if change is not None:
        for s, c in zip(slugs, change):
            v = num(c)
            if v is not None and s:
                rows.append([s, years[-1], "change_pct", v])
    for r in rows:
        s = r[0]
        if r[2] == "value":
            r[2] = "pct" if s.endswith("_pct") else "weeks" if s.endswith("_weeks") else "count"
    lines = f"L{start}–L{cap_line}"
    rels = []
    if change is not None:
        rels.append({"type": "change", "label": f"% verschil {years[-1]} t.o.v. {years[-2]}", "lines": lines, "each": ["series"],
                     "target": {"measure": "change_pct"}, "from": {"measure": "count", "period": years[-2]},
                     "to": {"measure": "count", "period": years[-1]}})
    for tot, parts in sums:
        rels.append({"type": "sum", "label": f"{tot} = " + " + ".join(parts), "lines": lines, "each": ["period"],
                     "total": {"series": tot, "measure": "count"}, "parts": [{"series": p, "measure": "count"} for p in parts]})
    for tgt, num_, den in ratios:
        rels.append({"type": "ratio", "label": f"{tgt} = {num_} / {den}", "lines": lines, "each": ["period"],
                     "target": {"series": tgt, "measure": "pct"}, "numerator": [{"series": num_, "measure": "count"}],
                     "denominator": [{"series": den, "measure": "count"}]})
    for tgt, terms in linear:
        rels.append({"type": "linear", "label": f"{tgt} = " + " ".join(f"{c:+d}×{s}" for c, s in terms), "lines": lines,
                     "each": ["period"], "target": {"series": tgt, "measure": "count"},
                     "terms": [{"coef": c, "cell": {"series": s, "measure": "count"}} for c, s in terms]})
    d = {"id": id, "title": title, "source": dict(SVM, table=f"Figuur {fig}", lines=lines, provider=prov or "not stated"),
         "rounding": rounding, "unit": unit, "units": {"change_pct": "PERCENT", "pct": "PERCENT", "weeks": "WEEKS"},
         "columns": ["series", "period", "measure", "value"], "rows": rows, "relations": rels}
    if notes:
        d["notes"] = list(notes)
    write(d)


def item_rows(id, start, items, unit="CASES", rounding="svm2024", sums=(), notes=()):
    """A table with one row per item and columns 2022, 2023, % verschil; items maps table row number offset -> slug."""
    fig, cap_line, title, prov = caption(start)
    rows = []
    for n, slug in items:
        cells = [c for c in line(n).split("\t")]
        vals = [num(c) for c in cells[-3:]]
        for y, v in zip(("2022", "2023"), vals[:2]):
            if v is not None:
                rows.append([slug, y, "count", v])
        if vals[2] is not None:
            rows.append([slug, "2023", "change_pct", vals[2]])
    lines = f"L{start}–L{cap_line}"
    rels = [{"type": "change", "label": "% verschil 2023 t.o.v. 2022", "lines": lines, "each": ["series"],
             "target": {"measure": "change_pct"}, "from": {"measure": "count", "period": "2022"},
             "to": {"measure": "count", "period": "2023"}}]
    for tot, parts in sums:
        rels.append({"type": "sum", "label": f"{tot} = " + " + ".join(parts), "lines": lines, "each": ["period"],
                     "total": {"series": tot, "measure": "count"}, "parts": [{"series": p, "measure": "count"} for p in parts]})
    d = {"id": id, "title": title, "source": dict(SVM, table=f"Figuur {fig}", lines=lines, provider=prov or "not stated"),
         "rounding": rounding, "unit": unit, "units": {"change_pct": "PERCENT"},
         "columns": ["series", "period", "measure", "value"], "rows": rows, "relations": rels}
    if notes:
        d["notes"] = list(notes)
    write(d)


# chapter 2, regular migration
year_rows("svm2024-fig02-non-european-migration", 941, ["immigration", "emigration", "migration_balance"], rounding="exact",
          linear=[("migration_balance", [(1, "immigration"), (-1, "emigration")])],
          notes=["Persons with a non-European nationality. The caption says 2022-2023 but the rows are 2021 and 2022 (fn 36)."])
year_rows("svm2024-fig09-work-permits", 1096, ["twv_granted", "gvva_positive_advice"], unit="DOCUMENTS")
year_rows("svm2024-fig12-innovative-startups", 1187, ["applications", "handled", "grant_rate_pct"], unit="APPLICATIONS")
year_rows("svm2024-fig17-regular-further-appeals", 1291, ["inflow", "handled", "processing_weeks"], unit="CASES")
# chapter 4, asylum
year_rows("svm2024-fig57-nareis-art8-echr-amv", 2112,
          ["mvv_filed", "mvv_handled", "mvv_granted_pct", "objection_filed", "objection_handled", "objection_granted_pct"],
          unit="APPLICATIONS")
year_rows("svm2024-fig70-permanent-asylum-permits", 2318, ["applications", "decisions", "grant_rate_pct"], unit="APPLICATIONS")
year_rows("svm2024-fig77-ukraine-municipal-reception", 2434, ["occupancy", "capacity", "occupancy_pct"], unit="PLACES",
          rounding="exact", ratios=[("occupancy_pct", "occupancy", "capacity")])
# chapter 6, border, supervision, detention, public order, departure
year_rows("svm2024-fig79-eu-refusals-of-entry", 2500, ["refused"], rounding="fives")
year_rows("svm2024-fig81-nl-border-refusals", 2534, ["inflow", "admitted_after_all", "removed_directly", "asylum_application"],
          ratios=[], notes=["Handled is not a cohort of the inflow (L2551). 61% returned directly (L2543) = 2400 / 3900."])
year_rows("svm2024-fig84-document-fraud", 2565, ["incidents", "documents"], unit="CASES", rounding="exact")
year_rows("svm2024-fig85-smuggling", 2582, ["incidents", "arrests"], unit="CASES")
year_rows("svm2024-fig86-stowaways", 2597, ["kmar", "police"], unit="CASES")
year_rows("svm2024-fig87-mobile-security-monitor", 2616,
          ["mtv_air", "mtv_land", "persons_checked_land", "illegals_found", "asylum_applications"], unit="CASES")
year_rows("svm2024-fig88-supervision-checks", 2630, ["object_checks", "person_checks", "found_without_right_pct"], unit="CASES")
year_rows("svm2024-fig89-freedom-restricting-measures", 2643, ["family_location", "freedom_restricting_location"])
year_rows("svm2024-fig90-detention-inflow", 2664, ["total", "without_lawful_stay", "border_detention"],
          sums=[("total", ["without_lawful_stay", "border_detention"])])
year_rows("svm2024-fig91-undesirability-entry-bans", 2687, ["declarations_undesirability", "heavy_entry_bans", "total"],
          unit="CASES", sums=[("total", ["declarations_undesirability", "heavy_entry_bans"])])
year_rows("svm2024-fig92-public-order-asylum", 2700, ["permits_withdrawn", "applications_rejected"], unit="CASES",
          notes=["No % difference is printed 'because of the small numbers'."])
year_rows("svm2024-fig95-eu-return-decisions", 2750, ["return_decisions"], rounding="fives")
year_rows("svm2024-fig96-eu-effective-returns", 2769, ["left_after_return_decision"], rounding="fives")
year_rows("svm2024-fig97-iom-assisted-eea", 2782, ["iom_assisted"],
          notes=["The change row is labelled '2023 t.o.v. 2022' but compares 2022 with 2021 (caption slip)."])
year_rows("svm2024-fig98-frontex-returns", 2791, ["frontex_returns", "independent_share_pct"])
year_rows("svm2024-fig99-emigration", 2810, ["emigration"], rounding="exact",
          notes=["Emigration excluding Dutch nationals (CBS)."])
year_rows("svm2024-fig105-iom-independent-departure", 2881, ["applications", "departed", "former_asylum_seekers"])
year_rows("svm2024-fig107-fast-track-returns", 2906, ["returns"])
item_rows("svm2024-fig108-lp-requests", 2921,
          [(2922, "requests_made"), (2923, "answer_nationality_established"), (2924, "answer_nationality_not_established"),
           (2925, "answer_request_withdrawn"), (2926, "answers_total"), (2927, "travel_documents_received"),
           (2928, "outstanding_requests")],
          sums=[("answers_total", ["answer_nationality_established", "answer_nationality_not_established", "answer_request_withdrawn"])],
          notes=["Laissez-passer (LP) requests; not a cohort (L2930)."])
year_rows("svm2024-fig110-vris-departure", 2963, ["verifiable", "unsupervised", "total"],
          sums=[("total", ["verifiable", "unsupervised"])])
year_rows("svm2024-fig111-ukraine-departure-dtenv", 2984, ["return_to_ukraine", "third_country_remigration"])
year_rows("svm2024-fig112-postponement-main-applicant", 2996, ["filed", "handled", "grant_rate_pct"], unit="APPLICATIONS")
year_rows("svm2024-fig113-postponement-family", 3003, ["filed", "handled", "grant_rate_pct"], unit="APPLICATIONS")
year_rows("svm2024-fig114-buitenschuld-permits", 3016, ["permits"], unit="DOCUMENTS")
# chapter 7, housing and integration
year_rows("svm2024-fig120-kso-amv", 3124, ["capacity", "occupancy"], unit="PLACES")
year_rows("svm2024-fig121-har-placements", 3147, ["har_reception", "onward_to_municipalities"])
item_rows("svm2024-fig122-coa-participation", 3191,
          [(3192, "nt2_likely_to_succeed"), (3193, "participation_guidance_interviews"), (3194, "pre_integration_trajectories"),
           (3195, "screening_interviews")])

# Fig 59 and 60: counts and shares per length-of-stay band (two rows per year)
def bands(id, start, slugs, count_lines, pct_lines, total=None, notes=()):
    fig, cap_line, title, prov = caption(start)
    rows = []
    for y, n in count_lines:
        for s, c in zip(slugs, line(n).split("\t")[1:]):
            if num(c) is not None:
                rows.append([s, y, "count", num(c)])
    for y, n in pct_lines:
        for s, c in zip(slugs, line(n).split("\t")[1:]):
            if num(c) is not None:
                rows.append([s, y, "share_pct", num(c)])
    lines = f"L{start}–L{cap_line}"
    parts = [s for s in slugs if s != total]
    rels = [{"type": "ratio", "label": "share of the band", "lines": lines, "each": ["period", "series"],
             "target": {"measure": "share_pct"}, "numerator": [{"measure": "count"}],
             "denominator": [{"series": p, "measure": "count"} for p in parts]}]
    if total:
        rels.append({"type": "sum", "label": f"{total} = sum of bands", "lines": lines, "each": ["period"],
                     "total": {"series": total, "measure": "count"}, "parts": [{"series": p, "measure": "count"} for p in parts]})
    write({"id": id, "title": title, "source": dict(SVM, table=f"Figuur {fig}", lines=lines, provider=prov or "COA"),
           "rounding": "svm2024", "unit": "PERSONS", "units": {"share_pct": "PERCENT"},
           "columns": ["series", "period", "measure", "value"], "rows": rows, "relations": rels, "notes": list(notes)})


bands("svm2024-fig59-length-of-stay-reception", 2156, ["lt_1y", "y1_2", "y2_3", "y3_4", "y4_5", "gt_5y"],
      [("2022", 2157), ("2023", 2159)], [("2022", 2158), ("2023", 2160)],
      notes=["Average stay 10.53 months (2023) and 10.48 months (2022) (L2164)."])
bands("svm2024-fig60-permit-holders-stay-after-permit", 2166, ["lt_15w", "w15_6m", "m6_1y", "gt_1y", "total"],
      [("2022", 2167), ("2023", 2169)], [("2022", 2168), ("2023", 2170)], total="total",
      notes=["Share staying longer than the agreed 14 weeks: 59% (2023), 62% (2022) (L2174); the band boundary is 15 weeks."])

# Fig 71 and 72: appeals and further appeals per procedure
def appeals(id, start, data_lines, notes=()):
    fig, cap_line, title, prov = caption(start)
    rows, year = [], None
    change = None
    for n in data_lines:
        cells = line(n).split("\t")
        if re.fullmatch(r"\d{4}", cells[0].strip()):
            year = cells[0].strip()
        if cells[0].startswith("%"):
            change = cells
            continue
        proc = re.sub(r"</?b>", "", cells[1]).strip().lower()
        proc = "total" if proc == "totaal" else proc
        for meas, c in (("inflow", cells[2]), ("handled", cells[3])):
            rows.append([proc, year, meas, num(c)])
        if len(cells) > 4 and num(cells[4]) is not None:
            rows.append([proc, year, "processing_weeks", num(cells[4])])
    for meas, c in (("inflow_change_pct", change[2]), ("handled_change_pct", change[3])):
        rows.append(["total", year, meas, num(c)])
    lines = f"L{start}–L{cap_line}"
    procs = sorted({r[0] for r in rows if r[0] != "total"})
    rels = []
    for meas in ("inflow", "handled"):
        rels.append({"type": "sum", "label": f"total {meas} = sum of procedures", "lines": lines, "each": ["period"],
                     "total": {"procedure": "total", "measure": meas}, "parts": [{"procedure": p, "measure": meas} for p in procs]})
        rels.append({"type": "change", "label": f"% verschil {meas} 2023 t.o.v. 2022", "lines": lines,
                     "target": {"procedure": "total", "measure": f"{meas}_change_pct"},
                     "from": {"procedure": "total", "measure": meas, "period": "2022"},
                     "to": {"procedure": "total", "measure": meas, "period": "2023"}})
    write({"id": id, "title": title, "source": dict(SVM, table=f"Figuur {fig}", lines=lines, provider=prov or "not stated"),
           "rounding": "svm2024", "unit": "CASES", "units": {"inflow_change_pct": "PERCENT", "handled_change_pct": "PERCENT",
                                                             "processing_weeks": "WEEKS"},
           "columns": ["procedure", "period", "measure", "value"], "rows": rows, "relations": rels, "notes": list(notes)})


appeals("svm2024-fig71-asylum-appeals", 2331, range(2332, 2341),
        notes=["Including interim measures and appeals for failure to decide in time."])
appeals("svm2024-fig72-asylum-further-appeals", 2346, range(2348, 2355),
        notes=["Including interim measures. The column header reads 'Instream' (sic, L2347)."])

# Fig 115: LVV per municipality (1 April 2019 – 31 January 2024)
fig, cap_line, title, prov = caption(3028)
rows = []
for n in range(3029, 3036):
    cells = line(n).split("\t")
    m = cells[0].strip().lower()
    m = "total" if m == "totaal" else m
    for meas, c in zip(("capacity", "admitted", "occupancy", "left"), cells[1:]):
        if num(c) is not None:
            rows.append([m, "2024-01-31", meas, num(c)])
munis = ["amsterdam", "eindhoven", "groningen", "emmen", "rotterdam", "utrecht"]
rels = [{"type": "sum", "label": f"total {meas} = sum of municipalities", "lines": "L3035",
         "total": {"municipality": "total", "measure": meas},
         "parts": [{"municipality": m, "measure": meas} for m in munis if not (meas == "capacity" and m == "emmen")]}
        for meas in ("capacity", "admitted", "occupancy", "left")]
rels.append({"type": "linear", "label": "admitted = current occupancy + left", "lines": "L3028–L3035", "each": ["municipality"],
             "target": {"measure": "admitted"}, "terms": [{"coef": 1, "cell": {"measure": "occupancy"}}, {"coef": 1, "cell": {"measure": "left"}}]})
rels.append({"type": "ratio", "label": "occupancy ≈ 60% of capacity", "lines": "L3040",
             "target": {"municipality": "total", "measure": "occupancy_pct"},
             "numerator": [{"municipality": "total", "measure": "occupancy"}], "denominator": [{"municipality": "total", "measure": "capacity"}]})
rows.append(["total", "2024-01-31", "occupancy_pct", 60])
write({"id": "svm2024-fig115-lvv", "title": title, "source": dict(SVM, table=f"Figuur {fig}", lines=f"L3028–L3052", provider=prov or "Programmabureau LVV"),
       "rounding": "svm2024", "unit": "PERSONS", "units": {"occupancy_pct": "PERCENT"}, "columns": ["municipality", "period", "measure", "value"],
       "rows": rows, "relations": rels,
       "notes": ["Cumulative from the start on 1 April 2019 to 31 January 2024. Emmen's capacity is part of Groningen's.",
                 "The 60% is 'ongeveer 60%' in the text (L3040)."]})


# Fig 61, 63, 64: counts with a mean per row, for 2022 and 2023 (total row has an empty label)
def count_mean(id, first, last, dim, count_m, mean_m, mean_unit, row_slug):
    fig, cap_line, title, prov = caption(first)
    rows, labels = [], []
    for n in range(first, last + 1):
        cells = line(n).split("\t")
        if (len(cells) < 5 or cells[1].strip().startswith("Aantal") or cells[1].strip() == "2022"
                or num(cells[1]) is None and num(cells[3]) is None):
            continue
        label = row_slug(cells[0]) if cells[0].strip() else "total"
        if label != "total":
            labels.append(label)
        for y, c, m in (("2022", cells[1], cells[2]), ("2023", cells[3], cells[4])):
            if num(c) is not None:
                rows.append([label, y, count_m, num(c)])
            if num(m) is not None:
                mv = re.sub(r"</?b>", "", m).strip()
                rows.append([label, y, mean_m, mv if "," not in mv else mv.replace(",", ".")])
    lines = f"L{first}–L{cap_line}"
    present = {(r[0], r[1]) for r in rows if r[2] == count_m}
    rels = []
    for y in ("2022", "2023"):
        parts = [l for l in labels if (l, y) in present]
        rels.append({"type": "sum", "label": f"total {count_m} {y}", "lines": lines,
                     "total": {dim: "total", "measure": count_m, "period": y},
                     "parts": [{dim: l, "measure": count_m, "period": y} for l in parts]})
        rels.append({"type": "mean", "label": f"overall {mean_m} {y} = weighted mean of the rows", "lines": lines,
                     "target": {dim: "total", "measure": mean_m, "period": y},
                     "counts": [{dim: l, "measure": count_m, "period": y} for l in parts],
                     "means": [{dim: l, "measure": mean_m, "period": y} for l in parts]})
    write({"id": id, "title": title, "source": dict(SVM, table=f"Figuur {fig}", lines=lines, provider=prov or "COA"),
           "rounding": "svm2024", "unit": "CASES" if count_m == "moves" else "PERSONS",
           "units": {mean_m: mean_unit}, "columns": [dim, "period", "measure", "value"], "rows": rows, "relations": rels,
           "notes": ["Moves of children who stayed less than 30 days at a location are not counted (L2213)."]})


def reason_slug(s):
    return re.sub(r"[^a-z0-9]+", "_", s.strip().lower()).strip("_")


count_mean("svm2024-fig61-children-moves", 2184, 2192, "reason", "moves", "average_moves", "RATIO", reason_slug)
count_mean("svm2024-fig63-children-moves-stay", 2215, 2225, "number_of_moves", "children", "average_stay_weeks", "WEEKS",
           lambda s: "moves_" + s.strip())
count_mean("svm2024-fig64-amv-moves-stay", 2229, 2237, "number_of_moves", "children", "average_stay_weeks", "WEEKS",
           lambda s: "moves_" + s.strip())
