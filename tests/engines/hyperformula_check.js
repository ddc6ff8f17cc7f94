// HyperFormula (https://hyperformula.handsontable.com), in its DEFAULT
// configuration, recalculates tokwatt's portable copies: each workbook is
// read (formulas and input values, not the cached results: .xlsx with
// SheetJS, .ods with ods_sheets.js, which says why not SheetJS), built into
// HyperFormula, and every cell its .expect file lists is compared with the
// value the tokwatt add-in computed.
//
//   node hyperformula_check.js [--quiet] FILE.xlsx|FILE.ods...
//   (each with FILE.xlsx.expect or FILE.ods.expect beside it)
//
// An .expect file has one line per cell, tab-separated:
//   sheet_index  sheet_name  A1  kind  value
// kind: n (a number, %.17g), t (a text, \t \n \\ escaped), e (an error).
//
// The default configuration returns every number rounded to 11 significant
// digits (its exporter rounds at 10^(precisionRounding - exponent) with
// precisionRounding 10), so a number must lie within half a unit of the
// 11th significant digit of the add-in's value (5E-11 relative at most),
// plus 1E-13 relative for the arithmetic; texts must be equal, and an
// error must be an error. Exit status 1 when any cell differs.
"use strict";

const fs = require("fs");
const path = require("path");
const XLSX = require("xlsx");
const { HyperFormula } = require("hyperformula");
const { readOds } = require("./ods_sheets.js");

const RELATIVE = 5e-11; // the most the rounding to 11 digits moves a number

// Half a unit of the 11th significant digit of x, and 1E-13 relative.
function bound(x) {
  if (x === 0) return 0;
  return 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(x))) - 10) * (1 + 1e-9)
         + 1e-13 * Math.abs(x);
}

function unescape(text) {
  return text.replace(/\\(.)/g, (_, c) => (c === "t" ? "\t" : c === "n" ? "\n" : c));
}

function readExpect(file) {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => {
      const [index, sheet, cell, kind, ...rest] = line.split("\t");
      return { index: Number(index), sheet, cell, kind, value: unescape(rest.join("\t")) };
    });
}

// An .xlsx workbook as HyperFormula's input: formulas as "=..." in
// Excel's grammar, constants as they are; cached results are not passed
// in. A text is given with a leading "'", so HyperFormula keeps it a text
// ("2024" and "93.75" are not numbers, "=x" no formula).
function sheetsOf(workbook) {
  const sheets = {};
  for (const name of workbook.SheetNames) {
    const ws = workbook.Sheets[name];
    const rows = [];
    if (ws["!ref"]) {
      const range = XLSX.utils.decode_range(ws["!ref"]);
      for (let r = 0; r <= range.e.r; ++r) {
        const row = [];
        for (let c = 0; c <= range.e.c; ++c) {
          const address = XLSX.utils.encode_cell({ r, c });
          const cell = ws[address];
          if (!cell) row.push(null);
          else if (cell.f !== undefined) row.push("=" + cell.f);
          else if (cell.t === "e") row.push(cell.w || "#N/A");
          else if (typeof cell.v === "string") row.push("'" + cell.v);
          else row.push(cell.v === undefined ? null : cell.v);
        }
        rows.push(row);
      }
    }
    sheets[name] = rows;
  }
  return sheets;
}

function describe(value) {
  if (value && typeof value === "object" && value.type !== undefined)
    return "error " + (value.value || value.type) + (value.message ? " (" + value.message + ")" : "");
  return JSON.stringify(value);
}

function check(file, quiet) {
  // The named ranges and expressions: { name, ref, sheet } with sheet the
  // index of the sheet a local one belongs to (a twin sheet has its own
  // Population), undefined for a workbook-wide one.
  let sheets, names;
  if (file.endsWith(".ods")) {
    ({ sheets, names } = readOds(file));
  } else {
    const workbook = XLSX.readFile(file, { cellFormula: true, cellNF: false, cellDates: false });
    sheets = sheetsOf(workbook);
    names = ((workbook.Workbook && workbook.Workbook.Names) || [])
      .filter((n) => !n.Name.startsWith("_xlnm"))
      .map((n) => ({ name: n.Name, ref: n.Ref, sheet: n.Sheet }));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  const sheetNames = Object.keys(sheets);
  for (const n of names)
    hf.addNamedExpression(n.name, "=" + n.ref,
                          n.sheet === undefined ? undefined : hf.getSheetId(sheetNames[n.sheet]));
  let compared = 0, worst = 0;
  const bad = [];
  for (const e of readExpect(file + ".expect")) {
    const sheet = hf.getSheetId(e.sheet);
    const { r, c } = XLSX.utils.decode_cell(e.cell);
    const got = sheet === undefined ? undefined : hf.getCellValue({ sheet, row: r, col: c });
    const isError = got && typeof got === "object" && got.type !== undefined;
    ++compared;
    let ok;
    if (e.kind === "e") ok = isError;
    else if (e.kind === "t") ok = got === e.value;
    else {
      const want = Number(e.value);
      const value = typeof got === "boolean" ? Number(got) : got;
      ok = typeof value === "number";
      if (ok) {
        const scale = Math.max(Math.abs(want), Math.abs(value));
        worst = Math.max(worst, scale === 0 ? 0 : Math.abs(value - want) / scale);
        ok = Math.abs(value - want) <= bound(want);
      }
    }
    if (!ok) bad.push(`${e.sheet}.${e.cell}: HyperFormula gives ${describe(got)}, the add-in ` +
                      `${e.kind === "e" ? "an error" : JSON.stringify(e.kind === "n" ? Number(e.value) : e.value)}`);
  }
  hf.destroy();
  if (!quiet || bad.length)
    console.log(`${path.basename(file)}: ${compared} cells compared, ${bad.length} differ, ` +
                `max relative difference ${worst.toExponential(1)}`);
  for (const b of bad.slice(0, 40)) console.log("  " + b);
  if (bad.length > 40) console.log(`  ... and ${bad.length - 40} more`);
  return { compared, bad: bad.length, worst };
}

const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const files = args.filter((a) => !a.startsWith("--"));
let compared = 0, bad = 0, worst = 0;
for (const file of files) {
  const r = check(file, quiet);
  compared += r.compared;
  bad += r.bad;
  worst = Math.max(worst, r.worst);
}
console.log(`HyperFormula ${HyperFormula.version} (default configuration): ${files.length} ` +
            `workbooks, ${compared} cells compared, ${bad} differ (bound ${RELATIVE.toExponential(0)} ` +
            `relative), max relative difference ${worst.toExponential(1)}`);
process.exit(!files.length || !compared || bad ? 1 : 0);
