// The benchmark of tokwatt in a real LibreOffice Calc (make bench).
//   bench-calc OXT PROFILE [--rows N] [--reps N] [--templates DIR]... [--core TSV]
//              [--only NAME] [--no-memory]
//
// Installs OXT into a fresh PROFILE, starts one headless office and measures,
// in that one run on this machine:
//   1. calculateAll() of a ROWS-row sheet of one scalar tokwatt call per row,
//      against the same arithmetic as a native formula and against the
//      Analysis add-in's EFFECT_ADD (LibreOffice's own add-in, called through
//      the same UNO mechanism): the fair anchor for the cost of an add-in call;
//   2. COHORT over ROWS cohorts as one array formula against native formulas
//      computing the same three columns;
//   3. opening and recalculating each template found in the --templates dirs;
//   5. the peak memory of a fresh office holding the tokwatt sheet against
//      one holding the native sheet (VmHWM never falls: a fresh office for
//      each sheet and repetition);
//   6. the simulation of the uncertainty template (simulation.hxx) in a
//      fresh office: 10,000 trials (REPS runs) and 100,000 (one run), the
//      trial loop against Calc's own recalculation inside it; and in each
//      repetition 2,000 trials with one XCell call per input and output,
//      and 2,000 with calculateAll(), against the default's trial.
// Section 4, the core alone, is bench-core's: --core names its --tsv output
// and it is printed in the same table.
//
// Absolute times on a shared machine drift, ratios taken side by side hold:
// each variant lives in its own open document, every repetition times each
// of them once in a rotated order, and a ratio is the median of the
// per-repetition ratios. Every figure is the median of REPS >= 5.
#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/types.h>

#include <com/sun/star/sheet/XCalculatable.hpp>

#include "../tools/office.hxx"
#include "memory.hxx"
#include "office_timing.hxx"
#include "scalar_variants.hxx"
#include "simulation.hxx"

using namespace bench;

namespace
{
struct Options
{
    std::string oxt, profile, core_tsv;
    std::vector<std::string> template_dirs;
    std::string only;
    int rows = 100000, reps = 5;
    bool memory = true;
};

// --- printing -----------------------------------------------------------------
std::string fixed(double v, int decimals)
{
    if (std::isnan(v))
        return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string pad(const std::string& s, std::size_t width, bool right = true)
{
    if (s.size() >= width)
        return s;
    return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

struct Tally
{
    int pass = 0;
    std::vector<std::string> missed, wrong;
    std::string verdict(bool ok, const std::string& what)
    {
        if (ok)
        {
            ++pass;
            return "PASS";
        }
        missed.push_back(what);
        return "MISS";
    }
};

std::vector<std::string> find_templates(const std::vector<std::string>& dirs)
{
    std::vector<std::string> found;
    for (const auto& dir : dirs)
    {
        DIR* d = opendir(dir.c_str());
        if (!d)
            continue;
        while (dirent* e = readdir(d))
        {
            const std::string name = e->d_name;
            for (const char* ext : { ".ods", ".ots", ".fods" })
            {
                const std::size_t n = std::char_traits<char>::length(ext);
                if (name.size() > n && name.compare(name.size() - n, n, ext) == 0)
                    found.push_back(dir + "/" + name);
            }
        }
        closedir(d);
    }
    std::sort(found.begin(), found.end());
    return found;
}

int run(const Options& o)
{
    if (std::system(("rm -rf '" + o.profile + "'").c_str()) != 0)
        throw std::runtime_error("cannot remove " + o.profile);
    std::cerr << "bench: installing " << o.oxt << " into " << o.profile << "\n";
    tokwatt::prepare_profile(o.profile, o.oxt, TW_EXTENSION_ID);
    char resolved[PATH_MAX];
    if (!realpath(o.profile.c_str(), resolved))
        throw std::runtime_error("cannot resolve " + o.profile);
    const std::string profile_abs = resolved;

    std::cerr << "bench: making " << o.rows << " rows of inputs\n";
    const auto inputs = make_inputs(o.rows);

    std::vector<ScalarResult> scalars;
    double empty_median = NAN;
    std::string anchor_api, effect_api;
    double cohort_ours = NAN, cohort_native = NAN, cohort_ratio = NAN;
    double cohort_native_array = NAN, cohort_vs_array = NAN;
    std::string cohort_problem;
    std::vector<std::pair<std::string, double>> templates;
    std::vector<std::string> template_problems;
    const auto template_files = find_templates(o.template_dirs);
    {
        tokwatt::Office office(o.profile);
        Translator translate(office);

        // What resolves to the Analysis add-in when typed in en-US.
        anchor_api = translate.api(anchor_local);
        effect_api = translate.api("=EFFECT(B{r};K{r})");
        if (anchor_api.find(analysis_api_prefix) == std::string::npos)
            throw std::runtime_error(anchor_local + " is not the Analysis add-in: " + anchor_api);

        std::cerr << "bench: filling four documents\n";
        Book anchor(office, inputs), ours(office, inputs), native(office, inputs),
            empty(office, inputs);
        anchor.set_column(out_column, anchor_api);
        anchor.recalc_seconds();
        std::vector<double> empty_all;

        // 1. scalar functions
        for (const Scalar& s : scalar_variants())
        {
            if (!o.only.empty() && s.label.find(o.only) == std::string::npos)
                continue;
            std::cerr << "bench: " << s.label << "\n";
            ScalarResult res;
            res.variant = s;
            const std::string ours_api = translate.api(s.ours);
            const std::string native_api = translate.api(s.native);
            if (!s.info && ours_api.find(tokwatt_api_prefix) == std::string::npos)
                res.problem = "not the add-in: " + ours_api;
            if (native_api.find(tokwatt_api_prefix) != std::string::npos
                || native_api.find(analysis_api_prefix) != std::string::npos)
                res.problem = "native formula is an add-in call: " + native_api;
            ours.set_column(out_column, ours_api);
            native.set_column(out_column, native_api);
            ours.recalc_seconds(); // warm up: first interpretation, caches
            native.recalc_seconds();
            if (res.problem.empty())
                res.problem = compare_columns(ours, native, out_column, s);
            const auto t = interleaved({ &ours, &native, &anchor, &empty }, o.reps);
            res.ours = median(t[0]);
            res.native = median(t[1]);
            res.anchor = median(t[2]);
            res.vs_anchor = paired_ratio(t[0], t[2]);
            res.vs_native = paired_ratio(t[0], t[1]);
            empty_all.insert(empty_all.end(), t[3].begin(), t[3].end());
            scalars.push_back(res);
        }
        empty_median = median(empty_all);

        // 2. COHORT as one array formula against three native columns.
        if (o.only.empty() || std::string("COHORT").find(o.only) != std::string::npos)
        {
            std::cerr << "bench: COHORT\n";
            const std::string last = std::to_string(o.rows);
            const std::string cohort_api
                = translate.api("=COHORT(L1:L" + last + ";53000;480E9)");
            ours.clear_column(out_column); // frees the scalar formulas
            Book cohort(office, inputs);
            cohort.set_array(out_column, out_column + 2, cohort_api);
            native.set_column(out_column, translate.api("=L{r}*53000"));
            native.set_column(out_column + 1, translate.api("=O{r}/480E9"));
            native.set_column(out_column + 2, translate.api("=O{r}/1.74E17"));
            // The same three columns as native array formulas: what Calc's
            // array machinery costs without any add-in call.
            const std::string users = "L1:L" + last;
            ours.set_array(out_column, out_column, translate.api("=" + users + "*53000"));
            ours.set_array(out_column + 1, out_column + 1,
                           translate.api("=" + users + "*53000/480E9"));
            ours.set_array(out_column + 2, out_column + 2,
                           translate.api("=" + users + "*53000/1.74E17"));
            cohort.recalc_seconds();
            native.recalc_seconds();
            ours.recalc_seconds();
            Scalar check{ "COHORT", "", "" };
            for (int c = 0; c < 3 && cohort_problem.empty(); ++c)
                cohort_problem = compare_columns(cohort, native, out_column + c, check);
            for (int c = 0; c < 3 && cohort_problem.empty(); ++c)
                cohort_problem = compare_columns(ours, native, out_column + c, check);
            if (cohort_api.find(tokwatt_api_prefix) == std::string::npos)
                cohort_problem = "not the add-in: " + cohort_api;
            const auto t = interleaved({ &cohort, &native, &ours }, o.reps);
            cohort_ours = median(t[0]);
            cohort_native = median(t[1]);
            cohort_native_array = median(t[2]);
            cohort_ratio = paired_ratio(t[0], t[1]);
            cohort_vs_array = paired_ratio(t[0], t[2]);
        }

        // 3. each shipped template: open and recalculate, office running.
        for (const auto& path : template_files)
        {
            if (!o.only.empty() && path.find(o.only) == std::string::npos)
                continue;
            std::cerr << "bench: template " << path << "\n";
            std::vector<double> t;
            try
            {
                for (int rep = 0; rep < o.reps + 1; ++rep)
                {
                    const auto t0 = std::chrono::steady_clock::now();
                    auto doc = office.load(path);
                    Reference<css::sheet::XCalculatable>(doc, UNO_QUERY_THROW)->calculateAll();
                    const double dt
                        = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
                              .count();
                    tokwatt::close(doc);
                    if (rep > 0) // the first opening warms the filters up
                        t.push_back(dt);
                }
                templates.emplace_back(path, median(t));
            }
            catch (const css::uno::Exception& e)
            {
                template_problems.push_back(path + ": " + narrow(e.Message));
            }
            catch (const std::exception& e)
            {
                template_problems.push_back(path + ": " + e.what());
            }
        }
    }

    // 6. the simulation of the uncertainty template, in an office of its own
    // (its memory before and after is then the simulation's).
    SimulationResult simulation;
    for (const auto& path : template_files)
        if (path.size() >= 16 && path.compare(path.size() - 16, 16, "/uncertainty.ots") == 0)
            simulation.path = path; // the last found: the built one
    if (!simulation.path.empty()
        && (o.only.empty() || std::string("simulation").find(o.only) != std::string::npos))
    {
        std::cerr << "bench: simulation of " << simulation.path << "\n";
        tokwatt::Office office(o.profile);
        simulation = measure_simulation(office, soffice_bin_pid(profile_abs), simulation.path,
                                        o.reps, 10000, 2000, 100000);
    }

    // 5. peak memory: a fresh office for each sheet and repetition (VmHWM
    // never falls), the two sheets alternating.
    std::vector<std::vector<MemoryResult>> memory(2);
    const char* const memory_labels[2] = { "tokwatt =EEFF(A;B;C;D;E;F)", "native =A*(B+C*E+D*F)" };
    const char* const memory_formulas[2]
        = { "=EEFF(A{r};B{r};C{r};D{r};E{r};F{r})", "=A{r}*(B{r}+C{r}*E{r}+D{r}*F{r})" };
    for (int rep = 0; o.memory && rep < o.reps; ++rep)
        for (int k = 0; k < 2; ++k)
        {
            const int v = (k + rep) % 2;
            std::cerr << "bench: memory " << rep + 1 << "/" << o.reps << ", "
                      << memory_labels[v] << "\n";
            memory[v].push_back(
                measure_memory(o.profile, profile_abs, inputs, memory_labels[v], memory_formulas[v]));
        }

    // --- the table ---
    Tally tally;
    std::ostringstream out;
    const std::string rows = std::to_string(o.rows);
    out << "\ntokwatt benchmark: " << rows << " rows, " << o.reps
        << " repetitions; times are medians, ratios the median of per-repetition ratios "
           "taken side by side\n";
    out << "anchor: " << replace_all(anchor_local, "{r}", "1") << " -> " << replace_all(anchor_api, "{r}", "1")
        << " (Analysis add-in); typed =EFFECT(B1;K1) is "
        << replace_all(effect_api, "{r}", "1") << " (native)\n";

    out << "\n1. recalculation (calculateAll) of " << rows
        << " rows of one scalar call; target ours/anchor <= 1.00\n";
    out << "   " << pad("function", 34, false) << pad("ours ms", 9) << pad("native", 9)
        << pad("anchor", 9) << pad("us/call", 9) << pad("/anchor", 9) << pad("/native", 9)
        << "  result\n";
    for (const auto& r : scalars)
    {
        std::string verdict;
        if (!r.problem.empty())
        {
            verdict = "WRONG: " + r.problem;
            tally.wrong.push_back(r.variant.label);
        }
        else if (r.variant.ours == anchor_local)
            verdict = "info (noise check, ideally 1.00)";
        else if (r.variant.info)
            verdict = "info (LibreOffice's own add-in)";
        else
        {
            verdict = tally.verdict(r.vs_anchor <= 1.0, "1. " + r.variant.label);
            if (r.vs_anchor > 1.0 && r.vs_anchor <= 1.05)
                verdict += " (within 5%: run-to-run spread)";
        }
        out << "   " << pad(r.variant.label, 34, false) << pad(fixed(r.ours * 1e3, 1), 9)
            << pad(fixed(r.native * 1e3, 1), 9) << pad(fixed(r.anchor * 1e3, 1), 9)
            << pad(fixed(r.ours * 1e6 / o.rows, 2), 9) << pad(fixed(r.vs_anchor, 2), 9)
            << pad(fixed(r.vs_native, 2), 9) << "  " << verdict << "\n";
    }
    out << "   calculateAll() of the inputs alone (no formula): " << fixed(empty_median * 1e3, 1)
        << " ms\n";
    for (const auto& r : scalars)
        if (r.variant.info && r.variant.ours != anchor_local && r.problem.empty())
            out << "   LibreOffice's own cost per argument: its " << r.variant.label << " takes "
                << fixed(r.vs_anchor, 2) << "x the 2-argument anchor\n";

    out << "\n2. COHORT over " << rows << " cohorts, one array formula, against 3 x " << rows
        << " native cells; target ours/native <= 1.50\n";
    if (std::isnan(cohort_ratio))
        out << "   skipped\n";
    else
    {
        std::string verdict;
        if (!cohort_problem.empty())
        {
            verdict = "WRONG: " + cohort_problem;
            tally.wrong.push_back("COHORT");
        }
        else
            verdict = tally.verdict(cohort_ratio <= 1.5, "2. COHORT");
        out << "   COHORT " << fixed(cohort_ours * 1e3, 1) << " ms, native "
            << fixed(cohort_native * 1e3, 1) << " ms, ratio " << fixed(cohort_ratio, 2) << "  "
            << verdict << "\n";
        out << "   the same 3 columns as native array formulas {=L1:L" << rows << "*53000...}: "
            << fixed(cohort_native_array * 1e3, 1) << " ms; COHORT / native arrays "
            << fixed(cohort_vs_array, 2) << "  info\n";
    }

    out << "\n3. open + recalculate each shipped template (office running); target < 500 ms\n";
    if (template_files.empty())
    {
        out << "   no templates (*.ods, *.ots, *.fods) in";
        for (const auto& d : o.template_dirs)
            out << " " << d << "/";
        out << ": skipped\n";
    }
    for (const auto& [path, seconds] : templates)
        out << "   " << pad(path, 46, false) << pad(fixed(seconds * 1e3, 1), 9) << " ms  "
            << tally.verdict(seconds < 0.5, "3. " + path) << "\n";
    for (const auto& p : template_problems)
    {
        out << "   WRONG: " << p << "\n";
        tally.wrong.push_back(p);
    }

    out << "\n4. the core alone, ns per call (bench-core), median of interleaved runs, the "
           "fastest run beside it; target < 10 ns for the scalar ones\n";
    std::ifstream core(o.core_tsv);
    if (o.core_tsv.empty() || !core)
        out << "   no results from bench-core: skipped\n";
    for (std::string line; std::getline(core, line);)
    {
        std::stringstream ss(line);
        std::string name, ns_text, target_text, note, best_text;
        std::getline(ss, name, '\t');
        std::getline(ss, ns_text, '\t');
        std::getline(ss, target_text, '\t');
        std::getline(ss, note, '\t');
        std::getline(ss, best_text, '\t');
        const double ns = std::atof(ns_text.c_str());
        out << "   " << pad(name, 40, false) << pad(fixed(ns, 2), 9) << " ns (fastest "
            << pad(fixed(std::atof(best_text.c_str()), 2), 7) << ")  "
            << pad(target_text == "1" ? tally.verdict(ns < 10.0, "4. " + name) : "info", 4,
                   false)
            << "  " << note << "\n";
    }

    out << "\n5. peak memory of a fresh office holding the " << rows
        << "-row sheet (soffice.bin /proc status; medians of " << o.reps
        << " fresh offices each)\n";
    if (!o.memory)
        out << "   skipped\n";
    std::vector<double> held[2], hwm[2], sheet[2];
    for (int v = 0; v < 2 && o.memory; ++v)
    {
        std::vector<double> base, in, formulas, recalc, rss;
        for (const auto& m : memory[v])
        {
            if (!m.problem.empty())
            {
                out << "   " << m.label << ": WRONG: " << m.problem << "\n";
                tally.wrong.push_back(m.label);
                continue;
            }
            base.push_back(m.base.rss_kb / 1024.0);
            in.push_back((m.inputs.rss_kb - m.base.rss_kb) / 1024.0);
            formulas.push_back((m.filled.rss_kb - m.inputs.rss_kb) / 1024.0);
            recalc.push_back((m.loaded.rss_kb - m.filled.rss_kb) / 1024.0);
            rss.push_back(m.loaded.rss_kb / 1024.0);
            hwm[v].push_back(m.loaded.hwm_kb / 1024.0);
            held[v].push_back((m.loaded.rss_kb - m.inputs.rss_kb) / 1024.0);
            sheet[v].push_back((m.loaded.rss_kb - m.base.rss_kb) / 1024.0);
        }
        out << "   " << pad(memory_labels[v], 27, false) << " VmHWM "
            << pad(fixed(median(hwm[v]), 1), 6) << " MB, VmRSS " << pad(fixed(median(rss), 1), 6)
            << " MB = empty office " << pad(fixed(median(base), 1), 6) << " + inputs "
            << pad(fixed(median(in), 1), 5) << " + formula column "
            << pad(fixed(median(formulas), 1), 5) << " + recalculation "
            << pad(fixed(median(recalc), 1), 4) << " MB\n";
    }
    if (o.memory)
        out << "   tokwatt/native: VmHWM " << fixed(paired_ratio(hwm[0], hwm[1]), 2)
            << ", RSS added by the whole sheet " << fixed(paired_ratio(sheet[0], sheet[1]), 2)
            << ", by the formula column and its results "
            << fixed(paired_ratio(held[0], held[1]), 2) << "  info (no target)\n";

    out << "\n6. simulation of the uncertainty template (org.tokwatt.Simulation, office "
           "running, seed 1, no Trials sheet); targets: 10,000 trials < 2 s, the trials <= 1.5x "
           "Calc's own recalculation, 100,000 trials <= 12x 10,000\n";
    if (simulation.small.empty() && simulation.problem.empty())
        out << "   skipped (no uncertainty.ots in the --templates dirs, or --only)\n";
    else if (!simulation.problem.empty())
    {
        out << "   WRONG: " << simulation.path << ": " << simulation.problem << "\n";
        tally.wrong.push_back("6. simulation");
    }
    else
    {
        std::vector<double> wall, seconds, in_trials, calculating, ratio, copying, reporting;
        for (const auto& r : simulation.small)
        {
            wall.push_back(r.wall);
            copying.push_back(r.copying);
            reporting.push_back(r.wall - r.copying - r.seconds);
            seconds.push_back(r.seconds);
            in_trials.push_back(r.in_trials);
            calculating.push_back(r.calculating);
            ratio.push_back(r.ratio);
        }
        const auto& big = simulation.large;
        out << "   10,000 trials (median of " << simulation.small.size() << "): the job "
            << fixed(median(wall), 2) << " s (" << fixed(1e4 / median(wall), 0)
            << " trials/s; copy, draws, trials, swings and report), of which the run "
            << fixed(median(seconds), 2) << " s (" << fixed(1e4 / median(seconds), 0)
            << " trials/s), the hidden copy " << fixed(median(copying), 2) << " s, the report "
            << fixed(median(reporting), 2) << " s  "
            << tally.verdict(median(wall) < 2.0, "6. 10,000 trials < 2 s") << "\n";
        out << "   per trial: " << fixed(median(in_trials) / 1e4 * 1e6, 1)
            << " us in the trial loop, of which Calc recalculating "
            << fixed(median(calculating) / 1e4 * 1e6, 1) << " us: ratio "
            << fixed(median(ratio), 2) << "  "
            << tally.verdict(median(ratio) <= 1.5, "6. trials / Calc <= 1.5") << "\n";
        // The other ways a trial could reach the cells, each repetition's
        // runs side by side with its default run.
        const char* const other_labels[access_kinds]
            = { "", "each input and output its own XCell call (setValue, getValue)",
                "calculateAll() instead of calculate(), by range",
                "SIMOUTPUT(value) called in each trial instead of its value" };
        for (int a = 1; a < access_kinds; ++a)
        {
            std::vector<double> per_trial, per_calc, vs_default;
            for (std::size_t rep = 0; rep < simulation.other[a].size(); ++rep)
            {
                const auto& r = simulation.other[a][rep];
                const auto& d = simulation.small[rep];
                per_trial.push_back(r.in_trials / r.trials);
                per_calc.push_back(r.calculating / r.trials);
                vs_default.push_back((r.in_trials / r.trials) / (d.in_trials / d.trials));
            }
            out << "   " << other_labels[a] << ", "
                << fixed(simulation.other[a].empty() ? 0 : simulation.other[a].front().trials, 0)
                << " trials: " << fixed(median(per_trial) * 1e6, 1)
                << " us a trial, of which recalculating " << fixed(median(per_calc) * 1e6, 1)
                << " us; " << fixed(median(vs_default), 2)
                << "x the trial of the default (one XCellRangeData call per run of "
                   "cells, calculate(), SIMOUTPUT's value)  info\n";
        }
        const double grows = big.wall / median(wall);
        out << "   100,000 trials: the job " << fixed(big.wall, 2) << " s ("
            << fixed(1e5 / big.wall, 0) << " trials/s), the run " << fixed(big.seconds, 2)
            << " s, trials / Calc " << fixed(big.ratio, 2) << "; " << fixed(grows, 2)
            << "x the 10,000-trial job (the run: " << fixed(big.seconds / median(seconds), 2)
            << "x)  " << tally.verdict(grows <= 12, "6. 100,000 <= 12x 10,000") << "\n";
        out << "   soffice.bin VmHWM: " << fixed(simulation.small.front().before.hwm_kb / 1024.0, 1)
            << " MB before the first 10,000, " << fixed(simulation.small.back().after.hwm_kb / 1024.0, 1)
            << " MB after the last, " << fixed(big.after.hwm_kb / 1024.0, 1)
            << " MB after 100,000 (VmRSS " << fixed(big.before.rss_kb / 1024.0, 1) << " -> "
            << fixed(big.after.rss_kb / 1024.0, 1) << " MB)  info\n";
    }

    out << "\nsummary: " << tally.pass << " targets met, " << tally.missed.size() << " missed";
    if (!tally.missed.empty())
    {
        out << " (";
        for (std::size_t i = 0; i < tally.missed.size(); ++i)
            out << (i ? "; " : "") << tally.missed[i];
        out << ")";
    }
    out << ", " << tally.wrong.size() << " wrong\n";
    std::cout << out.str() << std::flush;
    return tally.wrong.empty() ? 0 : 1;
}
}


int main(int argc, char** argv)
{
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i)
    {
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size())
                throw std::invalid_argument(args[i] + " needs a value");
            return args[++i];
        };
        try
        {
            if (args[i] == "--rows")
                o.rows = std::stoi(value());
            else if (args[i] == "--reps")
                o.reps = std::stoi(value());
            else if (args[i] == "--templates")
                o.template_dirs.push_back(value());
            else if (args[i] == "--core")
                o.core_tsv = value();
            else if (args[i] == "--only")
                o.only = value();
            else if (args[i] == "--no-memory")
                o.memory = false;
            else
                positional.push_back(args[i]);
        }
        catch (const std::exception& e)
        {
            std::cerr << "bench-calc: " << e.what() << "\n";
            return 2;
        }
    }
    if (positional.size() != 2 || o.rows < 10)
    {
        std::cerr << "usage: bench-calc OXT PROFILE [--rows N] [--reps N] [--templates DIR]... "
                     "[--core TSV] [--only NAME] [--no-memory]\n";
        return 2;
    }
    o.oxt = positional[0];
    o.profile = positional[1];
    o.reps = std::max(o.reps, 5);
    try
    {
        return run(o);
    }
    catch (const css::uno::Exception& e)
    {
        std::cerr << "bench-calc: " << narrow(e.Message) << "\n";
    }
    catch (const std::exception& e)
    {
        std::cerr << "bench-calc: " << e.what() << "\n";
    }
    return 1;
}
