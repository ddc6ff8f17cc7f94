#!/usr/bin/python3
"""Gnumeric recalculates tokwatt's portable copies.

    gnumeric_check.py FILE... (.xlsx or .ods, each with FILE.expect)

Each file is recalculated by Gnumeric's ssconvert (--recalc) and every sheet
exported with raw values; every cell its .expect file lists (written by the
Calc tests, tests/calc/copy_checks.hxx: what the original shows with the
tokwatt add-in) must agree: numbers within 1E-12 relative, texts exactly,
an error must be an error. Exit status 1 when any cell differs.
"""
import csv
import os
import subprocess
import sys
import tempfile

RELATIVE = 1e-12


def read_expect(path):
    cells = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            index, sheet, cell, kind, value = line.split("\t", 4)
            value = value.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\")
            cells.append((int(index), sheet, cell, kind, value))
    return cells


def position(cell):
    letters = "".join(c for c in cell if c.isalpha())
    column = 0
    for c in letters:
        column = column * 26 + ord(c.upper()) - ord("A") + 1
    return int(cell[len(letters):]) - 1, column - 1


def recalculated(path, out_dir):
    """Every sheet of path as Gnumeric computes it: [sheet][row][column] text."""
    pattern = os.path.join(out_dir, "sheet_%n.txt")
    subprocess.run(["ssconvert", "--recalc", "-S", "-T", "Gnumeric_stf:stf_assistant",
                    "-O", "format=raw separator=|", path, pattern],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sheets = {}
    for name in os.listdir(out_dir):
        if name.startswith("sheet_"):
            with open(os.path.join(out_dir, name), encoding="utf-8", newline="") as f:
                sheets[int(name[6:-4])] = list(csv.reader(f, delimiter="|", quotechar='"'))
            os.remove(os.path.join(out_dir, name))
    return sheets


def check(path, quiet):
    compared, worst, bad = 0, 0.0, []
    with tempfile.TemporaryDirectory() as out_dir:
        sheets = recalculated(path, out_dir)
    expected = read_expect(path + ".expect")
    # The text export starts at the first row and column that hold
    # anything, not at A1.
    first = {}
    for index, _, cell, _, _ in expected:
        row, column = position(cell)
        top, left = first.get(index, (row, column))
        first[index] = (min(top, row), min(left, column))
    for index, sheet, cell, kind, value in expected:
        row, column = position(cell)
        row, column = row - first[index][0], column - first[index][1]
        rows = sheets.get(index, [])
        got = rows[row][column] if row < len(rows) and column < len(rows[row]) else ""
        compared += 1
        if kind == "e":
            ok = got.startswith("#")
        elif kind == "t":
            ok = got == value
        else:
            want = float(value)
            number = {"TRUE": "1", "FALSE": "0"}.get(got, got)
            try:
                number = float(number)
                scale = max(abs(want), abs(number))
                difference = abs(number - want) / scale if scale else 0.0
                ok = difference <= RELATIVE
                worst = max(worst, difference)
            except ValueError:
                ok = False
        if not ok:
            bad.append(f"{sheet}.{cell}: Gnumeric gives {got!r}, the add-in {value!r}")
    if not quiet or bad:
        print(f"{os.path.basename(path)}: {compared} cells compared, {len(bad)} differ, "
              f"max relative difference {worst:.1e}")
    for b in bad[:40]:
        print("  " + b)
    if len(bad) > 40:
        print(f"  ... and {len(bad) - 40} more")
    return compared, len(bad), worst


def main(argv):
    quiet = "--quiet" in argv
    files = [a for a in argv if not a.startswith("--")]
    compared = bad = 0
    worst = 0.0
    for path in files:
        c, b, w = check(path, quiet)
        compared, bad, worst = compared + c, bad + b, max(worst, w)
    version = subprocess.run(["ssconvert", "--version"], capture_output=True,
                             text=True).stdout.split("'")[1:2]
    print(f"Gnumeric {''.join(version)}: {len(files)} workbooks, {compared} cells compared, "
          f"{bad} differ (bound {RELATIVE:.0e} relative), max relative difference {worst:.1e}")
    return 1 if not files or not compared or bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
