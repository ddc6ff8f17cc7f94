// The exercise workbook of the portable-copy suite: inputs on sheet
// "Inputs", every function on sheet "Results" (nested, mixed with
// arithmetic, ranges in rows and columns and on another sheet, omitted
// optional arguments, COHORT arrays, a named expression, the user's own
// notes), and the input changes its copies must follow.
#pragma once

#include <vector>

#include "copy_checks.hxx"

namespace tokwatt_test::portable_copy
{
// Fills document (a new spreadsheet) with the exercise and recalculates it.
void build_exercise(const Document& document);

// The changes of the exercise's inputs that the copies must follow.
std::vector<Change> exercise_changes();
}
