// Sampling for the simulation (core/tw_sampling.h): the HDR generator
// against its published reference values, Latin hypercube stratification,
// bit-identical streams, the correlation-matrix checks and Iman-Conover
// reaching the requested rank correlations.
#include "uncertain.hxx"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

using namespace tokwatt_test;

namespace
{
const double nan_ = NAN;

// A stream as the simulation would use it: entity = seed, var_id = input.
tw_hdr_stream stream(uint32_t var_id, uint32_t entity, uint32_t seed3 = 0, uint32_t seed4 = 0)
{
    return { var_id, entity, seed3, seed4 };
}

std::vector<double> lhs(const tw_hdr_stream& s, std::size_t n)
{
    std::vector<double> u(n);
    CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_lhs_uniforms(&s, n, u.data()));
    return u;
}

double spearman(const double* x, const double* y, std::size_t n)
{
    std::vector<unsigned char> work(tw_spearman_work_size(n));
    double rho = NAN;
    CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_spearman(x, y, n, work.data(), work.size(), &rho));
    return rho;
}

// Iman-Conover on a copy of x; the achieved rank correlations.
std::vector<double> impose(std::vector<double>& x, std::size_t n, std::size_t k,
                           const std::vector<double>& corr)
{
    std::vector<unsigned char> work(tw_iman_conover_work_size(n, k));
    tw_corr_check_result r;
    CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_iman_conover(x.data(), n, k, corr.data(), work.data(),
                                                     work.size(), &r));
    CPPUNIT_ASSERT_EQUAL(int(TW_CORR_OK), int(r.problem));
    std::vector<double> got(k * k, 1.0);
    for (std::size_t i = 0; i < k; i++)
        for (std::size_t j = 0; j < k; j++)
            if (i != j)
                got[i * k + j] = spearman(&x[i * n], &x[j * n], n);
    return got;
}

// n trials of k inputs: LHS columns mapped through a lognormal, a normal
// and a triangular, the simulation's route.
std::vector<double> sampled(std::size_t n, std::size_t k, uint32_t seed)
{
    tw_dist d[3];
    CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_make(2, 50, nan_, nullptr, nan_, nan_, &d[0]));
    CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_make(-3, 7, nan_, nullptr, nan_, nan_, &d[1]));
    CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_make(1, 10, 3, "triangular", nan_, nan_, &d[2]));
    std::vector<double> x(n * k);
    for (std::size_t j = 0; j < k; j++)
    {
        const std::vector<double> u = lhs(stream(uint32_t(j + 1), seed), n);
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_quantiles(&d[j % 3], u.data(), n, &x[j * n]));
    }
    return x;
}

// The stratum floor(v n), decided exactly: v n rounds by at most n 2^-53,
// so only a product that close to a whole number needs fma's exact sign.
double stratum_of(double v, std::size_t n)
{
    const double vn = v * double(n), s = std::floor(vn);
    if (vn - s > 1e-6 && vn - s < 1 - 1e-6)
        return s;
    if (std::fma(v, double(n), -s) < 0.0)
        return s - 1.0;
    return std::fma(v, double(n), -(s + 1.0)) >= 0.0 ? s + 1.0 : s;
}

struct MatrixRow
{
    const char* what;
    std::size_t k;
    std::vector<double> corr;
    int status;
    tw_corr_problem problem;
    std::size_t row, col;
};

const std::vector<MatrixRow> matrix_rows = {
    { "3 x 3 valid", 3, { 1, 0.6, -0.3, 0.6, 1, 0.2, -0.3, 0.2, 1 }, TW_OK, TW_CORR_OK, 0, 0 },
    { "1 x 1", 1, { 1 }, TW_OK, TW_CORR_OK, 0, 0 },
    { "symmetric within 1E-12", 2, { 1, 0.5, 0.5 + 5e-13, 1 }, TW_OK, TW_CORR_OK, 0, 0 },
    { "a NaN entry", 2, { 1, nan_, nan_, 1 }, TW_EDOM, TW_CORR_NOT_FINITE, 0, 1 },
    { "an entry 1.5", 2, { 1, 1.5, 1.5, 1 }, TW_EDOM, TW_CORR_OUT_OF_RANGE, 0, 1 },
    { "a diagonal 0.9", 3, { 1, 0, 0, 0, 0.9, 0, 0, 0, 1 }, TW_EDOM, TW_CORR_DIAGONAL, 1, 1 },
    { "0.5 against 0.4", 3, { 1, 0, 0, 0, 1, 0.5, 0, 0.4, 1 }, TW_EDOM, TW_CORR_NOT_SYMMETRIC, 1,
      2 },
    { "perfectly correlated (singular)", 2, { 1, 1, 1, 1 }, TW_EDOM,
      TW_CORR_NOT_POSITIVE_DEFINITE, 1, 1 },
    { "a and b alike, b and c alike, a and c opposite", 3,
      { 1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1 }, TW_EDOM, TW_CORR_NOT_POSITIVE_DEFINITE, 2,
      2 },
    // det = 0.00102 > 0, but 2 sin(pi r / 6) of it has det < 0
    { "positive definite, its normal scores' matrix not", 3,
      { 1, 0.7, 0.7, 0.7, 1, -0.019, 0.7, -0.019, 1 }, TW_EDOM,
      TW_CORR_SCORES_NOT_POSITIVE_DEFINITE, 2, 2 },
};

class SamplingTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(SamplingTest);
    CPPUNIT_TEST(hdrReferenceValues);
    CPPUNIT_TEST(hdrDomain);
    CPPUNIT_TEST(hdrColumn);
    CPPUNIT_TEST(lhsStratified);
    CPPUNIT_TEST(lhsPointRounding);
    CPPUNIT_TEST(lhsBitIdentical);
    CPPUNIT_TEST(lhsDomain);
    CPPUNIT_TEST(matrixRows);
    CPPUNIT_TEST(imanConoverReachesTarget);
    CPPUNIT_TEST(imanConoverKeepsMarginals);
    CPPUNIT_TEST(imanConoverSmall);
    CPPUNIT_TEST(imanConoverRefusals);
    CPPUNIT_TEST_SUITE_END();

public:
    // The reference values printed by the hdr-random package (Probability
    // Management's HDR generator, PyPI hdr-random 0.0.4, README:
    // HDRandom(entity=10, varId=2, seed3=3, seed4=4).generate(counter)
    // for counter 1..9): equal to the bit (each is (k + 1/2) / 2^32, exact
    // in a double, and Python prints the shortest text that reads back).
    void hdrReferenceValues()
    {
        const tw_hdr_stream s = stream(2, 10, 3, 4);
        const double want[] = { 0.18532938009593636, 0.9937039703363553,
                                0.09836426738183945, 0.7941507144132629,
                                0.7279702170053497,  0.03101965703535825,
                                0.41562155552674085, 0.06352685287129134,
                                0.8691775795305148 };
        for (uint32_t trial = 1; trial <= 9; trial++)
            check_call("HDR(" + std::to_string(trial) + "; 2, 10, 3, 4)",
                       [&](double* out) { return tw_hdr_uniform(&s, trial, out); }, TW_OK,
                       Expect{ want[trial - 1], 0.0 });
        // The IDs' largest values keep every intermediate exact.
        const tw_hdr_stream top = stream(TW_HDR_ID_MAX, TW_HDR_ID_MAX, TW_HDR_ID_MAX,
                                         TW_HDR_ID_MAX);
        double u = NAN;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_hdr_uniform(&top, TW_HDR_ID_MAX, &u));
        CPPUNIT_ASSERT(u > 0.0 && u < 1.0);
    }

    void hdrDomain()
    {
        const tw_hdr_stream bad[] = { stream(TW_HDR_ID_MAX + 1, 1), stream(1, TW_HDR_ID_MAX + 1),
                                      stream(1, 1, UINT32_MAX), stream(1, 1, 0, TW_HDR_ID_MAX + 1) };
        for (const tw_hdr_stream& s : bad)
            check_call("HDR with an ID above 1E8",
                       [&](double* out) { return tw_hdr_uniform(&s, 1, out); }, TW_EDOM,
                       nan_result());
        const tw_hdr_stream s = stream(1, 1);
        check_call("HDR at trial 1E8 + 1",
                   [&](double* out) { return tw_hdr_uniform(&s, TW_HDR_ID_MAX + 1, out); },
                   TW_EDOM, nan_result());
        check_call("HDR of no stream",
                   [&](double* out) { return tw_hdr_uniform(nullptr, 1, out); }, TW_EDOM,
                   nan_result());
    }

    // u[i] = HDR(i + 1): SIPmath's trials; the same seed, the same bits.
    void hdrColumn()
    {
        const tw_hdr_stream s = stream(3, 1);
        std::vector<double> u(1000), again(1000);
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_hdr_uniforms(&s, u.size(), u.data()));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_hdr_uniforms(&s, again.size(), again.data()));
        CPPUNIT_ASSERT(u == again);
        double mean = 0.0;
        for (std::size_t i = 0; i < u.size(); i++)
        {
            double one = NAN;
            tw_hdr_uniform(&s, uint32_t(i + 1), &one);
            CPPUNIT_ASSERT_EQUAL(one, u[i]);
            mean += u[i] / double(u.size());
        }
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.5, mean, 4 * 0.2887 / std::sqrt(1000.0)); // 4 sigma
        CPPUNIT_ASSERT_EQUAL(int(TW_ESHAPE), tw_hdr_uniforms(&s, 0, u.data()));
    }

    // Each of the n strata [s/n, (s+1)/n) holds exactly one u, u in (0, 1).
    void lhsStratified()
    {
        for (std::size_t n : { std::size_t(1), std::size_t(2), std::size_t(3), std::size_t(10),
                               std::size_t(1000), std::size_t(100000) })
        {
            const std::vector<double> u = lhs(stream(1, 7), n);
            std::vector<char> hit(n, 0);
            for (double v : u)
            {
                CPPUNIT_ASSERT(v > 0.0 && v < 1.0);
                const double s = stratum_of(v, n);
                CPPUNIT_ASSERT(s >= 0.0 && s < double(n));
                CPPUNIT_ASSERT_MESSAGE("stratum hit twice, n = " + std::to_string(n),
                                       !hit[std::size_t(s)]);
                hit[std::size_t(s)] = 1;
            }
        }
        // n = 1: the plain Monte Carlo draw itself
        const tw_hdr_stream s = stream(4, 2);
        double u = NAN, plain = NAN;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_lhs_uniforms(&s, 1, &u));
        tw_hdr_uniform(&s, 1, &plain);
        CPPUNIT_ASSERT_EQUAL(plain, u);
    }

    // The point in its stratum where (s + U) / n rounds out of it: past
    // n = 2^20, s + U rounds to s + 1 for the generator's largest U,
    // 1 - 2^-33, and to s for its least, 2^-33.
    void lhsPointRounding()
    {
        const double lo = 0x1p-33, hi = 1.0 - 0x1p-33;
        for (std::size_t n : { std::size_t((1u << 21) + 3), std::size_t(TW_LHS_MAX_TRIALS),
                               std::size_t(3), std::size_t(1) })
            for (double s : { 0.0, double(n / 2), double(n - 1), double(1u << 21) })
                for (double jitter : { lo, hi, 0.5 })
                {
                    if (s >= double(n))
                        continue;
                    double u = NAN;
                    CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_lhs_point(s, jitter, n, &u));
                    CPPUNIT_ASSERT(u > 0.0 && u < 1.0);
                    CPPUNIT_ASSERT_MESSAGE("in its stratum, n = " + std::to_string(n),
                                           std::fma(u, double(n), -s) >= 0.0
                                               && std::fma(u, double(n), -(s + 1.0)) < 0.0);
                }
        const std::vector<std::pair<std::vector<double>, const char*>> bad = {
            { { 0, 0.5, 0 }, "n = 0" },      { { 3, 0.5, 3 }, "stratum = n" },
            { { 1.5, 0.5, 3 }, "stratum 1.5" }, { { -1, 0.5, 3 }, "stratum -1" },
            { { 1, 0, 3 }, "jitter 0" },     { { 1, 1, 3 }, "jitter 1" },
            { { 1, nan_, 3 }, "jitter NaN" } };
        for (const auto& [args, what] : bad)
            check_call(std::string("tw_lhs_point ") + what,
                       [&](double* out) {
                           return tw_lhs_point(args[0], args[1], std::size_t(args[2]), out);
                       },
                       TW_EDOM, nan_result());
    }

    void lhsBitIdentical()
    {
        const std::vector<double> a = lhs(stream(5, 1), 10000), b = lhs(stream(5, 1), 10000);
        CPPUNIT_ASSERT(a == b);
        const std::vector<double> other_seed = lhs(stream(5, 2), 10000);
        const std::vector<double> other_input = lhs(stream(6, 1), 10000);
        CPPUNIT_ASSERT(a != other_seed && a != other_input);
        // different streams are near independent
        CPPUNIT_ASSERT(std::fabs(spearman(a.data(), other_seed.data(), a.size())) < 0.04);
    }

    void lhsDomain()
    {
        std::vector<double> u(4, 0.25);
        const tw_hdr_stream bad = stream(TW_HDR_ID_MAX + 1, 1), s = stream(1, 1);
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_lhs_uniforms(&bad, u.size(), u.data()));
        for (double v : u)
            CPPUNIT_ASSERT(std::isnan(v));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_lhs_uniforms(nullptr, u.size(), u.data()));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_lhs_uniforms(&s, u.size(), nullptr));
        CPPUNIT_ASSERT_EQUAL(int(TW_ESHAPE), tw_lhs_uniforms(&s, 0, u.data()));
        CPPUNIT_ASSERT_EQUAL(int(TW_ESHAPE),
                             tw_lhs_uniforms(&s, std::size_t(TW_LHS_MAX_TRIALS) + 1, u.data()));
    }

    void matrixRows()
    {
        for (const MatrixRow& row : matrix_rows)
        {
            std::vector<unsigned char> work(tw_corr_check_work_size(row.k));
            tw_corr_check_result r = { TW_CORR_PROBLEM_COUNT, 99, 99 };
            const int status =
                tw_corr_check(row.corr.data(), row.k, work.data(), work.size(), &r);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(row.what) + ": status", row.status, status);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(row.what) + ": "
                                             + tw_corr_problem_text(r.problem),
                                         int(row.problem), int(r.problem));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(row.what) + ": row", row.row, r.row);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(row.what) + ": col", row.col, r.col);
        }
        std::vector<unsigned char> work(tw_corr_check_work_size(2));
        const double id[] = { 1, 0, 0, 1 };
        CPPUNIT_ASSERT_EQUAL(int(TW_ESHAPE), tw_corr_check(id, 0, work.data(), work.size(), nullptr));
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE),
                             tw_corr_check(id, 2, work.data(), work.size() - 1, nullptr));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_corr_check(nullptr, 2, work.data(), work.size(), nullptr));
        for (int p = 0; p <= TW_CORR_PROBLEM_COUNT; p++)
            CPPUNIT_ASSERT(tw_corr_problem_text(p)[0] != '\0');
    }

    // The test: a 3 x 3 matrix at 10,000 trials, every rank
    // correlation within 0.02 of its target; and identity, which removes
    // the chance correlation between the columns.
    void imanConoverReachesTarget()
    {
        const std::size_t n = 10000, k = 3;
        const std::vector<std::vector<double>> targets = {
            { 1, 0.6, -0.3, 0.6, 1, 0.2, -0.3, 0.2, 1 },
            { 1, 0.9, 0.8, 0.9, 1, 0.75, 0.8, 0.75, 1 },
            { 1, -0.7, 0.3, -0.7, 1, -0.2, 0.3, -0.2, 1 },
            { 1, 0, 0, 0, 1, 0, 0, 0, 1 } };
        for (const std::vector<double>& target : targets)
        {
            std::vector<double> x = sampled(n, k, 1);
            const std::vector<double> got = impose(x, n, k, target);
            for (std::size_t i = 0; i < k * k; i++)
                CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE("rank correlation " + std::to_string(i),
                                                     target[i], got[i], 0.02);
            if (&target == &targets.front())
            {
                std::vector<double> again = sampled(n, k, 1);
                impose(again, n, k, target);
                CPPUNIT_ASSERT_MESSAGE("bit-identical for the same seed", x == again);
            }
        }
    }

    void imanConoverKeepsMarginals()
    {
        const std::size_t n = 2000, k = 3;
        std::vector<double> x = sampled(n, k, 3);
        std::vector<double> before = x;
        impose(x, n, k, { 1, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 1 });
        for (std::size_t j = 0; j < k; j++)
        {
            std::sort(before.begin() + long(j * n), before.begin() + long(j * n + n));
            std::vector<double> col(x.begin() + long(j * n), x.begin() + long(j * n + n));
            std::sort(col.begin(), col.end());
            CPPUNIT_ASSERT(std::equal(col.begin(), col.end(), before.begin() + long(j * n)));
        }
    }

    // One input: nothing to correlate, the column keeps its order; fewer
    // trials than inputs: the scores' correlation is singular, and the
    // method still runs (without its correction).
    void imanConoverSmall()
    {
        std::vector<double> one = { 3, 1, 2, 5, 4 };
        const std::vector<double> kept = one;
        impose(one, 5, 1, { 1 });
        CPPUNIT_ASSERT(one == kept);
        std::vector<double> few = { 1, 2, 3, 4, 5, 6 };
        std::vector<unsigned char> work(tw_iman_conover_work_size(2, 3));
        const std::vector<double> corr = { 1, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 1 };
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_iman_conover(few.data(), 2, 3, corr.data(),
                                                         work.data(), work.size(), nullptr));
        std::vector<double> single = { 7, 8, 9 };
        std::vector<unsigned char> w1(tw_iman_conover_work_size(1, 3));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_iman_conover(single.data(), 1, 3, corr.data(),
                                                         w1.data(), w1.size(), nullptr));
        CPPUNIT_ASSERT((single == std::vector<double>{ 7, 8, 9 }));
    }

    // Every refusal leaves x as it was.
    void imanConoverRefusals()
    {
        const std::size_t n = 4, k = 2;
        std::vector<double> x = { 1, 2, 3, 4, 4, 3, 2, 1 };
        const std::vector<double> kept = x;
        std::vector<unsigned char> work(tw_iman_conover_work_size(n, k));
        const double good[] = { 1, 0.5, 0.5, 1 }, singular[] = { 1, 1, 1, 1 };
        tw_corr_check_result r;
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_iman_conover(x.data(), n, k, singular, work.data(),
                                                           work.size(), &r));
        CPPUNIT_ASSERT_EQUAL(int(TW_CORR_NOT_POSITIVE_DEFINITE), int(r.problem));
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE), tw_iman_conover(x.data(), n, k, good, work.data(),
                                                               work.size() - 1, &r));
        CPPUNIT_ASSERT_EQUAL(int(TW_ESHAPE),
                             tw_iman_conover(x.data(), 0, k, good, work.data(), work.size(), &r));
        CPPUNIT_ASSERT_EQUAL(int(TW_ESHAPE),
                             tw_iman_conover(x.data(), n, 0, good, work.data(), work.size(), &r));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM),
                             tw_iman_conover(nullptr, n, k, good, work.data(), work.size(), &r));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM),
                             tw_iman_conover(x.data(), n, k, good, nullptr, work.size(), &r));
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_iman_conover(x.data(), n, k, good,
                                                           work.data() + 1, work.size() - 1, &r));
        CPPUNIT_ASSERT(x == kept);
        x[5] = nan_;
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM),
                             tw_iman_conover(x.data(), n, k, good, work.data(), work.size(), &r));
        CPPUNIT_ASSERT(x[0] == 1 && x[4] == 4 && std::isnan(x[5]));
        CPPUNIT_ASSERT_EQUAL(std::size_t(0), tw_iman_conover_work_size(SIZE_MAX / 2, 1000));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(SamplingTest);
}
