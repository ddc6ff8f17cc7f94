// An .ods file as HyperFormula's input, read from its content.xml: each
// sheet's cells (formulas in Excel's A1 grammar, numbers, booleans, texts)
// and the named ranges. SheetJS 0.18.5 cannot be used for
// .ods: it counts a run of covered (merged) cells,
// <table:covered-table-cell table:number-columns-repeated="3"/>, as one
// column, so every later cell of a row with a merge lands in the wrong
// column; it translates formulas only in part (ods_to_csf_formula: [.A1]
// becomes A1, while [.$B$5] and [$Sheet.B5] stay as they are, and every
// ";" becomes "," even inside a text); and it keeps "&apos;" in sheet
// names. Here OpenFormula references [$Sheet.$A$1:.$B$2] become
// 'Sheet'!$A$1:$B$2, argument separators ";" commas, and in an inline
// array {1;2|3;4} the columns' ";" commas and the rows' "|" semicolons.
"use strict";

const XLSX = require("xlsx");

function unescapeXml(text) {
  return text.replace(/&(quot|amp|lt|gt|apos|#x?[0-9a-fA-F]+);/g, (_, e) =>
    e === "quot" ? '"' : e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" :
    e === "apos" ? "'" : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))));
}

function attribute(attributes, name) {
  const m = new RegExp("\\b" + name + '="([^"]*)"').exec(attributes);
  return m ? unescapeXml(m[1]) : undefined;
}

// One OpenFormula reference (what stands between [ and ]) in Excel's form.
function reference(text) {
  if (/^\.?#[A-Z0-9\/]+[!?]$/.test(text)) return text.replace(/^\./, ""); // [.#REF!]
  let sheet = "";
  const parts = text.split(/:(?=\$?(?:'|[^'.:]*\.|\.))/).map((part) => {
    const m = /^\$?(?:'((?:[^']|'')*)'|([^.]*))?\.(.*)$/.exec(part);
    if (!m) throw new Error("an OpenFormula reference not understood: [" + text + "]");
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (name && !sheet) sheet = name;
    return m[3];
  });
  return (sheet ? "'" + sheet.replace(/'/g, "''") + "'!" : "") + parts.join(":");
}

// An OpenFormula formula ("of:=...") in Excel's grammar ("=...").
function excelFormula(formula) {
  const f = formula.replace(/^of:/, "");
  let out = "", array = 0;
  for (let i = 0; i < f.length; ) {
    const c = f[i];
    if (c === '"') { // a text, "" inside it
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
    } else if (c === "[") {
      let j = i + 1, quoted = false;
      while (j < f.length && (quoted || f[j] !== "]")) { if (f[j] === "'") quoted = !quoted; ++j; }
      out += reference(f.slice(i + 1, j));
      i = j + 1;
    } else {
      if (c === "{") ++array;
      if (c === "}") --array;
      out += c === ";" ? "," : c === "|" && array ? ";" : c === "~" ? "," : c;
      ++i;
    }
  }
  return out;
}

// The text of a cell's content: its paragraphs, one a line (a note,
// office:annotation, and a drawing anchored to it are not its text).
function cellText(inner) {
  const paragraphs = [];
  const body = inner.replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, "")
                    .replace(/<draw:frame\b[\s\S]*?<\/draw:frame>/g, "");
  for (const p of body.matchAll(/<text:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g))
    paragraphs.push(unescapeXml((p[1] || "")
      .replace(/<text:s\b[^>]*?text:c="(\d+)"[^>]*\/>/g, (_, n) => " ".repeat(Number(n)))
      .replace(/<text:s\b[^>]*\/>/g, " ").replace(/<text:tab\b[^>]*\/>/g, "\t")
      .replace(/<text:line-break\b[^>]*\/>/g, "\n").replace(/<[^>]*>/g, "")));
  return paragraphs.join("\n");
}

// A cell as HyperFormula's input: "=..." for a formula, a number, a
// boolean, a text with a leading "'" (so "2024" stays a text), or null.
function cellValue(attributes, inner) {
  const formula = attribute(attributes, "table:formula");
  if (formula !== undefined) return excelFormula(formula);
  const type = attribute(attributes, "office:value-type");
  if (type === undefined) return null;
  if (type === "boolean") return attribute(attributes, "office:boolean-value") === "true";
  if (type === "float" || type === "percentage" || type === "currency")
    return Number(attribute(attributes, "office:value"));
  const text = attribute(attributes, "office:string-value");
  return "'" + (text !== undefined ? text : cellText(inner));
}

// { sheets: { name: rows of cells }, names: [{ name, ref, sheet }] }: each
// sheet as HyperFormula's input, in order, and the named ranges and
// expressions (sheet: the index of the sheet a local one belongs to).
function readOds(file) {
  const zip = XLSX.CFB.read(file, { type: "file" });
  const entry = zip.FileIndex[zip.FullPaths.findIndex((p) => /^[^/]*\/content\.xml$/.test(p))];
  const xml = Buffer.from(entry.content).toString("utf8");
  const sheets = {}, names = [];
  let rows = null, row = 0, column = 0, rowRepeat = 1, index = -1;
  const tag = /<(\/?)(table:table-row|table:table-cell|table:covered-table-cell|table:named-range|table:named-expression|table:table)(?=[\s/>])([^>]*?)(\/?)>/g;
  for (let m; (m = tag.exec(xml)); ) {
    const [, closing, name, attributes, empty] = m;
    if (name === "table:table") {
      if (closing) rows = null;
      else { rows = sheets[attribute(attributes, "table:name")] = []; row = 0; ++index; }
    } else if (name === "table:table-row") {
      if (closing) { row += rowRepeat; continue; }
      column = 0;
      rowRepeat = Number(attribute(attributes, "table:number-rows-repeated") || 1);
      if (empty) row += rowRepeat;
    } else if (name === "table:named-range" || name === "table:named-expression") {
      if (closing) continue;
      const ref = name === "table:named-range"
        ? excelFormula("[" + attribute(attributes, "table:cell-range-address") + "]")
        : excelFormula(attribute(attributes, "table:expression").replace(/^of:=?/, ""));
      names.push({ name: attribute(attributes, "table:name"), ref, sheet: rows === null ? undefined : index });
    } else if (!closing && rows !== null) {
      const repeated = Number(attribute(attributes, "table:number-columns-repeated") || 1);
      const end = empty ? m.index : xml.indexOf("</" + name + ">", tag.lastIndex);
      const value = name === "table:table-cell" ? cellValue(attributes, empty ? "" : xml.slice(tag.lastIndex, end)) : null;
      if (value !== null)
        for (let r = row; r < row + rowRepeat; ++r) {
          while (rows.length <= r) rows.push([]);
          for (let k = 0; k < repeated; ++k) rows[r][column + k] = value;
        }
      column += repeated;
    }
  }
  for (const r of Object.values(sheets)) for (let i = 0; i < r.length; ++i) r[i] = Array.from(r[i], (v) => (v === undefined ? null : v));
  return { sheets, names };
}

module.exports = { readOds };
