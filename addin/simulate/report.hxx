// The report of a simulation, as sheets of a workbook, laid out so other
// tools can read it:
//   sheet "Simulation": the settings used, how long it took;
//     range TW_SIM_SUMMARY: output | cell | trials | mean | sd | P5 | P10 |
//       P25 | P50 | P75 | P90 | P95, a row per SIMOUTPUT;
//     range TW_SIM_SENSITIVITY: output | input | rank correlation | output
//       P50 at input P5 | output P50 at input P95, a row per (output, input),
//       most influential first;
//     per output, a histogram (log-spaced bins when P95/P5 > 10) and a
//     tornado chart of the swings, each chart and its table a printed page
//     of its own (page style report_page_style: landscape, one page wide);
//   sheet "Trials" (Options::trials_sheet): every trial's inputs and outputs
//     (and the CSV of Options::trials_csv, trials_csv.hxx).
// Earlier sheets of those names are replaced.
#pragma once

#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>

#include "simulate.hxx"

namespace tokwatt::simulate
{
constexpr const char* report_sheet = "Simulation";
constexpr const char* trials_sheet = "Trials";
constexpr const char* report_page_style = "tokwatt simulation report"; // landscape, one page wide
constexpr const char* summary_name = "TW_SIM_SUMMARY";
constexpr const char* sensitivity_name = "TW_SIM_SENSITIVITY";
// TW_SIM_SUMMARY's header row, in its order: a reader finds a figure by
// its column's place here (VLOOKUP; INDEX with a 0 row, a whole column,
// is #REF! in Gnumeric).
constexpr const char* summary_columns[] = { "output", "cell", "trials", "mean", "sd", "P5",
                                            "P10", "P25", "P50", "P75", "P90", "P95" };

// The Trials sheet's (and the trials' CSV's) column names: trial, the
// inputs, the outputs.
std::vector<std::string> trial_header(const Results& results);

void write_report(const css::uno::Reference<css::lang::XComponent>& document,
                  const Results& results, const Options& options);
}
