"""Historical: the bundled JSON files are now the source of truth (pages, carriers, bases, labels and
corrections were added later, see migrate_locations.py); do not rerun this script over them.

Writes Staat van Migratie 2024 chapter 2/3 datasets (regular and EU migration) as JSON resources.

Transcribed by hand from /work/shared/seeds/001_d616f69ad267dab9.txt (line numbers in each dataset);
this script only lays the transcriptions out in the bundled file format. Run from the repository root: python3 statistics/tools/<this file>.
"""
import json, os

OUT = "statistics/src/main/resources/io/github/migratiekit/statistics/dataset/data"
SVM = {"document": "De Staat van Migratie 2024", "publisher": "Ministerie van Justitie en Veiligheid", "year": 2024,
       "licence": "Dutch government publication; figures reused with citation"}


def write(d):
    with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")


def two_year(id, title, table, lines, provider, rows, measure, unit, dim="series", years=("2022", "2023"),
             rounding="svm2024", change_lines=None, rate=None, total=None, notes=(), extra_rel=()):
    """rows: (dimvalue, v_y0, v_y1, change_pct[, rate_y0, rate_y1])"""
    y0, y1 = years
    cols = [dim, f"period={y0}", f"period={y1}", f"measure=change_pct;period={y1}"]
    units = {"change_pct": "PERCENT"}
    if rate:
        cols += [f"measure={rate};period={y0}", f"measure={rate};period={y1}"]
        units[rate] = "PERCENT"
    rels = [{"type": "change", "label": f"% verschil {y1} t.o.v. {y0}", "lines": change_lines or lines, "each": [dim],
             "target": {"measure": "change_pct"}, "from": {"measure": measure, "period": y0},
             "to": {"measure": measure, "period": y1}}]
    if total:
        tot, parts, tl = total
        rels.append({"type": "sum", "label": f"{tot} = sum of parts", "lines": tl, "each": ["period"],
                     "total": {dim: tot, "measure": measure}, "parts": [{dim: p, "measure": measure} for p in parts]})
    rels += list(extra_rel)
    d = {"id": id, "title": title, "source": dict(SVM, table=table, lines=lines, provider=provider),
         "rounding": rounding, "measure": measure, "unit": unit, "units": units, "columns": cols,
         "rows": [list(r) + [None] * (len(cols) - 1 - len(r)) for r in rows], "relations": rels}
    if notes:
        d["notes"] = list(notes)
    write(d)


two_year("svm2024-fig05-recognised-sponsors", "Erkend referenten, 2022-2023", "Figuur 5", "L983–L989", "IND",
         [("applications_recognition", 1700, 1640, -4), ("grants", 1220, 1520, 25),
          ("recognised_sponsors_31_dec", 9820, 10850, 10)], "count", "CASES", change_lines="L986")

two_year("svm2024-fig07-chavez-vilchez", "Aanvragen derdelands verzorgende ouders (arrest Chavez-Vilchez), 2022-2023",
         "Figuur 7", "L1045–L1052", "IND",
         [("applications", 3360, 4770, 42), ("handled", 2930, 4160, 42), ("renewal_applications", 700, 1340, None),
          ("renewals_handled", 330, 1550, None)], "count", "APPLICATIONS", change_lines="L1051",
         notes=["2022 handled corrected against the previous edition (fn 41).",
                "Grant rate 80% (2022) and 82% (2023); its base is not printed."])

two_year("svm2024-fig08-eu-documents-family", "Aanvragen EU-documenten door familieleden van EU-burgers uit derde landen (excl. Chavez-Vilchez), 2022-2023",
         "Figuur 8", "L1062–L1067", "IND",
         [("applications", 4960, 5800, 16), ("handled", 4390, 4890, 3)], "count", "APPLICATIONS", change_lines="L1065",
         notes=["Both handled values carry a footnote 'correction against the previous edition' (fn 42, fn 43); the +3% may rest on an uncorrected 2022 value.",
                "Grant rate 83% in both years."])

two_year("svm2024-fig13-study", "Aanvragen voor verblijfsdoel studie, 2022-2023", "Figuur 13", "L1206–L1211", "IND",
         [("applications", 22220, 23180, 4), ("handled", 22320, 23140, 4)], "count", "APPLICATIONS",
         change_lines="L1209", notes=["Grant rate 98% (2022) and 99% (2023)."])

two_year("svm2024-fig16-regular-appeals", "Beroepszaken regulier (incl. voorlopige voorzieningen), 2022-2023", "Figuur 16",
         "L1282–L1287", "Rvdr", [("inflow", 8740, 15680, 79), ("handled", 8940, 13940, 56)], "count", "CASES",
         change_lines="L1285", notes=["Processing time 32 weeks (2022) and 21 weeks (2023)."])

two_year("svm2024-fig21-permanent-regular-permits", "Verblijfsvergunningen regulier onbepaalde tijd aan niet-EU-burgers, 2022-2023",
         "Figuur 21", "L1350–L1355", "IND", [("applications", 13530, 14590, 8), ("handled", 13220, 16380, 24)],
         "count", "APPLICATIONS", change_lines="L1353", notes=["Grant rate 79% (2022) and 81% (2023)."])

two_year("svm2024-fig23-eu-immigration-motive", "Immigratie EU/EFTA-migranten naar migratiedoel, 2020-2021", "Figuur 23",
         "L1452–L1457", "CBS",
         [("total", 109095, 117570, 8), ("work", 36490, 38860, 6), ("family", 29390, 29350, 0), ("study", 21240, 21125, -1),
          ("other_unknown", 21970, 28240, 29)], "immigrants", "PERSONS", dim="motive", years=("2020", "2021"),
         rounding="fives", change_lines="L1455", total=("total", ["work", "family", "study", "other_unknown"], "L1453–L1454"),
         notes=["Only migrants registered as residents in the BRP; 2022–2023 not yet available (fn 66)."])

two_year("svm2024-fig24-eu-nationals-resident", "Inwoners met de nationaliteit van een andere EU-lidstaat (peildatum 1 januari)",
         "Figuur 24", "L1470–L1475", "CBS", [("eu_nationality_excl_dutch", 650691, 704203, 8)], "residents", "PERSONS",
         rounding="exact", change_lines="L1473",
         notes=["The dashboard (L347–L349) labels 704203 as '(2022)': the same reference date, 1 January 2023."])

write({"id": "svm2024-fig26-eu-non-residents-working", "title": "EU-migranten in de RNI als niet-ingezetene en werkzaam in Nederland, 2021-2022 (met dashboard)",
       "source": dict(SVM, table="Figuur 26 en dashboard 'EU-migratie'", lines="L1489–L1494, L350–L352",
                      provider="CBS, Migrantenmonitor 2022 (versie mei 2024)"),
       "rounding": {"counts": 100, "percent": 1, "rule": "CBS Migrantenmonitor: counts rounded to hundreds"},
       "measure": "workers", "unit": "PERSONS", "units": {"change_pct": "PERCENT"},
       "columns": ["group", "period=2021", "period=2022", "measure=change_pct;period=2022", "measure=dashboard_workers;period=2022"],
       "rows": [["eu27", 236700, 245300, 4, 246300], ["eu11", 184900, 190700, 3, 190700], ["other_eu27", 51800, 54600, 5, 54600]],
       "units": {"change_pct": "PERCENT", "dashboard_workers": "PERSONS"},
       "relations": [
           {"type": "sum", "label": "EU-27 = EU-11 + other EU-27 (Fig 26)", "lines": "L1491–L1492", "each": ["period"],
            "total": {"group": "eu27", "measure": "workers"}, "parts": [{"group": "eu11", "measure": "workers"}, {"group": "other_eu27", "measure": "workers"}]},
           {"type": "sum", "label": "dashboard: non-residents working = EU-11 + other EU-27", "lines": "L350–L352",
            "total": {"group": "eu27", "measure": "dashboard_workers"}, "parts": [{"group": "eu11", "measure": "dashboard_workers"}, {"group": "other_eu27", "measure": "dashboard_workers"}]},
           {"type": "change", "label": "% verschil 2022 t.o.v. 2021", "lines": "L1493", "each": ["group"],
            "target": {"measure": "change_pct"}, "from": {"measure": "workers", "period": "2021"}, "to": {"measure": "workers", "period": "2022"}}]})

write({"id": "svm2024-fig29-eu-born-workers", "title": "Personen geboren in een andere EU-lidstaat werkzaam als werknemer of zelfstandige, 2021-2022",
       "source": dict(SVM, table="Figuur 29 en tekst", lines="L1561–L1570, L1584–L1592",
                      provider="CBS, Migrantenmonitor 2022 (Fig 29: versie mei 2024; L1584–L1592: versie november 2023)"),
       "rounding": {"counts": 10, "percent": 1, "rule": "CBS Migrantenmonitor: employees rounded to tens, self-employed and totals to hundreds (mixed precision)"},
       "measure": "workers", "unit": "PERSONS", "units": {"change_pct": "PERCENT"},
       "columns": ["region", "status", "period=2021", "period=2022", "measure=change_pct;period=2022"],
       "rows": [["eu11", "employee", 369590, 391020, 6], ["eu11", "self_employed", "33300~100", "38100~100", 14],
                ["eu11", "total", "402900~100", 429120, 7], ["other_eu27", "employee", 225210, 243000, 8],
                ["other_eu27", "self_employed", "20600~100", "21600~100", 5], ["other_eu27", "total", "245800~100", "264600~100", 8],
                ["eu27", "total", "648700~100", 693720, 7],
                ["eu27", "employee_nov2023_version", 594800, 635100, None],
                ["eu27", "employee_max_130pct_wml_nov2023", 254690, 251540, None],
                ["eu27", "employee_above_130pct_wml_nov2023", 340110, 383560, None]],
       "relations": [
           {"type": "sum", "label": "EU-11 total = employees + self-employed", "lines": "L1564–L1565", "each": ["period"],
            "total": {"region": "eu11", "status": "total", "measure": "workers"}, "parts": [{"region": "eu11", "status": "employee", "measure": "workers"}, {"region": "eu11", "status": "self_employed", "measure": "workers"}]},
           {"type": "sum", "label": "other EU-27 total = employees + self-employed", "lines": "L1564–L1565", "each": ["period"],
            "total": {"region": "other_eu27", "status": "total", "measure": "workers"}, "parts": [{"region": "other_eu27", "status": "employee", "measure": "workers"}, {"region": "other_eu27", "status": "self_employed", "measure": "workers"}]},
           {"type": "sum", "label": "EU-27 total = EU-11 total + other EU-27 total", "lines": "L1564–L1565, L1570", "each": ["period"],
            "total": {"region": "eu27", "status": "total", "measure": "workers"}, "parts": [{"region": "eu11", "status": "total", "measure": "workers"}, {"region": "other_eu27", "status": "total", "measure": "workers"}]},
           {"type": "sum", "label": "employees (Nov 2023 version) = at most 130% WML + above", "lines": "L1590", "each": ["period"],
            "total": {"region": "eu27", "status": "employee_nov2023_version", "measure": "workers"}, "parts": [{"region": "eu27", "status": "employee_max_130pct_wml_nov2023", "measure": "workers"}, {"region": "eu27", "status": "employee_above_130pct_wml_nov2023", "measure": "workers"}]},
           {"type": "sum", "label": "source versions: employees Nov 2023 version (L1590) vs EU-11 + other EU-27 employees May 2024 version (Fig 29)", "lines": "L1565–L1566, L1584, L1590", "each": ["period"],
            "total": {"region": "eu27", "status": "employee_nov2023_version", "measure": "workers"}, "parts": [{"region": "eu11", "status": "employee", "measure": "workers"}, {"region": "other_eu27", "status": "employee", "measure": "workers"}]},
           {"type": "change", "label": "% verschil 2022 t.o.v. 2021", "lines": "L1566", "each": ["region", "status"],
            "target": {"measure": "change_pct"}, "from": {"measure": "workers", "period": "2021"}, "to": {"measure": "workers", "period": "2022"}}],
       "notes": ["Positions on 31 December. The 2021 employee total 594800 is the sum of L1590's two wage groups (not printed)."]})

# Fig 15: objections
rows = []
for y, data in (("2022", [("family", 4630, 4450, 44), ("knowledge_talent", 720, 560, 8), ("students", 10, 10, 33),
                          ("work", 310, 210, 23), ("other", 450, 380, 26), ("total", 6110, 5610, 39)]),
                ("2023", [("family", 4030, 3660, 40), ("knowledge_talent", 820, 530, 9), ("students", 10, 10, 50),
                          ("work", 610, 540, 36), ("other", 370, 310, 22), ("total", 5840, 5050, 35)])):
    for c, f, h, g in data:
        rows.append([y, c, f, h, g])
cats = ["family", "knowledge_talent", "students", "work", "other"]
write({"id": "svm2024-fig15-regular-objections", "title": "Bezwaarschriften regulier, 2022-2023",
       "source": dict(SVM, table="Figuur 15", lines="L1258–L1274", provider="IND"), "rounding": "svm2024",
       "unit": "CASES", "units": {"well_founded_pct": "PERCENT"},
       "columns": ["period", "category", "measure=filed", "measure=handled", "measure=well_founded_pct"], "rows": rows,
       "relations": [
           {"type": "sum", "label": "total filed", "lines": "L1258–L1274", "each": ["period"], "total": {"category": "total", "measure": "filed"},
            "parts": [{"category": c, "measure": "filed"} for c in cats]},
           {"type": "sum", "label": "total handled", "lines": "L1258–L1274", "each": ["period"], "total": {"category": "total", "measure": "handled"},
            "parts": [{"category": c, "measure": "handled"} for c in cats]},
           {"type": "mean", "label": "overall % well-founded = handled-weighted mean of the categories", "lines": "L1264, L1271", "each": ["period"],
            "target": {"category": "total", "measure": "well_founded_pct"},
            "counts": [{"category": c, "measure": "handled"} for c in cats], "means": [{"category": c, "measure": "well_founded_pct"} for c in cats]}],
       "notes": ["'Studenten 10' is the disclosure rule (5–10 shown as 10, L3645)."]})
