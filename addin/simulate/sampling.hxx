// The numerics of a simulation, as the office side uses them: the core's
// distributions, Latin hypercube sampling, Iman-Conover rank correlation
// and summary statistics (core/tw_uncertain.h), in C++ terms. Plain C++:
// no UNO.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../../core/tokwatt.h"

namespace tokwatt::simulate
{
// One UNCERTAIN(lo; hi; [likely]; [shape]; [min]; [max]).
struct Range
{
    double lo = 0, hi = 0;
    std::optional<double> likely, min, max;
    std::optional<std::string> shape;
};

class Distribution
{
public:
    // Throws std::invalid_argument saying, in words, why the range makes no
    // distribution.
    explicit Distribution(const Range& range);
    double quantile(double u) const;
    double median() const;

private:
    tw_dist dist_;
};

// N Latin-hypercube uniforms for input `input`: one in each of the N
// strata, in an order and with jitter that are a pure function of
// (seed, input, trial).
std::vector<double> latin_hypercube(std::uint64_t seed, std::uint32_t input, std::size_t n);

// Reorders each column (all of length N) so that their rank correlation
// approaches `target` (k x k, row-major), Iman-Conover. Throws
// std::invalid_argument saying why a matrix is not a correlation matrix.
void impose_rank_correlation(std::vector<std::vector<double>>& columns,
                             const std::vector<double>& target);

// Summary of one output's trials (NaN ones left out).
struct Summary
{
    std::size_t trials = 0;
    double mean = 0, sd = 0;
    double p5 = 0, p10 = 0, p25 = 0, p50 = 0, p75 = 0, p90 = 0, p95 = 0;
};
Summary summarize(const std::vector<double>& values);

// A column and, when every value of it is finite, its average ranks:
// ranked once, it is paired with every other column without sorting again.
struct RankedColumn
{
    explicit RankedColumn(const std::vector<double>& values);
    const std::vector<double>& values;
    std::vector<double> ranks; // empty when a value is NaN or infinite
};

// Spearman's rank correlation of two columns (pairs with a NaN left out):
// Pearson's correlation of their ranks, the ranks made once per column
// when both columns are whole (the same value as ranking each pair anew).
double rank_correlation(const RankedColumn& x, const RankedColumn& y);
}
