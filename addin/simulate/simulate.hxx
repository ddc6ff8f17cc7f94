// The simulation, run inside the office on a hidden copy of a workbook:
// each trial draws every UNCERTAIN cell (Latin hypercube, a counter-based
// generator: trial i of input v is a pure function of (seed, v, i);
// Iman-Conover for TW_SIM_CORRELATION), recalculates, and records every
// SIMOUTPUT cell; then each input alone is set to its P5 and its P95 with
// the others at their medians (the tornado's swings). The results go into
// a sheet "Simulation" (and "Trials") of a workbook: the copy saved as
// OUT (make simulate), or the user's open workbook once the run has
// finished (the menu entry). The workbook simulated is never modified.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "sampling.hxx"

namespace tokwatt::simulate
{
// What a run tells the user while it goes, and how it learns to stop.
class Monitor
{
public:
    virtual ~Monitor() = default;
    virtual void begin(std::size_t trials) = 0;
    // After each trial (so it must be cheap); false stops the run, which
    // then throws Cancelled and writes nothing.
    virtual bool carry_on(std::size_t done) = 0;
    virtual void end() = 0;
};

struct Cancelled : std::runtime_error
{
    Cancelled(std::size_t done, std::size_t trials)
        : std::runtime_error("cancelled after " + std::to_string(done) + " of "
                             + std::to_string(trials) + " trials: nothing was written")
    {
    }
};

struct Options
{
    std::size_t trials = 10000;
    std::uint64_t seed = 1;
    bool trials_sheet = true;   // every trial's inputs and outputs, to audit, in a sheet "Trials"
    rtl::OUString trials_csv;   // and/or in this CSV file (a file URL); "" for none
    Monitor* monitor = nullptr; // may be null
    // make bench's comparisons (the defaults are what it found fastest):
    bool one_cell_at_a_time = false; // XCell::setValue / getValue per cell, not CellBlocks
    bool recalculate_all = false;    // calculateAll() in each trial, not calculate()
    bool call_simoutput = false;     // outputs keep SIMOUTPUT(value) in the trials, not value
};

constexpr std::size_t max_trials = 1000000;

struct Swing
{
    std::size_t output, input;
    double rank_correlation;
    double at_p5, at_p95; // the output's value with the input at its P5, P95
};

struct Results
{
    std::vector<std::string> input_names, input_cells;
    std::vector<std::string> output_names, output_cells;
    std::vector<std::vector<double>> inputs;  // [input][trial]
    std::vector<std::vector<double>> outputs; // [output][trial], NaN where it showed an error
    std::vector<Summary> summaries;           // per output
    std::vector<Swing> sensitivity;           // by output, most influential first
    std::vector<double> baseline;             // each output with every input at its median
    std::string correlation;                  // the TW_SIM_CORRELATION range, or ""
    std::size_t trials = 0;
    std::uint64_t seed = 0;
    double copy_seconds = 0; // making the hidden copy the run works on
    double seconds = 0;  // drawing and recalculating, without the copy and the report
    double recalc_seconds = 0; // of those, the trials: setting inputs, recalculating, reading outputs
    double calculate_seconds = 0; // of those, Calc's own recalculation (XCalculatable::calculate)
};

// Simulates `document` (left as it is) and writes the report into a new
// copy of it stored to out_url (.ods, or .xlsx). Throws
// std::invalid_argument with a message for the user.
Results simulate_to_file(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::lang::XComponent>& document,
                         const rtl::OUString& out_url, const Options& options);

// Simulates `document` and then, the run finished, writes the report's
// sheets into it (replacing earlier ones); a cancelled run writes nothing.
Results simulate_into(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const css::uno::Reference<css::lang::XComponent>& document,
                      const Options& options);

// The run in a few lines, for a message box or a terminal.
std::string summary(const Results& results, const std::string& saved_where);
}
