// The source texts' figures and the formulas that recompute them with the
// add-in: what `make run` shows and what the end-to-end tests assert. Where
// a text contradicts its own equations, the row says what they give.
#pragma once

#include <cstddef>
#include <string>

namespace tokwatt
{
struct PrintedFigure
{
    const char* source;   // which text prints the figure
    const char* quantity;
    const char* formula;  // as a user types it into Calc
    const char* printed;  // the figure as the text prints it, in `unit`
    const char* unit;
    double unit_in_si;    // 1 unit in SI units (kW -> 1E3)
    // nullptr when the printed figure follows from the equations; else
    // what they give, to its own precision (the text is wrong).
    const char* recomputed;
};

extern const PrintedFigure printed_figures[];
extern const std::size_t printed_figure_count;

// The essay's "At scale" table: cohort, users, P_pop as printed (in `unit`).
struct EssayCohort
{
    const char* cohort;
    double users;
    const char* printed;
    const char* unit;
    double unit_in_si;
};

extern const EssayCohort essay_cohorts[];
extern const std::size_t essay_cohort_count;
extern const double essay_cohort_p_user_w; // the table's rounded 53 kW

// Half a unit of the last significant digit of a printed figure: "3.62" ->
// 0.005, "2.48E-3" -> 5E-6, "130" -> 5 (trailing zeros of a whole number
// are not significant), "9015652" -> 0.5.
double printed_tolerance(const std::string& printed);
double printed_value(const std::string& printed);

// Whether a computed SI value matches a printed figure in its unit.
bool matches_printed(double si_value, const char* printed, double unit_in_si);
}
