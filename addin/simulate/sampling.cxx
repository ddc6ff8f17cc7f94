#include "sampling.hxx"

#include <cmath>
#include <stdexcept>

namespace tokwatt::simulate
{
namespace
{
double value(int status, double x, const char* what)
{
    if (status != TW_OK)
        throw std::invalid_argument(std::string(what) + ": " + tw_strerror(status));
    return x;
}

std::vector<double> finite(const std::vector<double>& values)
{
    std::vector<double> kept;
    for (double v : values)
        if (std::isfinite(v))
            kept.push_back(v);
    return kept;
}
}

Distribution::Distribution(const Range& r)
{
    const std::string shape = r.shape.value_or("");
    if (tw_dist_make(r.lo, r.hi, r.likely.value_or(NAN), shape.c_str(), r.min.value_or(NAN),
                     r.max.value_or(NAN), &dist_)
        != TW_OK)
        throw std::invalid_argument(tw_dist_problem_text(dist_.problem));
}

double Distribution::quantile(double u) const
{
    double x = NAN;
    const int status = tw_dist_quantile(&dist_, u, &x);
    return value(status, x, "quantile");
}

double Distribution::median() const
{
    double x = NAN;
    const int status = tw_dist_median(&dist_, &x);
    return value(status, x, "median");
}

std::vector<double> latin_hypercube(std::uint64_t seed, std::uint32_t input, std::size_t n)
{
    // SIPmath's suggested mapping: the entity is the user's seed, the
    // variable the input's number from 1.
    if (seed > TW_HDR_ID_MAX)
        throw std::invalid_argument("the seed must be 0 to " + std::to_string(TW_HDR_ID_MAX));
    const tw_hdr_stream stream = { input + 1, static_cast<std::uint32_t>(seed), 0, 0 };
    std::vector<double> u(n);
    if (tw_lhs_uniforms(&stream, n, u.data()) != TW_OK)
        throw std::invalid_argument("cannot sample " + std::to_string(n) + " trials");
    return u;
}

void impose_rank_correlation(std::vector<std::vector<double>>& columns,
                             const std::vector<double>& target)
{
    const std::size_t k = columns.size(), n = k ? columns[0].size() : 0;
    std::vector<double> x;
    x.reserve(n * k);
    for (const auto& c : columns)
        x.insert(x.end(), c.begin(), c.end());
    const std::size_t bytes = tw_iman_conover_work_size(n, k);
    std::vector<double> work((bytes + sizeof(double) - 1) / sizeof(double));
    tw_corr_check_result check{};
    const int status = tw_iman_conover(x.data(), n, k, target.data(), work.data(), bytes, &check);
    if (status == TW_EDOM && check.problem != TW_CORR_OK)
        throw std::invalid_argument(std::string(tw_corr_problem_text(check.problem)) + " (row "
                                    + std::to_string(check.row + 1) + ", column "
                                    + std::to_string(check.col + 1) + ")");
    if (status != TW_OK)
        throw std::invalid_argument(tw_strerror(status));
    for (std::size_t j = 0; j < k; ++j)
        columns[j].assign(x.begin() + static_cast<long>(j * n),
                          x.begin() + static_cast<long>((j + 1) * n));
}

Summary summarize(const std::vector<double>& values)
{
    std::vector<double> x = finite(values);
    Summary s;
    s.trials = x.size();
    if (x.empty())
    {
        s.mean = s.sd = s.p5 = s.p10 = s.p25 = s.p50 = s.p75 = s.p90 = s.p95 = NAN;
        return s;
    }
    tw_mean(x.data(), x.size(), &s.mean);
    if (tw_sd(x.data(), x.size(), &s.sd) != TW_OK)
        s.sd = NAN;
    tw_sort(x.data(), x.size());
    double* const out[] = { &s.p5, &s.p10, &s.p25, &s.p50, &s.p75, &s.p90, &s.p95 };
    const double p[] = { 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95 };
    for (std::size_t i = 0; i < 7; ++i)
        tw_percentile_sorted(x.data(), x.size(), p[i], out[i]);
    return s;
}

RankedColumn::RankedColumn(const std::vector<double>& v) : values(v)
{
    const std::size_t bytes = tw_ranks_work_size(v.size());
    std::vector<double> work((bytes + sizeof(double) - 1) / sizeof(double) + 1);
    ranks.resize(v.size());
    if (v.empty() || tw_ranks(v.data(), v.size(), ranks.data(), work.data(), bytes) != TW_OK)
        ranks.clear();
}

double rank_correlation(const RankedColumn& ranked_x, const RankedColumn& ranked_y)
{
    double rho = NAN;
    if (!ranked_x.ranks.empty() && ranked_x.ranks.size() == ranked_y.ranks.size())
        return tw_pearson(ranked_x.ranks.data(), ranked_y.ranks.data(), ranked_x.ranks.size(), &rho)
                       == TW_OK
                   ? rho
                   : NAN;
    const std::vector<double>&x = ranked_x.values, &y = ranked_y.values;
    std::vector<double> a, b;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i]))
        {
            a.push_back(x[i]);
            b.push_back(y[i]);
        }
    const std::size_t bytes = tw_spearman_work_size(a.size());
    std::vector<double> work((bytes + sizeof(double) - 1) / sizeof(double) + 1);
    if (a.size() < 2 || tw_spearman(a.data(), b.data(), a.size(), work.data(), bytes, &rho) != TW_OK)
        return NAN;
    return rho;
}
}
