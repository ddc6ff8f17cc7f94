// Panels: a template's rows of inputs and of figures, one row each, label
// first, written at the page's cursor (kit.hxx) and named by key.
#pragma once

#include <string>
#include <vector>

#include "kit.hxx"

namespace tokwatt::templates
{
// An input row: label (A) | value (B, an input cell) | unit (C) | note (D).
struct Input
{
    std::string key; // names the value cell for {key} ("" for none)
    std::string label;
    double value;
    Rule rule;
    std::string format;
    std::string unit = "";
    std::string note = "";
};

// A figure row: label (A) | value (B, a formula) | unit (C), then where the
// text shows the figure in other units, the figure as it shows it (D,
// `shown`, e.g. "={p_user}/1E3", in `format`; the value is then shown in
// 0.000E+00; the key with "_shown" names it) and its unit (E), then a note.
struct Line
{
    std::string key; // names the value cell ("" for none)
    std::string label;
    std::string formula;
    std::string unit;
    std::string format;
    std::string shown = "";
    std::string shown_unit = "";
    std::string note = "";
};

// Write rows at the page's next rows. A note starts in column `from` (0:
// the first free one) and, with `last`, is merged up to that column.
void inputs(Page& p, const std::vector<Input>& rows, char last = 0, char from = 0);
void panel(Page& p, const std::vector<Line>& lines, char last = 0, char from = 0);

// A note in the cursor's row from column `from`, merged up to `to`.
void note(Page& p, char from, char to, const std::string& text);
// The same, wrapped, in a row tall enough for `lines` lines.
void note(Page& p, char from, char to, const std::string& text, int lines);
}
