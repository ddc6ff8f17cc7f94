#include "simulate.hxx"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <utility>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>

#include "../common/document_copy.hxx"
#include "../common/strings.hxx"
#include "cell_blocks.hxx"
#include "model.hxx"
#include "report.hxx"
#include "trials_csv.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace tokwatt::simulate
{
namespace
{
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// A value as the cell shows it: NaN for an error.
double read(const Reference<css::table::XCell>& cell)
{
    return cell->getError() != 0 ? NAN : cell->getValue();
}

template <class Item> std::vector<Reference<css::table::XCell>> cells_of(const std::vector<Item>& items)
{
    std::vector<Reference<css::table::XCell>> cells;
    for (const Item& item : items)
        cells.push_back(item.cell);
    return cells;
}

// Outputs a few rows apart are read as one range (the cells between cost a
// value each, a call costs a document lookup and a sequence).
constexpr int output_gap = 8;

class Run
{
public:
    Run(const Model& model, const Reference<css::lang::XComponent>& copy, const Options& o)
        : model_(model), options_(o),
          calc_(copy, UNO_QUERY_THROW), document_(copy, UNO_QUERY),
          settings_(copy, UNO_QUERY_THROW),
          inputs_(cells_of(model.inputs), 0), outputs_(cells_of(model.outputs), output_gap)
    {
    }

    // The run; then the copy's inputs hold their formulas again (and it is
    // whole again when `kept`, a copy to be stored).
    Results go(bool kept)
    {
        const auto start = Clock::now();
        Results r;
        r.trials = options_.trials;
        r.seed = options_.seed;
        r.correlation = model_.correlation_range;
        for (const Input& in : model_.inputs)
        {
            r.input_names.push_back(in.name);
            r.input_cells.push_back(in.address);
        }
        for (const Output& out : model_.outputs)
        {
            r.output_names.push_back(out.name);
            r.output_cells.push_back(out.address);
        }
        draw(r);
        quiet();
        try
        {
            const auto recalc = Clock::now();
            trials(r);
            r.recalc_seconds = seconds_since(recalc);
            r.calculate_seconds = calculating_;
            swings(r);
        }
        catch (...)
        {
            restore(false);
            throw;
        }
        restore(kept);
        for (const auto& column : r.outputs)
            r.summaries.push_back(summarize(column));
        rank(r);
        r.seconds = seconds_since(start);
        return r;
    }

private:
    // Every input's N values: stratified uniforms, correlated by rank,
    // through the input's quantile function.
    void draw(Results& r)
    {
        const std::size_t n = options_.trials;
        std::vector<std::vector<double>> u;
        for (std::size_t v = 0; v < model_.inputs.size(); ++v)
            u.push_back(latin_hypercube(options_.seed, static_cast<std::uint32_t>(v), n));
        if (!model_.correlation.empty())
        {
            try
            {
                impose_rank_correlation(u, model_.correlation);
            }
            catch (const std::invalid_argument& e)
            {
                throw std::invalid_argument(std::string(correlation_name) + ": " + e.what());
            }
        }
        for (std::size_t v = 0; v < model_.inputs.size(); ++v)
        {
            std::vector<double> x(n);
            for (std::size_t i = 0; i < n; ++i)
                x[i] = model_.inputs[v].distribution.quantile(u[v][i]);
            r.inputs.push_back(std::move(x));
        }
    }

    // The copy keeps no undo, fits no row heights (each write would lay out
    // the rows' wrapped notes again), repaints nothing and recalculates only
    // when asked: it is only ever read back, and stored with the report.
    // Its outputs compute SIMOUTPUT's value without the call.
    void quiet()
    {
        settings_->setPropertyValue("IsUndoEnabled", Any(false));
        settings_->setPropertyValue("IsAdjustHeightEnabled", Any(false));
        calc_->enableAutomaticCalculation(false);
        if (document_.is())
            document_->lockControllers();
        for (const Output& out : model_.outputs)
            if (unwrapped(out))
                out.cell->setFormula(to_ou("=" + out.value));
    }

    bool unwrapped(const Output& out) const
    {
        return !out.value.empty() && !options_.call_simoutput;
    }

    void set_inputs(const std::vector<double>& values)
    {
        if (!options_.one_cell_at_a_time)
            return inputs_.write(values);
        for (std::size_t v = 0; v < values.size(); ++v)
            model_.inputs[v].cell->setValue(values[v]);
    }

    void outputs(std::vector<double>& y)
    {
        const auto start = Clock::now();
        if (options_.recalculate_all)
            calc_->calculateAll();
        else
            calc_->calculate();
        calculating_ += seconds_since(start);
        y.resize(model_.outputs.size());
        if (!options_.one_cell_at_a_time)
            return outputs_.read(y);
        for (std::size_t o = 0; o < y.size(); ++o)
            y[o] = read(model_.outputs[o].cell);
    }

    std::vector<double> outputs()
    {
        std::vector<double> y;
        outputs(y);
        return y;
    }

    void trials(Results& r)
    {
        const std::size_t n = options_.trials, k = model_.inputs.size();
        r.outputs.assign(model_.outputs.size(), std::vector<double>(n));
        Monitor* monitor = options_.monitor;
        if (monitor)
            monitor->begin(n);
        std::vector<double> x(k), y;
        for (std::size_t i = 0; i < n; ++i)
        {
            for (std::size_t v = 0; v < k; ++v)
                x[v] = r.inputs[v][i];
            set_inputs(x);
            outputs(y);
            for (std::size_t o = 0; o < y.size(); ++o)
                r.outputs[o][i] = y[o];
            if (monitor && !monitor->carry_on(i + 1))
            {
                monitor->end();
                throw Cancelled(i + 1, n);
            }
        }
        if (monitor)
            monitor->end();
    }

    // One input at a time at its P5 and P95, the others at their medians.
    void swings(Results& r)
    {
        const std::size_t k = model_.inputs.size();
        std::vector<double> medians(k);
        for (std::size_t v = 0; v < k; ++v)
            medians[v] = model_.inputs[v].distribution.median();
        set_inputs(medians);
        r.baseline = outputs();
        at_p5_.assign(k, {});
        at_p95_.assign(k, {});
        for (std::size_t v = 0; v < k; ++v)
        {
            std::vector<double> x = medians;
            x[v] = model_.inputs[v].distribution.quantile(0.05);
            set_inputs(x);
            at_p5_[v] = outputs();
            x[v] = model_.inputs[v].distribution.quantile(0.95);
            set_inputs(x);
            at_p95_[v] = outputs();
        }
    }

    // Each output against each input, the most influential first (by the
    // size of the rank correlation, then of the swing).
    void rank(Results& r)
    {
        const std::vector<RankedColumn> inputs(r.inputs.begin(), r.inputs.end());
        for (std::size_t o = 0; o < model_.outputs.size(); ++o)
        {
            const RankedColumn output(r.outputs[o]);
            std::vector<Swing> rows;
            for (std::size_t v = 0; v < model_.inputs.size(); ++v)
                rows.push_back({ o, v, rank_correlation(inputs[v], output),
                                 at_p5_[v][o], at_p95_[v][o] });
            std::stable_sort(rows.begin(), rows.end(), [](const Swing& a, const Swing& b) {
                const double ra = std::isnan(a.rank_correlation) ? 0 : std::fabs(a.rank_correlation);
                const double rb = std::isnan(b.rank_correlation) ? 0 : std::fabs(b.rank_correlation);
                if (ra != rb)
                    return ra > rb;
                return std::fabs(a.at_p95 - a.at_p5) > std::fabs(b.at_p95 - b.at_p5);
            });
            r.sensitivity.insert(r.sensitivity.end(), rows.begin(), rows.end());
        }
    }

    // The copy's inputs and outputs get their formulas back; a copy that
    // will be stored (`kept`) also its automatic recalculation and its
    // values. One that is closed next needs neither.
    void restore(bool kept)
    {
        for (const Input& in : model_.inputs)
            in.cell->setFormula(to_ou(in.formula));
        for (const Output& out : model_.outputs)
            if (unwrapped(out))
                out.cell->setFormula(to_ou(out.formula));
        if (!kept)
            return;
        calc_->enableAutomaticCalculation(true);
        if (document_.is() && document_->hasControllersLocked())
            document_->unlockControllers();
        calc_->calculateAll();
    }

    const Model& model_;
    const Options& options_;
    Reference<css::sheet::XCalculatable> calc_;
    Reference<css::frame::XModel> document_;
    Reference<css::beans::XPropertySet> settings_;
    CellBlocks inputs_, outputs_;
    std::vector<std::vector<double>> at_p5_, at_p95_;
    double calculating_ = 0; // in Calc's own recalculation of what depends on the inputs
};

void check(const Options& o)
{
    if (o.trials < 2 || o.trials > max_trials)
        throw std::invalid_argument("the number of trials must be 2 to "
                                    + std::to_string(max_trials));
}

// Reads and runs the model of a hidden copy (`kept`: to be stored) made
// `copying` seconds long.
Results run_on(const Reference<css::lang::XComponent>& copy, double copying,
               const Options& options, bool kept)
{
    check(options);
    const Model model = read_model(copy);
    Results results = Run(model, copy, options).go(kept);
    results.copy_seconds = copying;
    return results;
}

// A hidden copy of document, and how long it took to make.
std::pair<Reference<css::lang::XComponent>, double>
timed_copy(const Reference<css::uno::XComponentContext>& context,
           const Reference<css::lang::XComponent>& document)
{
    const auto start = Clock::now();
    Reference<css::lang::XComponent> copy = hidden_copy(context, document);
    return { copy, seconds_since(start) };
}

// The results where the options send them: the CSV, then the report's
// sheets in `document`.
void write_results(const Reference<css::lang::XComponent>& document, const Results& results,
                   const Options& options)
{
    if (!options.trials_csv.isEmpty())
        write_trials_csv(results, options.trials_csv);
    write_report(document, results, options);
}
}

Results simulate_to_file(const Reference<css::uno::XComponentContext>& context,
                         const Reference<css::lang::XComponent>& document,
                         const rtl::OUString& out_url, const Options& options)
{
    const auto [copy, copying] = timed_copy(context, document);
    try
    {
        const Results results = run_on(copy, copying, options, true);
        write_results(copy, results, options);
        store_by_extension(copy, out_url);
        close_document(copy);
        return results;
    }
    catch (...)
    {
        close_document(copy);
        throw;
    }
}

Results simulate_into(const Reference<css::uno::XComponentContext>& context,
                      const Reference<css::lang::XComponent>& document, const Options& options)
{
    const auto [copy, copying] = timed_copy(context, document);
    Results results;
    try
    {
        results = run_on(copy, copying, options, false);
    }
    catch (...)
    {
        close_document(copy);
        throw;
    }
    close_document(copy);
    write_results(document, results, options);
    return results;
}

std::string summary(const Results& r, const std::string& saved_where)
{
    auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::string s = count(r.trials, "trial", "trials") + " of "
                    + count(r.input_names.size(), "uncertain input", "uncertain inputs") + " and "
                    + count(r.output_names.size(), "output", "outputs") + " in "
                    + std::to_string(r.seconds).substr(0, 5) + " s ("
                    + std::to_string(static_cast<long>(r.trials / std::max(r.seconds, 1e-9)))
                    + " trials/s; the trials took "
                    + std::to_string(r.recalc_seconds / std::max(r.calculate_seconds, 1e-9))
                          .substr(0, 4)
                    + "x Calc's own recalculation)";
    for (std::size_t o = 0; o < r.summaries.size(); ++o)
    {
        const Summary& m = r.summaries[o];
        char line[256];
        std::snprintf(line, sizeof line, "\n  %s: P5 %.4g, P50 %.4g, P95 %.4g (%zu trials)",
                      r.output_names[o].c_str(), m.p5, m.p50, m.p95, m.trials);
        s += line;
    }
    return s + "\nReport: sheet \"Simulation\" of " + saved_where;
}
}
