// The robustness workbook's content: sheet "Inputs" with one cell or range
// per kind of bad argument, and the generated calls of sheet "Calls": every
// function of the add-in's table with every kind of bad argument in every
// argument place, plus all-valid, one-too-many and million-entry lists.
#pragma once

#include <string>
#include <vector>

#include "../../tools/sheet.hxx"
#include "robustness_rules.hxx"

namespace tokwatt_test::robustness
{
struct Call
{
    std::string formula;
    std::string what; // "PUSER e_eff: a text cell"
    Expect expect;
    bool big = false;   // reads a 1,000,000-cell range
    bool timed = false; // ... as a list (ETOK, COHORT): also computed alone, timed
};

// Every call of the matrix, in the order sheet "Calls" lists them.
std::vector<Call> generate();

// Fills sheet (renamed "Inputs") with what bad_kinds refers to: a text,
// an empty cell, =1/0, =TRUE(), -1, 0, 1E308, -1E308, a 2x2 block, a 3-cell
// and a 2-cell column, a column holding =1/0, 1,000,000 ones and 1,000,000
// empty cells.
void fill_inputs(tokwatt::Sheet& sheet);

// An error code as the Calls sheet writes it (Calc's names, #DIV/0! too).
std::string code_name(int code);
// What a row expects, as the Calls sheet writes it.
std::string expectation(const Expect& e);
}
