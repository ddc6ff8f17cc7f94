// Scenario 5 of bench-calc: the peak memory of a fresh office holding a
// sheet (soffice.bin /proc status: VmHWM never falls, so a fresh office for
// each sheet and repetition).
#pragma once

#include <string>

#include <sys/types.h>

#include "office_timing.hxx"

namespace bench
{
struct MemoryStatus
{
    long hwm_kb = -1, rss_kb = -1;
};

// The soffice.bin of the office running on the profile at profile_abs
// (-1 if none), and its memory now.
pid_t soffice_bin_pid(const std::string& profile_abs);
MemoryStatus memory_status(pid_t pid);

struct MemoryResult
{
    std::string label;
    // the empty office, with the inputs, with the formulas, recalculated
    MemoryStatus base, inputs, filled, loaded;
    std::string problem;
};

// Starts an office on profile (profile_abs: its absolute path), fills a
// sheet of inputs and one column of local_template, recalculates; the
// memory at each step.
MemoryResult measure_memory(const std::string& profile, const std::string& profile_abs,
                            const Inputs& inputs, const std::string& label,
                            const std::string& local_template);
}
