#!/usr/bin/python3
"""Gnumeric keeps the validity rules of tokwatt's .xlsx portable copies.

    gnumeric_rules.py [--quiet] FILE.xlsx...

For each sheet, the cells the file's <dataValidation> elements cover are
counted (sheet XML of the .xlsx), and the cells with a validity rule once
Gnumeric has read the file (ssconvert to its own format, StyleRegions with
a Validation). A list rule (a choice from a drop-down) is lost, as README
says: LibreOffice's .xlsx writer gives every rule a <formula2> (a list
"0"), and Gnumeric drops a list rule that has one. Exit status 1 when
Gnumeric keeps fewer than every other rule's cells, or more.
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile
import zipfile


def cells_of(ref):
    """Cells of an A1 range "B5:C7" or a cell "B5"."""
    def position(cell):
        m = re.fullmatch(r"\$?([A-Z]+)\$?(\d+)", cell)
        column = 0
        for c in m.group(1):
            column = column * 26 + ord(c) - ord("A") + 1
        return int(m.group(2)), column
    first, _, last = ref.partition(":")
    (r1, c1), (r2, c2) = position(first), position(last or first)
    return (abs(r2 - r1) + 1) * (abs(c2 - c1) + 1)


def xlsx_rule_cells(path):
    """Cells covered by dataValidation elements over all sheets: all, list rules'."""
    total = lists = 0
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
                xml = z.read(name).decode("utf-8")
                for rule in re.finditer(r"<dataValidation\b([^>]*)>", xml):
                    sqref = re.search(r"\bsqref=\"([^\"]*)\"", rule.group(1)).group(1)
                    cells = sum(cells_of(ref) for ref in sqref.split())
                    total += cells
                    if re.search(r'\btype="list"', rule.group(1)):
                        lists += cells
    return total, lists


def gnumeric_rule_cells(path):
    """Cells with a validity rule once Gnumeric has read the file."""
    with tempfile.TemporaryDirectory() as out_dir:
        out = os.path.join(out_dir, "book.gnumeric")
        subprocess.run(["ssconvert", path, out], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with gzip.open(out, "rt", encoding="utf-8") as f:
            xml = f.read()
    total = 0
    for region in re.finditer(r"<gnm:StyleRegion ([^>]*)>(.*?)</gnm:StyleRegion>", xml, re.S):
        if "<gnm:Validation" not in region.group(2):
            continue
        a = dict(re.findall(r'(\w+)="(\d+)"', region.group(1)))
        total += ((int(a["endCol"]) - int(a["startCol"]) + 1)
                  * (int(a["endRow"]) - int(a["startRow"]) + 1))
    return total


def main(argv):
    quiet = "--quiet" in argv
    files = [a for a in argv if not a.startswith("--")]
    written = lists = kept = 0
    wrong = False
    for path in files:
        (w, l), k = xlsx_rule_cells(path), gnumeric_rule_cells(path)
        written, lists, kept = written + w, lists + l, kept + k
        wrong = wrong or k != w - l
        if not quiet or k != w - l:
            print(f"{os.path.basename(path)}: {w} cells with a validity rule ({l} a list), "
                  f"{k} of them with one in Gnumeric")
    print(f"Gnumeric validity rules: {len(files)} .xlsx workbooks, {written} cells with a rule, "
          f"{kept} keep it in Gnumeric (expected: all but the {lists} with a list rule, README)")
    return 1 if wrong or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
