// Statistics of the trials (core/tw_statistics.h): Calc's PERCENTILE on
// small arrays computed by hand, average ranks, Pearson and Spearman,
// mean and standard deviation, sorting; and their refusals.
#include "uncertain.hxx"

#include <cfloat>
#include <string>
#include <vector>

using namespace tokwatt_test;

namespace
{
const double nan_ = NAN;

struct PercentileRow
{
    std::vector<double> sorted;
    double p;
    int status;
    Expect want;
};

// Hand-computed: h = (n - 1) p, x = s[floor h] + frac(h) (s[floor h + 1] - s[floor h]);
// the OK rows are what =PERCENTILE(range; p) shows in LibreOffice Calc 7.4.7.
const std::vector<PercentileRow> percentile_rows = {
    { { 1, 2, 3, 4 }, 0.0, TW_OK, exact(1) },
    { { 1, 2, 3, 4 }, 0.1, TW_OK, exact(1.3) },  // h = 0.3
    { { 1, 2, 3, 4 }, 0.25, TW_OK, exact(1.75) }, // h = 0.75
    { { 1, 2, 3, 4 }, 0.5, TW_OK, exact(2.5) },  // h = 1.5
    { { 1, 2, 3, 4 }, 0.9, TW_OK, exact(3.7) },  // h = 2.7
    { { 1, 2, 3, 4 }, 1.0, TW_OK, exact(4) },
    { { 10, 20, 30, 40, 50 }, 0.95, TW_OK, exact(48) }, // h = 3.8
    { { 10, 20, 30, 40, 50 }, 0.05, TW_OK, exact(12) }, // h = 0.2
    { { 10, 20, 30, 40, 50 }, 0.75, TW_OK, exact(40) }, // h = 3 exactly
    { { -5, -1, 0, 0, 2, 7 }, 0.3, TW_OK, exact(-0.5) }, // h = 1.5
    { { 1, 1, 1, 9 }, 0.9, TW_OK, exact(6.6) },         // h = 2.7: 1 + 0.7 * 8
    { { 5 }, 0.37, TW_OK, exact(5) },
    { { 1, 2 }, 0.05, TW_OK, exact(1.05) },
    { { 1, 2, 3, 4 }, -0.1, TW_EDOM, nan_result() },
    { { 1, 2, 3, 4 }, 1.0000000000000002, TW_EDOM, nan_result() },
    { { 1, 2, 3, 4 }, nan_, TW_EDOM, nan_result() },
    { { 1, 3, 2, 4 }, 0.5, TW_EDOM, nan_result() }, // not sorted
    { { 1, 2, nan_ }, 0.5, TW_EDOM, nan_result() },
    { { 1, HUGE_VAL }, 0.5, TW_EDOM, nan_result() },
    { {}, 0.5, TW_ESHAPE, nan_result() },
    { { -DBL_MAX, DBL_MAX }, 0.5, TW_EOVERFLOW, nan_result() },
};

std::vector<double> ranks_of(const std::vector<double>& x, int* status)
{
    std::vector<double> r(x.size(), -1.0);
    std::vector<unsigned char> work(tw_ranks_work_size(x.size()) + 1);
    *status = tw_ranks(x.data(), x.size(), r.data(), work.data(), work.size());
    return r;
}

class StatisticsTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(StatisticsTest);
    CPPUNIT_TEST(percentileRows);
    CPPUNIT_TEST(rankRows);
    CPPUNIT_TEST(correlationRows);
    CPPUNIT_TEST(meanSdRows);
    CPPUNIT_TEST(sortRows);
    CPPUNIT_TEST_SUITE_END();

public:
    void percentileRows()
    {
        for (const PercentileRow& row : percentile_rows)
        {
            std::string what = "PERCENTILE({";
            for (double v : row.sorted)
                what += std::to_string(v) + " ";
            what += "}; " + std::to_string(row.p) + ")";
            check_call(what,
                       [&](double* out) {
                           return tw_percentile_sorted(row.sorted.data(), row.sorted.size(),
                                                       row.p, out);
                       },
                       row.status, row.want);
        }
    }

    void rankRows()
    {
        const std::vector<std::pair<std::vector<double>, std::vector<double>>> rows = {
            { { 10, 20, 20, 30 }, { 1, 2.5, 2.5, 4 } },
            { { 3, 1, 2 }, { 3, 1, 2 } },
            { { 5, 5, 5 }, { 2, 2, 2 } },
            { { 7 }, { 1 } },
            { { -0.0, 0.0, -1 }, { 2.5, 2.5, 1 } }, // -0 and +0 tie
            { { 2, 1, 2, 1, 3 }, { 3.5, 1.5, 3.5, 1.5, 5 } } };
        for (const auto& [x, want] : rows)
        {
            int status = -1;
            const std::vector<double> got = ranks_of(x, &status);
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), status);
            CPPUNIT_ASSERT(got == want);
        }
        int status = -1;
        const std::vector<double> bad = ranks_of({ 1, nan_ }, &status);
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), status);
        CPPUNIT_ASSERT(std::isnan(bad[0]) && std::isnan(bad[1]));
        const double x[] = { 1, 2 };
        double r[2];
        std::vector<unsigned char> work(tw_ranks_work_size(2));
        CPPUNIT_ASSERT_EQUAL(int(TW_EBUFSIZE), tw_ranks(x, 2, r, work.data(), work.size() - 1));
        CPPUNIT_ASSERT_EQUAL(int(TW_ESHAPE), tw_ranks(x, 0, r, work.data(), work.size()));
    }

    void correlationRows()
    {
        struct Row
        {
            const char* what;
            std::vector<double> x, y;
            int pearson_status;
            Expect pearson;
            int spearman_status;
            Expect spearman;
        };
        const std::vector<Row> rows = {
            // dx = -1, 0, 1; dy = -7/3, -1/3, 8/3: 5 / sqrt(2 * 114/9)
            { "{1,2,3} vs {2,4,7}", { 1, 2, 3 }, { 2, 4, 7 }, TW_OK, exact(15 / std::sqrt(228.0)),
              TW_OK, exact(1) },
            // dy = -1.6, -0.6, 0.4, 1.4, 0.4: 6 / sqrt(10 * 5.2); ranks of y
            // {1, 2, 3.5, 5, 3.5}: 8 / sqrt(10 * 9.5)
            { "ties", { 1, 2, 3, 4, 5 }, { 5, 6, 7, 8, 7 }, TW_OK,
              exact(6 / std::sqrt(52.0)), TW_OK, exact(8 / std::sqrt(95.0)) },
            { "y = x^3, monotone", { -2, -1, 0, 1, 3 }, { -8, -1, 0, 1, 27 }, TW_OK,
              Expect{ 0.9, 0.1 }, TW_OK, exact(1) },
            { "reversed", { 1, 2, 3, 4 }, { 9, 7, 5, 1 }, TW_OK, Expect{ -0.97, 0.03 }, TW_OK,
              exact(-1) },
            { "y constant", { 1, 2, 3 }, { 4, 4, 4 }, TW_EDOM, nan_result(), TW_EDOM,
              nan_result() },
            { "one pair", { 1 }, { 2 }, TW_ESHAPE, nan_result(), TW_ESHAPE, nan_result() },
            { "x with NaN", { 1, nan_, 3 }, { 1, 2, 3 }, TW_EDOM, nan_result(), TW_EDOM,
              nan_result() },
            { "near DBL_MAX, no overflow", { DBL_MAX, -DBL_MAX, 0 }, { 1, -1, 0 }, TW_OK, exact(1),
              TW_OK, exact(1) },
        };
        for (const Row& row : rows)
        {
            const std::size_t n = row.x.size();
            check_call(std::string("pearson ") + row.what,
                       [&](double* out) { return tw_pearson(row.x.data(), row.y.data(), n, out); },
                       row.pearson_status, row.pearson);
            std::vector<unsigned char> work(tw_spearman_work_size(n) + 8);
            check_call(std::string("spearman ") + row.what,
                       [&](double* out) {
                           return tw_spearman(row.x.data(), row.y.data(), n, work.data(),
                                              work.size(), out);
                       },
                       row.spearman_status, row.spearman);
        }
        const double x[] = { 1, 2, 3 };
        std::vector<unsigned char> work(tw_spearman_work_size(3));
        check_call("spearman, work too small",
                   [&](double* out) { return tw_spearman(x, x, 3, work.data(), 8, out); },
                   TW_EBUFSIZE, nan_result());
    }

    void meanSdRows()
    {
        struct Row
        {
            const char* what;
            std::vector<double> x;
            int mean_status;
            Expect mean;
            int sd_status;
            Expect sd;
        };
        const std::vector<Row> rows = {
            { "{1,2,3,4}", { 1, 2, 3, 4 }, TW_OK, exact(2.5), TW_OK, exact(std::sqrt(5.0 / 3)) },
            { "{2,4,4,4,5,5,7,9}", { 2, 4, 4, 4, 5, 5, 7, 9 }, TW_OK, exact(5), TW_OK,
              exact(std::sqrt(32.0 / 7)) },
            { "{0.1, 0.2, 0.3}", { 0.1, 0.2, 0.3 }, TW_OK, exact(0.2), TW_OK, exact(0.1) },
            { "{1E308, 1E308}: no overflow", { 1e308, 1e308 }, TW_OK, exact(1e308), TW_OK,
              exact(0) },
            { "{1E308, -1E308}", { 1e308, -1e308 }, TW_OK, exact(0), TW_OK,
              exact(std::sqrt(2.0) * 1e308) },
            { "{DBL_MAX, -DBL_MAX}: sd overflows", { DBL_MAX, -DBL_MAX }, TW_OK, exact(0),
              TW_EOVERFLOW, nan_result() },
            { "{7}", { 7 }, TW_OK, exact(7), TW_ESHAPE, nan_result() },
            { "{}", {}, TW_ESHAPE, nan_result(), TW_ESHAPE, nan_result() },
            { "{1, +Inf}", { 1, HUGE_VAL }, TW_EDOM, nan_result(), TW_EDOM, nan_result() },
        };
        for (const Row& row : rows)
        {
            check_call(std::string("mean ") + row.what,
                       [&](double* out) { return tw_mean(row.x.data(), row.x.size(), out); },
                       row.mean_status, row.mean);
            check_call(std::string("sd ") + row.what,
                       [&](double* out) { return tw_sd(row.x.data(), row.x.size(), out); },
                       row.sd_status, row.sd);
        }
    }

    void sortRows()
    {
        std::vector<double> x = { 3, 0.0, -0.0, -1, 3, 2 };
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_sort(x.data(), x.size()));
        CPPUNIT_ASSERT((x == std::vector<double>{ -1, 0, 0, 2, 3, 3 }));
        CPPUNIT_ASSERT(std::signbit(x[1]) && !std::signbit(x[2]));
        std::vector<double> bad = { 2, nan_, 1 };
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_sort(bad.data(), bad.size()));
        CPPUNIT_ASSERT(bad[0] == 2 && bad[2] == 1);
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_sort(nullptr, 0));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(StatisticsTest);
}
