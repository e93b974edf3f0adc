"""Historical: the bundled JSON files are now the source of truth (pages, carriers, bases, labels and
corrections were added later, see migrate_locations.py); do not rerun this script over them.

Writes the Staat van het Consulaire 2024 annex tables, the IND 2016 key tables and the CSV descriptors.

The consular annex tables are parsed straight from the Markdown tables of the seed text
(/work/shared/seeds/000_35a699da5a01bc84.txt, line ranges below), so no number is retyped; the IND 2016
figures are transcribed by hand from /work/shared/seeds/004_7e06126cce869264.txt L1505–L1595.
Run from the repository root: python3 statistics/tools/<this file>.
"""
import json, os, re, shutil

OUT = "statistics/src/main/resources/io/github/migratiekit/statistics/dataset/data"
SEED0 = "/work/shared/seeds/000_35a699da5a01bc84.txt"
CONS = {"document": "Staat van het Consulaire 2024", "publisher": "Ministerie van Buitenlandse Zaken", "year": 2024,
        "licence": "Dutch government publication (Kamerbrief); figures reused with citation"}
IND = {"document": "IND Jaarverslag 2016 (De cijfers)", "publisher": "Immigratie- en Naturalisatiedienst", "year": 2017,
       "licence": "Dutch government publication; figures reused with citation"}


def write(d):
    with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")


def md_table(first, last):
    lines = open(SEED0, encoding="utf-8").read().split("\n")[first - 1:last]
    rows = []
    for l in lines:
        if not l.startswith("|") or set(l) <= set("|-: "):
            continue
        cells = [re.sub(r"</?b>", "", c).strip() for c in l.strip().strip("|").split("|")]
        rows.append(cells)
    return rows[0], rows[1:]


def num(c):
    c = c.strip()
    if c in ("", "n/a", "–", "-"):
        return None
    c = c.replace(".", "").replace("%", "").replace(",", ".")
    return int(c) if re.fullmatch(r"-?\d+", c) else c


def slug(s):
    s = re.sub(r"<br>", " ", s).lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s


def annex(id, title, lines, first, last, measure, unit, total_label=None, growth=True, blanks_zero=(), notes=(),
          pct_rows=None, extra_rel=()):
    header, body = md_table(first, last)
    years = [h for h in header if re.fullmatch(r"\d{4}", h)]
    rows = []
    cats = []
    for r in body:
        cat = slug(r[0]) if r[0] != "#" else "row"
        vals = [num(x) for x in r[1:1 + len(years)]]
        if cat in blanks_zero:
            vals = [0 if v is None else v for v in vals]
        if pct_rows and cat in pct_rows:
            # percentage rows: kept as their own measure
            for y, v in zip(years, vals):
                if v is not None:
                    rows.append([y, cat, pct_rows[cat], v])
            continue
        cats.append(cat)
        for y, v in zip(years, vals):
            if v is not None:
                rows.append([y, cat, measure, v])
        if growth and len(r) > 1 + len(years) and num(r[1 + len(years)]) is not None:
            rows.append([years[-1], cat, "growth_pct", num(r[1 + len(years)])])
    rels = []
    if total_label:
        rels.append({"type": "sum", "label": f"{total_label} = sum of categories", "lines": lines, "each": ["period"],
                     "total": {"category": total_label, "measure": measure},
                     "parts": [{"category": c, "measure": measure} for c in cats if c != total_label]})
    if growth:
        rels.append({"type": "change", "label": f"Groei {years[-1]} t.o.v. {years[-2]}", "lines": lines, "each": ["category"],
                     "target": {"measure": "growth_pct"}, "from": {"measure": measure, "period": years[-2]},
                     "to": {"measure": measure, "period": years[-1]}})
    rels += list(extra_rel)
    d = {"id": id, "title": title, "source": dict(CONS, table=title, lines=lines, provider="BZ"), "rounding": "exact",
         "unit": unit, "units": {"growth_pct": "PERCENT", "positive_pct": "PERCENT", "within_15_days_pct": "PERCENT",
                                 "share_pct": "PERCENT"},
         "columns": ["period", "category", "measure", "value"], "rows": rows, "relations": rels}
    if notes:
        d["notes"] = list(notes)
    write(d)


annex("consulaire2024-travel-documents", "Afgehandelde aanvragen paspoorten, ID-kaarten en laissez-passers", "L753–L760",
      753, 760, "applications_handled", "APPLICATIONS", total_label="totaal",
      notes=["Laissez-passer 2018 is 'n/a' in the source.",
             "The letter's running text gives other figures for the same thing: ≈67,000 (L68) and 57,000 → 'bijna 70.000', +17.5% (L88)."])
annex("consulaire2024-consular-statements", "Aantal consulaire verklaringen", "L764–L774", 764, 774, "statements", "DOCUMENTS",
      total_label="totaal")
annex("consulaire2024-short-stay-visas", "Kort verblijf visum (kvv): afgehandelde aanvragen", "L782–L788", 782, 788,
      "count", "APPLICATIONS",
      pct_rows={"positief": "positive_pct", "besluit_15_dagen": "within_15_days_pct"},
      notes=["'% besluit <15 dagen' is decisions within 15 days over applications, not over positive decisions (L786–L788)."],
      extra_rel=[
          {"type": "ratio", "label": "% positief = positive decisions / applications", "lines": "L785, L787", "each": ["period"],
           "target": {"category": "positief", "measure": "positive_pct"},
           "numerator": [{"category": "positief_besluit", "measure": "count"}], "denominator": [{"category": "aanvragen", "measure": "count"}]},
          {"type": "ratio", "label": "% besluit <15 dagen = decided within 15 days / applications", "lines": "L786, L788", "each": ["period"],
           "target": {"category": "besluit_15_dagen", "measure": "within_15_days_pct"},
           "numerator": [{"category": "binnen_15_dagen", "measure": "count"}], "denominator": [{"category": "aanvragen", "measure": "count"}]}])
annex("consulaire2024-mvv-applications", "Machtiging tot voorlopig verblijf (mvv): afgehandelde aanvragen per categorie", "L829–L842",
      829, 842, "applications_handled", "APPLICATIONS", total_label="totaal_aanvragen", blanks_zero=("nareis_asiel",),
      notes=["'Nareis asiel' is blank for 2018–2021 in the source (category shown from 2022); read as 0 so that the year totals can be checked."])
annex("consulaire2024-consular-assistance", "Hulp aan Nederlanders: nieuwe hulpvragen per jaar", "L635–L643", 635, 643,
      "help_requests", "CASES", growth=False,
      notes=["2023 was registered in a new case-management system with other categories and definitions (L563–L567); 2023 is not comparable with 2018–2022."])
# the consular-assistance table carries a series break in 2023
p = os.path.join(OUT, "consulaire2024-consular-assistance.json")
d = json.load(open(p, encoding="utf-8"))
d["breaks"] = [{"from": "2023", "description": "new case-management system from mid-2023: all help requests, per unique customer, new categories and definitions", "lines": "L563–L567"}]
write(d)

header, body = md_table(577, 588)
rows = []
names = {"Ontvangen calls": "calls", "Ontvangen email": "emails", "WhatsApp gesprekken": "whatsapp",
         "Totaal aantal contacten": "total"}
tokens23 = {"calls": "491900~100", "emails": "86850~10", "whatsapp": "246600~100", "total": "825000~1000"}
for r in body:
    if r[0] in names:
        rows.append([names[r[0]], num(r[1]), tokens23[names[r[0]]]])
write({"id": "consulaire2024-nww-customer-contacts", "title": "NederlandWereldwijd: klantcontacten",
       "source": dict(CONS, table="Jaaroverzicht NederlandWereldwijd", lines="L577–L588", provider="BZ / NederlandWereldwijd"),
       "rounding": "exact", "measure": "contacts", "unit": "CASES", "columns": ["channel", "period=2022", "period=2023"], "rows": rows,
       "relations": [{"type": "sum", "label": "total contacts = calls + e-mail + WhatsApp", "lines": "L579–L582", "each": ["period"],
                      "total": {"channel": "total"}, "parts": [{"channel": "calls"}, {"channel": "emails"}, {"channel": "whatsapp"}]}],
       "notes": ["2022 figures are exact. The 2023 total (825,000; '>825.000' at L76) is rounded to thousands and the 2023 channels look rounded (to hundreds or tens); they are encoded as such."]})

# IND 2016
def ind(id, title, lines, rows, cols, rels, rounding="svm2024", unit="APPLICATIONS", notes=()):
    rr = {"counts": 10, "percent": 1, "rule": "IND annual report 2016: counts rounded to tens, percentages to whole points"}
    d = {"id": id, "title": title, "source": dict(IND, table=title, lines=lines, provider="IND"), "rounding": rr if rounding == "ind" else rounding,
         "unit": unit, "units": {"approval_pct": "PERCENT"}, "columns": cols, "rows": rows, "relations": rels}
    if notes:
        d["notes"] = list(notes)
    write(d)


ind("ind2016-asylum", "ASIEL", "L1505–L1522, L877–L888",
    [["first_application", "18170!18250", 43090], ["subsequent_application", 1660, 1940], ["nareizigers", 11810, 13850]],
    ["type", "measure=applications;period=2016", "measure=applications;period=2015"], [], rounding="ind", unit="PERSONS",
    notes=["First applications 2016: 18,170 in the tables, 18,250 after the IND's analysis of its reporting system (footnote, L1515–L1521).",
           "Nareizigers: family members of permit holders who entered the Netherlands (L1522).",
           "Approval rate of first, second and subsequent applications: 54% (2016), 70% (2015) (L1514); its base is not printed."])
ind_rows = []
data = {
    "knowledge_talent": ((9690, 4220, 13900, 12320), (9680, 4220, 13900, 12140), (98, 81, 93, 92)),
    "labour": ((1190, 840, 2030, 1960), (1130, 820, 1950, 2040), (77, 81, 79, 80)),
    "students": ((11770, 4390, 16170, 15220), (11900, 4580, 16480, 15170), (97, 99, 98, 100)),
    "family": ((25900, 10940, 36840, 27960), (21120, 10680, 31800, 25910), (76, 84, 78, 81)),
}
for g, (apps, decs, rates) in data.items():
    for measure, v in (("applications", apps), ("decisions", decs), ("approval_pct", rates)):
        ind_rows += [["2016", g, "tev", measure, v[0]], ["2016", g, "vvr", measure, v[1]], ["2016", g, "total", measure, v[2]],
                     ["2015", g, "total", measure, v[3]]]
ind("ind2016-regular-customer-groups", "Reguliere klantgroepen (Kennis & Talent, Arbeidsmigranten, Studenten, Familie & Gezin)",
    "L1524–L1554", ind_rows, ["period", "group", "route", "measure", "value"],
    [{"type": "sum", "label": "applications = TEV + VVR", "lines": "L1526, L1534, L1542, L1550", "each": ["group"],
      "total": {"route": "total", "measure": "applications", "period": "2016"},
      "parts": [{"route": "tev", "measure": "applications", "period": "2016"}, {"route": "vvr", "measure": "applications", "period": "2016"}]},
     {"type": "sum", "label": "decisions = TEV + VVR", "lines": "L1528, L1536, L1544, L1552", "each": ["group"],
      "total": {"route": "total", "measure": "decisions", "period": "2016"},
      "parts": [{"route": "tev", "measure": "decisions", "period": "2016"}, {"route": "vvr", "measure": "decisions", "period": "2016"}]},
     {"type": "mean", "label": "approval rate = decision-weighted mean of TEV and VVR rates", "lines": "L1530, L1538, L1546, L1554", "each": ["group"],
      "target": {"route": "total", "measure": "approval_pct", "period": "2016"},
      "counts": [{"route": "tev", "measure": "decisions", "period": "2016"}, {"route": "vvr", "measure": "decisions", "period": "2016"}],
      "means": [{"route": "tev", "measure": "approval_pct", "period": "2016"}, {"route": "vvr", "measure": "approval_pct", "period": "2016"}]}],
    rounding="ind", notes=["TEV: combined entry and residence procedure (from abroad); VVR: application for a residence permit from within the Netherlands."])
ind("ind2016-naturalisation", "NATURALISATIE", "L1556–L1562, L485–L486",
    [["applications", 23190, 25450], ["decisions", 22800, 23330], ["approval_pct", 97, 96]],
    ["measure", "period=2016", "period=2015"], [], rounding="ind", unit="APPLICATIONS")
ind("ind2016-residence-documents", "DOCUMENTEN", "L1577–L1595",
    [["regular_fixed_term", 102075, 94440], ["regular_permanent", 35850, 8550], ["asylum_fixed_term", 47230, 40990],
     ["asylum_permanent", 8520, 8110], ["w_document", 27320, 42670], ["w2_document", 930, 1090], ["eu_eea_national", 6300, 5830],
     ["eu_eea_family_member", 2770, 2380], ["long_term_resident", 5330, 5210]],
    ["document", "measure=documents;period=2016", "measure=documents;period=2015"], [], rounding="fives", unit="DOCUMENTS",
    notes=["No unit or definition is printed (presumably documents produced). No total is printed.",
           "Regular permanent permits jump from 8,550 to 35,850 (+319%) without explanation in the text."])

# CSV series from /work/shared/data, copied with provenance
DATA = "/work/shared/data"
CBS = {"publisher": "Centraal Bureau voor de Statistiek", "licence": "CC BY 4.0 (Bron: CBS)"}
EUS = {"publisher": "Eurostat", "licence": "Eurostat: free reuse with acknowledgement"}


def csv_ds(id, title, file, src, table, year, columns, measure, unit, rounding, rels=(), filt=None, notes=()):
    shutil.copy(os.path.join(DATA, file), os.path.join(OUT, file))
    shutil.copy(os.path.join(DATA, file + ".source.md"), os.path.join(OUT, file + ".source.md"))
    prov = open(os.path.join(DATA, file + ".source.md"), encoding="utf-8").read()
    carrier = re.search(r"\*\*(?:Carrier|Source \(as stated\)|Origin)[^\n]*", prov)
    d = {"id": id, "title": title,
         "source": dict(src, document=src.get("document", table), table=table, page="dataset " + table, year=year,
                        provider=src["publisher"], note=f"Bundled file {file}; provenance in {file}.source.md"),
         "rounding": rounding, "measure": measure, "unit": unit,
         "csv": {"file": file, "columns": columns}, "relations": list(rels)}
    if filt:
        d["csv"]["filter"] = filt
    if notes:
        d["notes"] = list(notes)
    write(d)


csv_ds("cbs-asylum-permits-by-ground-2015-2025", "Positieve beslissingen op asielverzoeken naar grond, per jaar",
       "cbs-asielvergunningen-naar-grond-per-jaar-2015-2025.csv", dict(CBS, document="CBS StatLine 85400NED"), "85400NED", 2026,
       {"jaar": "period", "vluchtelingenstatus": "ground=refugee_status", "subsidiaire_bescherming": "ground=subsidiary_protection",
        "humanitair": "ground=humanitarian", "totaal_positief": "ground=total"}, "positive_decisions", "DECISIONS", "fives",
       rels=[{"type": "sum", "label": "total positive = refugee + subsidiary + humanitarian", "lines": "file rows 2–12", "each": ["period"],
              "total": {"ground": "total"}, "parts": [{"ground": "refugee_status"}, {"ground": "subsidiary_protection"}, {"ground": "humanitarian"}]}],
       notes=["The total column was computed by the carrier; 2025 may be provisional."])
csv_ds("cbs-first-asylum-applications-nareizigers-2018-2025", "Eerste asielverzoeken en nareizigers per jaar",
       "cbs-eerste-asielverzoeken-nareizigers-per-jaar-2018-2025.csv", dict(CBS, document="CBS / IND"), "CBS 80059NED and IND", 2026,
       {"jaar": "period", "eerste_asielverzoeken": "measure=first_applications", "nareizigers": "measure=nareizigers", "precisie": "note"},
       "first_applications", "PERSONS", "fives", notes=["2024 and 2025 are rounded to hundreds in the carrier (see the note per row)."])
csv_ds("cbs-asylum-top15-nationalities-2024-2025", "Eerste asielverzoeken en nareizigers, top-15 nationaliteiten",
       "cbs-asielverzoeken-nareizigers-top15-nationaliteit-2024-2025.csv", dict(CBS, document="CBS StatLine 80059NED"), "80059NED", 2026,
       {"jaar": "period", "land": "country", "eerste_asielverzoeken": "measure=first_applications", "nareizigers": "measure=nareizigers"},
       "first_applications", "PERSONS", "fives",
       rels=[{"type": "sum", "label": "Totaal = top 15 + Overig", "lines": "file rows 2–34", "each": ["period", "measure"],
              "total": {"country": "Totaal"},
              "parts": [{"country": c} for c in ["Syrië", "Eritrea", "Onbekend", "Turkije", "Somalië", "Algerije", "Nigeria", "Soedan",
                                                 "Afghanistan", "Pakistan", "Ethiopië", "Marokko", "Irak", "Sierra Leone", "Jemen",
                                                 "Overig (restpost uit bron; telt niet op, zie .source.md)"]]}],
       notes=["The carrier's 'Overig' row does not add up (see the .source.md)."])
csv_ds("cbs-first-asylum-applications-monthly-top7-2015-2025", "Eerste asielverzoeken per maand, zeven nationaliteiten",
       "cbs-eerste-asielverzoeken-per-maand-top7-2015-2025.csv", dict(CBS, document="CBS StatLine 83102NED"), "83102NED", 2026,
       {"periode": "period", "nationaliteit_land": "country", "eerste_asielverzoeken": "value"}, "first_applications", "PERSONS", "fives")
csv_ds("eurostat-nl-asylum-applicants-2008-2016", "Asylum applicants, Netherlands", "eurostat-nl-asylum-applicants-2008-2016.csv",
       dict(EUS, document="Eurostat migr_asyappctza (extract 2017)"), "migr_asyappctza", 2017,
       {"year": "period", "citizen": "citizen", "asyl_app": "applicant_type", "persons": "value", "flag": "note"}, "applicants", "PERSONS", "fives",
       filt={"geo": "NL"})
csv_ds("eurostat-nl-first-instance-decisions-2008-2016", "First instance decisions on asylum applications, Netherlands",
       "eurostat-nl-first-instance-decisions-2008-2016.csv", dict(EUS, document="Eurostat migr_asydcfsta (extract 2017-04-26)"),
       "migr_asydcfsta", 2017, {"year": "period", "citizen": "citizen", "decision": "decision", "persons": "value", "flag": "note"},
       "decisions", "DECISIONS", "fives", filt={"geo": "NL"},
       rels=[{"type": "sum", "label": "total = positive + rejected", "lines": "file rows 2–55", "each": ["period", "citizen"],
              "total": {"decision": "Total"}, "parts": [{"decision": "Total positive decisions"}, {"decision": "Rejected"}]}])
csv_ds("eurostat-nl-first-time-applicants-by-citizenship-2012-2016", "First-time asylum applicants by citizenship, Netherlands",
       "eurostat-nl-first-time-applicants-by-citizenship-2012-2016.csv", dict(EUS, document="Eurostat migr_asyappctza (extract 2017)"),
       "migr_asyappctza by citizenship", 2017,
       {"year": "period", "citizen": "citizen", "asyl_app": "applicant_type", "persons": "value", "flag": "note"}, "applicants", "PERSONS", "fives",
       filt={"geo": "NL"})
csv_ds("cbs-municipalities-population-2024", "Bevolking per gemeente op 1 januari 2024", "cbs-gemeenten-bevolking-2024.csv",
       dict(CBS, document="CBS StatLine 70072NED Regionale kerncijfers"), "70072NED", 2024,
       {"gemeentecode": "municipality_code", "gemeentenaam": "municipality", "provincienaam": "province", "inwoners_2024_01_01": "measure=population;period=2024-01-01"},
       "population", "PERSONS", "exact", notes=["Sum 17,942,942 = the CBS national total for 1 January 2024."])

# further consular annex tables
annex("consulaire2024-short-stay-visa-purposes", "Top 5 Verblijfdoelen (kvv)", "L790–L799", 790, 799, "applications", "APPLICATIONS",
      notes=["The heading says 'Top 5' but lists six purposes; Blue Carpet and Orange Carpet are new categories from 2022 (L802)."])
annex("consulaire2024-short-stay-visa-nationalities", "Kort verblijf visum: top 10 nationaliteiten", "L809–L822", 809, 822,
      "applications", "APPLICATIONS")
annex("consulaire2024-mvv-countries", "Machtiging tot voorlopig verblijf: top 10 landen", "L846–L859", 846, 859,
      "applications", "APPLICATIONS", notes=["Suriname has 1,031 in both 2018 and 2019 (L858); possibly a copy error, not verifiable."])

# detainee contacts per country, 2023 (two country columns per table row; '<10' is disclosure-controlled)
lines0 = open(SEED0, encoding="utf-8").read().split("\n")
rows = []
for l in lines0[661:726]:
    if not l.startswith("|") or set(l) <= set("|-: ") or "Land" in l:
        continue
    cells = [c.strip() for c in l.strip().strip("|").split("|")]
    for k in range(0, len(cells) - 1, 2):
        if cells[k]:
            v = num(cells[k + 1])
            rows.append([cells[k], "2023", v if isinstance(v, int) else cells[k + 1]])
write({"id": "consulaire2024-detainee-contacts", "title": "Aantal contacten met Nederlandse gedetineerden per land, 2023",
       "source": dict(CONS, table="Gedetineerdenbegeleiding buitenland in jaar 2023", lines="L659–L726", provider="BZ"),
       "rounding": "exact", "measure": "contacts", "unit": "CASES", "columns": ["country", "period", "value"], "rows": rows,
       "notes": ["Countries with fewer than 10 contacts are shown as '<10' (1–9); a total over them is a range.",
                 "Contacts are not detainees: compare with the 3,108 detainees among the 2023 help requests (L642) only as a plausibility check."]})
