#!/usr/bin/env python3
"""Writes the archive's history of administrative divisions (division-history.tsv) from the data set
yescallop/areacodes (CC0 1.0), which lists every county-level and higher unit since 1981 with the years it was in
use under its name and parent.

    git clone https://github.com/yescallop/areacodes && \\
    scripts/make-division-history.py areacodes/result.csv > src/main/resources/org/reportarchive/places/division-history.tsv

Each row is one unit under one name and one parent for the years it had them: a unit renamed (襄樊市 -> 襄阳市),
upgraded (巢湖市, a prefecture-level city until 2011, then a county-level city under 合肥市) or moved to another
parent has a row for each period. The levels follow scripts/make-divisions.py.
"""
import csv
import sys

MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
SARS = {"香港特别行政区", "澳门特别行政区"}


def level_of(name, kind, parent):
    if kind == "省级":
        return "municipality" if name in MUNICIPALITIES else "sar" if name in SARS else "province"
    if kind == "地级":
        return "prefecture"
    if name.endswith("市"):
        return "county-city"
    if name.endswith("区") and not name.endswith("特区") and not (name.endswith("林区") and not parent):
        return "district"
    return "county"


def main(path):
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            code, province, second, name, kind = r["代码"], r["一级行政区"], r["二级行政区"], r["名称"], r["级别"]
            start, end = r["启用时间"], r["变更/弃用时间"]
            if kind == "县级":
                # 直辖: a municipality's district or county, or a unit under its province directly
                parent = province if second == "直辖" and province in MUNICIPALITIES else "" if second == "直辖" \
                    else second
            else:
                parent = ""
            if kind == "县级" and parent == name:
                continue  # a county-level entry that repeats its prefecture-level parent
            rows.append((code, name, level_of(name, kind, parent), province, parent, start, end))
    rows.sort(key=lambda r: (r[0], int(r[5]), r[1]))
    out = sys.stdout
    out.write("""# The history of China's administrative divisions at county level and above, since 1981.
# Source: yescallop/areacodes (https://github.com/yescallop/areacodes), result.csv; licence: CC0 1.0. Its data
#   come from the Ministry of Civil Affairs' yearly lists of division codes (中华人民共和国县级以上行政区划代码)
#   and its lists of changes (县级以上行政区划变更情况). Written by scripts/make-division-history.py.
# Each year's list is as of 31 December: a row is in use from the year it starts (the list of that year's end is
#   the first to hold it) to the year it ends (the first list without it); a change may fall on any day of
#   either year.
# Columns (tab-separated, sorted by code, then by the year each row starts; UTF-8):
#   code       6-digit administrative division code
#   name       the unit's full name in those years
#   level      as in divisions.tsv: province | municipality | sar | prefecture | county-city | district | county
#   province   the province-level unit it was in
#   prefecture county-level rows: the prefecture-level parent in those years (a municipality's districts and
#              counties: the municipality); empty for units under their province directly and for other rows
#   from       the first year whose list holds the row
#   to         the first year whose list no longer holds it; empty while it is in use
""")
    out.write("# Rows: %d\n" % len(rows))
    out.write("code\tname\tlevel\tprovince\tprefecture\tfrom\tto\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
