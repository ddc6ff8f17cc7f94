// Scenario 6 of bench-calc: the simulation of the uncertainty template,
// the add-in's org.tokwatt.Simulation job called in the office (as the
// menu entry and make simulate call it), the office already running: the
// job's wall time, and the figures the report writes in its settings block
// (the run's seconds, the seconds in the trials and, of those, Calc's own
// recalculation, measured side by side in the same trial loop).
#pragma once

#include <string>
#include <vector>

#include "../tools/office.hxx"
#include "memory.hxx"

namespace bench
{
struct SimulationRun
{
    double trials = 0;
    double wall = 0;          // the job call: copy, draws, trials, swings, report
    double copying = 0;       // the report's "seconds copying the workbook"
    double seconds = 0;       // the report's "seconds" (without the copy and the report)
    double in_trials = 0;     // "seconds in the trials"
    double calculating = 0;   // "of those, Calc recalculating"
    double ratio = 0;         // "trial time / Calc's recalculation"
    MemoryStatus before, after; // soffice.bin around the run
};

// How a trial reaches the cells, the job's default first (the others are
// its OneCellAtATime, RecalculateAll and CallSimOutput arguments).
enum class Access { blocks, one_cell_at_a_time, recalculate_all, call_simoutput };
constexpr int access_kinds = 4;

struct SimulationResult
{
    std::string path;
    std::vector<SimulationRun> small; // reps runs of `small_trials`, the default access
    std::vector<SimulationRun> other[access_kinds]; // reps runs of `other_trials` each way
    SimulationRun large;              // one run of `large_trials`
    std::string problem;              // a wrong value: "" when none
};

// Runs the job on the template at path: reps times at small_trials (and,
// in the same repetition, other_trials each other way a trial reaches the
// cells), then once at large_trials; each run checks the report's
// TW_SIM_SUMMARY has its rows, and the first small run (seed 1, no Trials
// sheet) that it reproduces the report the template ships with bit for
// bit.
SimulationResult measure_simulation(const tokwatt::Office& office, pid_t soffice_bin,
                                    const std::string& path, int reps, int small_trials,
                                    int other_trials, int large_trials);
}
