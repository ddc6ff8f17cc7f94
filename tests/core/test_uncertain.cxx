// UNCERTAIN's distributions (core/tw_uncertain.h): each shape's quantile
// against reference quantiles, truncation, the median, the CDF, the metalog's
// feasibility bound, and every refusal with its problem and NaN.
//
// The reference quantiles were computed independently with Python's mpmath
// 1.3 at 40 significant digits (erfinv at extra precision in the far
// tails) from the shapes' defining formulas: Phi^-1 for the normal and
// lognormal, Keelin's SPT metalog coefficients, the triangular's inverse
// CDF; truncated rows as Q(F(min) + u (F(max) - F(min))) with F evaluated
// at 40 digits. Each u is the exact binary value of the double written.
#include "uncertain.hxx"

#include <cfloat>
#include <string>
#include <utility>
#include <vector>

using namespace tokwatt_test;

namespace
{
const double nan_ = NAN;

struct ShapeRow
{
    const char* what;
    double lo, hi, likely;
    const char* shape;
    double min, max;
    std::vector<std::pair<double, double>> quantiles; // u, reference x
    double median;
};

// The reference table (mpmath, see the top of this file).
const std::vector<ShapeRow> shape_rows = {
          { "default, 0 < lo: lognormal P5 = 2, P95 = 50", 2.0, 50.0, nan_, nullptr, nan_, nan_,
            { { 1e-300, 1.807481747343394e-15 }, { 1e-09, 0.028266390750617817 }, { 0.05, 2.0000000000000001 }, { 0.3, 5.9863122175391857 }, { 0.5, 10.0 }, { 0.95, 49.999999999999979 }, { 0.999999, 1046.9771126051003 } },
            10.0 },
          { "lognormal 1E-6 to 1E6", 1e-06, 1000000.0, nan_, "lognormal", nan_, nan_,
            { { 1e-12, 2.1878875481891721e-26 }, { 0.01, 3.266521337624808e-9 }, { 0.7, 81.823348078990196 }, { 0.99999999, 2.958877459196742e+20 } },
            0.99999999999999998 },
          { "default, lo <= 0: normal P5 = -3, P95 = 7", -3.0, 7.0, nan_, nullptr, nan_, nan_,
            { { 1e-300, -110.61517648844927 }, { 1e-09, -16.232038756311285 }, { 0.05, -2.9999999999999999 }, { 0.25, -0.050303258430851469 }, { 0.95, 6.9999999999999987 }, { 0.999999999, 20.232038770275903 } },
            2.0 },
          { "normal -1E-3 to 2E-3", -0.001, 0.002, nan_, "normal", nan_, nan_,
            { { 0.001, -0.0023180917640937753 }, { 0.6, 7.3103615329469751e-4 }, { 0.975, 0.0022873602420532077 } },
            5.0000000000000001e-4 },
          { "normal 2 to 3", 2.0, 3.0, nan_, "NORMAL", nan_, nan_,
            { { 0.1, 2.1104359851399685 }, { 0.9, 2.8895640148600315 } },
            2.5 },
          { "uniform -2 to 5", -2.0, 5.0, nan_, "uniform", nan_, nan_,
            { { 1e-300, -2.0 }, { 0.1, -1.3 }, { 0.75, 3.25 }, { 0.999999999, 4.9999999930000002 } },
            1.5 },
          { "loguniform 0.1 to 1000", 0.1, 1000.0, nan_, "LogUniform", nan_, nan_,
            { { 1e-09, 0.10000000092103405 }, { 0.25, 1.0 }, { 0.5, 10.0 }, { 0.9, 398.10717055349733 } },
            10.0 },
          { "triangular 1, 3, 10", 1.0, 10.0, 3.0, "triangular", nan_, nan_,
            { { 1e-12, 1.0000042426406871 }, { 0.2, 2.8973665961010277 }, { 0.2222222222222222, 2.9999999999999999 }, { 0.5, 4.3875139198390879 }, { 0.99, 9.2062746066806225 } },
            4.3875139198390879 },
          { "metalog -5, 3, 20", -5.0, 20.0, 3.0, nullptr, nan_, nan_,
            { { 1e-12, -67.381033479049956 }, { 0.05, -4.9999999999999999 }, { 0.5, 3.0 }, { 0.8, 10.297676314365787 }, { 0.95, 19.999999999999994 }, { 0.999999, 85.111152861185044 } },
            3.0 },
          { "metalog -1, 0.5, 1", -1.0, 1.0, 0.5, nullptr, nan_, nan_,
            { { 0.02, -1.5266875396839295 }, { 0.3, 0.14829080136014473 }, { 0.97, 1.0640472494478076 } },
            0.5 },
          { "log-metalog 0.4, 0.8, 0.9 (alpha_h)", 0.4, 0.9, 0.8, nullptr, nan_, nan_,
            { { 0.01, 0.26059619232567588 }, { 0.05, 0.40000000000000003 }, { 0.5, 0.80000000000000004 }, { 0.95, 0.90000000000000001 }, { 0.9999, 1.0465481586070269 } },
            0.80000000000000004 },
          { "log-metalog 5, 20, 200", 5.0, 200.0, 20.0, nullptr, nan_, nan_,
            { { 1e-06, 0.038006018585599045 }, { 0.05, 5.0000000000000001 }, { 0.6, 26.147180278100554 }, { 0.95, 199.99999999999984 } },
            20.0 },
          { "normal 0.4 to 0.9 truncated to [0, 1]", 0.4, 0.9, nan_, "normal", 0.0, 1.0,
            { { 1e-06, 0.003365652189769679 }, { 0.05, 0.39922566246545752 }, { 0.5, 0.64797394310031267 }, { 0.95, 0.88616543209174555 }, { 0.999999, 0.99999465761040243 } },
            0.64797394310031267 },
          { "lognormal 1.05 to 1.6 truncated to [1.1, max]", 1.05, 1.6, nan_, nullptr, 1.1, nan_,
            { { 0.01, 1.1070203105539334 }, { 0.5, 1.3171722340201379 }, { 0.99, 1.7546868041435177 } },
            1.3171722340201379 },
          { "normal -3 to 7 truncated far in the upper tail [15, 16]", -3.0, 7.0, nan_, nullptr, 15.0, 16.0,
            { { 0.001, 15.000530468421168 }, { 0.5, 15.332566927258385 }, { 0.999, 15.997718355142143 } },
            15.332566927258385 },
          { "normal -3 to 7 truncated far in the lower tail [min, -12]", -3.0, 7.0, nan_, nullptr, nan_, -12.0,
            { { 0.001, -15.872667646675816 }, { 0.5, -12.432264390355617 }, { 0.999, -12.000632815865551 } },
            -12.432264390355617 },
          { "metalog -5, 3, 20 truncated to [0, 30]", -5.0, 20.0, 3.0, nullptr, 0.0, 30.0,
            { { 0.01, 0.097082042678705553 }, { 0.5, 5.8434880741417574 }, { 0.99, 26.830281497490821 } },
            5.8434880741417574 },
          { "log-metalog 0.4, 0.8, 0.9 truncated to [min, 1]", 0.4, 0.9, 0.8, nullptr, nan_, 1.0,
            { { 0.05, 0.39994558592080396 }, { 0.5, 0.79989284787627166 }, { 0.95, 0.89991633149612963 } },
            0.79989284787627166 },
          { "triangular 1, 3, 10 truncated to [2, 8]", 1.0, 10.0, 3.0, "triangular", 2.0, 8.0,
            { { 0.1, 2.6080156360291668 }, { 0.5, 4.3652861652076776 }, { 0.9, 6.9096925719275115 } },
            4.3652861652076776 },
          { "uniform -2 to 5 truncated to [0, 1]", -2.0, 5.0, nan_, "uniform", 0.0, 1.0,
            { { 0.25, 0.25 }, { 0.5, 0.5 } },
            0.5 },
          { "loguniform 0.1 to 1000 truncated to [1, 2000]", 0.1, 1000.0, nan_, "loguniform", 1.0, 2000.0,
            { { 0.3, 7.9432823472428144 }, { 0.9, 501.18723362727236 } },
            31.622776601683793 },
};

struct Refusal
{
    const char* what;
    double lo, hi, likely;
    const char* shape;
    double min, max;
    tw_dist_problem problem;
};

const std::vector<Refusal> refusals = {
    { "lo NaN", nan_, 1, nan_, nullptr, nan_, nan_, TW_DIST_NOT_FINITE },
    { "hi +Inf", 1, HUGE_VAL, nan_, nullptr, nan_, nan_, TW_DIST_NOT_FINITE },
    { "likely -Inf", 1, 3, -HUGE_VAL, nullptr, nan_, nan_, TW_DIST_NOT_FINITE },
    { "min -Inf", 1, 3, nan_, nullptr, -HUGE_VAL, nan_, TW_DIST_NOT_FINITE },
    { "max +Inf", 1, 3, nan_, nullptr, nan_, HUGE_VAL, TW_DIST_NOT_FINITE },
    { "lo = hi", 5, 5, nan_, nullptr, nan_, nan_, TW_DIST_LO_NOT_BELOW_HI },
    { "lo > hi", 5, 2, nan_, "uniform", nan_, nan_, TW_DIST_LO_NOT_BELOW_HI },
    { "lognormal with lo = 0", 0, 2, nan_, "lognormal", nan_, nan_, TW_DIST_LOG_NONPOSITIVE },
    { "loguniform with lo < 0", -1, 2, nan_, "loguniform", nan_, nan_,
      TW_DIST_LOG_NONPOSITIVE },
    { "likely = lo", 1, 3, 1, nullptr, nan_, nan_, TW_DIST_LIKELY_OUTSIDE },
    { "likely = hi", 1, 3, 3, "triangular", nan_, nan_, TW_DIST_LIKELY_OUTSIDE },
    { "likely above hi", 1, 3, 4, nullptr, nan_, nan_, TW_DIST_LIKELY_OUTSIDE },
    { "triangular without likely", 1, 3, nan_, "triangular", nan_, nan_,
      TW_DIST_LIKELY_NEEDED },
    { "normal with likely", 1, 3, 2, "normal", nan_, nan_, TW_DIST_LIKELY_UNUSED },
    { "loguniform with likely", 1, 3, 2, "loguniform", nan_, nan_, TW_DIST_LIKELY_UNUSED },
    { "shape gamma", 1, 3, nan_, "gamma", nan_, nan_, TW_DIST_UNKNOWN_SHAPE },
    { "shape 'normal ' (a trailing space)", 1, 3, nan_, "normal ", nan_, nan_,
      TW_DIST_UNKNOWN_SHAPE },
    { "shape 'metalog' (chosen by likely, not by name)", 1, 3, 2, "metalog", nan_, nan_,
      TW_DIST_UNKNOWN_SHAPE },
    { "min = max", 1, 3, nan_, nullptr, 2, 2, TW_DIST_MIN_NOT_BELOW_MAX },
    { "min > max", 1, 3, nan_, nullptr, 2.5, 1.5, TW_DIST_MIN_NOT_BELOW_MAX },
    { "lognormal below max = -1: no mass", 1, 3, nan_, nullptr, nan_, -1, TW_DIST_NO_MASS },
    { "uniform -2 to 5 above min = 6: no mass", -2, 5, nan_, "uniform", 6, nan_,
      TW_DIST_NO_MASS },
    { "loguniform 1 to 10 in [0.1, 1]: no mass", 1, 10, nan_, "loguniform", 0.1, 1,
      TW_DIST_NO_MASS },
    { "triangular 1, 2, 3 in [3, 4]: no mass", 1, 3, 2, "triangular", 3, 4, TW_DIST_NO_MASS },
    { "normal -3 to 7 above 150 (S underflows): no mass", -3, 7, nan_, nullptr, 150, nan_,
      TW_DIST_NO_MASS },
    { "log-metalog 0.4, 0.8, 0.9 above 1E300 (S underflows): no mass", 0.4, 0.9, 0.8,
      nullptr, 1e300, nan_,
      TW_DIST_NO_MASS },
    // Keelin's bound |a3| / a2 < 1.66711: (likely - lo) / (hi - lo) in
    // (0.1248996, 0.8751004); on the log scale for lo > 0.
    { "metalog 0, 0.1248, 1: likely too close to lo", 0, 1, 0.1248, nullptr, nan_, nan_,
      TW_DIST_METALOG_INFEASIBLE },
    { "metalog -1, 0.7503, 1: likely too close to hi", -1, 1, 0.7503, nullptr, nan_, nan_,
      TW_DIST_METALOG_INFEASIBLE },
    { "log-metalog 1, 100^0.1248, 100", 1, 100, 1.7766423082036156, nullptr, nan_, nan_,
      TW_DIST_METALOG_INFEASIBLE },
    { "log-metalog 0.4, 0.89, 0.9 (alpha_h likely 0.89)", 0.4, 0.9, 0.89, nullptr, nan_, nan_,
      TW_DIST_METALOG_INFEASIBLE },
    { "normal 0 to the least subnormal: no spread", 0, DBL_TRUE_MIN, nan_, nullptr, nan_, nan_,
      TW_DIST_TOO_NARROW },
    { "lognormal 1E300 to the next double: ln lo = ln hi", 1e300, 1.0000000000000002e300,
      nan_, nullptr, nan_, nan_, TW_DIST_TOO_NARROW },
    { "-1E308 to 1E308: hi - lo overflows", -1e308, 1e308, nan_, "uniform", nan_, nan_,
      TW_DIST_TOO_WIDE },
};

std::string row_name(const char* what, double u)
{
    char text[64];
    std::snprintf(text, sizeof text, " at u = %.17g", u);
    return std::string(what) + text;
}

class UncertainTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(UncertainTest);
    CPPUNIT_TEST(normalQuantileRows);
    CPPUNIT_TEST(shapeQuantileRows);
    CPPUNIT_TEST(cdfInvertsQuantile);
    CPPUNIT_TEST(truncatedStaysInBounds);
    CPPUNIT_TEST(refusalRows);
    CPPUNIT_TEST(metalogFeasibleNearBound);
    CPPUNIT_TEST(quantileDomain);
    CPPUNIT_TEST(shapeNames);
    CPPUNIT_TEST(quantileArray);
    CPPUNIT_TEST_SUITE_END();

public:
    // AS 241 against Phi^-1 from mpmath (40 digits): both tails, either
    // side of the 0.075 / 0.925 switch between its rational functions.
    void normalQuantileRows()
    {
        const std::vector<std::pair<double, double>> rows = {
            { 1e-300, -37.047096299361199 },
            { 1e-100, -21.273453560965324 },
            { 1e-20, -9.2623400897984076 },
            { 1e-10, -6.3613409024040562 },
            { 0.001, -3.0902323061678135 },
            { 0.025, -1.9599639845400542 },
            { 0.075, -1.4395314709384559 },
            { 0.07499999999999998, -1.439531470938456 },
            { 0.3, -0.52440051270804082 },
            { 0.6, 0.25334710313579974 },
            { 0.925, 1.4395314709384562 },
            { 0.975, 1.9599639845400539 },
            { 0.9999999999, 6.3613408896974219 },
        };
        for (const auto& [p, z] : rows)
        {
            check_call(row_name("Phi^-1", p),
                       [&](double* out) { return tw_normal_quantile(p, out); }, TW_OK,
                      reference(z));
        }
        check_call("Phi^-1(0.5)",
                       [&](double* out) { return tw_normal_quantile(0.5, out); }, TW_OK, exact(0.0));
        for (double p : { 0.0, 1.0, -0.5, 1.5, nan_, HUGE_VAL })
        {
            check_call(row_name("Phi^-1", p),
                       [&](double* out) { return tw_normal_quantile(p, out); }, TW_EDOM,
                      nan_result());
        }
    }

    void shapeQuantileRows()
    {
        for (const ShapeRow& row : shape_rows)
        {
            tw_dist d;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(row.what) + ": made", int(TW_OK),
                                         make(row.lo, row.hi, row.likely, row.shape, row.min,
                                              row.max, &d));
            for (const auto& [u, x] : row.quantiles)
            {
                check_call(row_name(row.what, u),
                       [&](double* out) { return tw_dist_quantile(&d, u, out); }, TW_OK,
                          reference(x));
            }
            check_call(std::string(row.what) + ": median",
                       [&](double* out) { return tw_dist_median(&d, out); }, TW_OK,
                      reference(row.median));
        }
    }

    // F_T(Q_T(u)) = u within 1E-12 in probability (absolute: in a far-tail
    // truncation F_T is a difference of two small tails, S(min) - S(x),
    // which takes relative error where it cancels), and the CDF's ends.
    void cdfInvertsQuantile()
    {
        for (const ShapeRow& row : shape_rows)
        {
            tw_dist d;
            make(row.lo, row.hi, row.likely, row.shape, row.min, row.max, &d);
            for (double u : { 0.01, 0.05, 0.3, 0.5, 0.8, 0.95, 0.99 })
            {
                double x = 0.0;
                CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_quantile(&d, u, &x));
                check_call(row_name((std::string(row.what) + ": F(Q(u))").c_str(), u),
                           [&](double* out) { return tw_dist_cdf(&d, x, out); }, TW_OK,
                           Expect{ u, 1e-12 });
            }
            const std::vector<std::pair<double, Expect>> ends = {
                { -HUGE_VAL, exact(0.0) }, { HUGE_VAL, exact(1.0) } };
            for (const auto& [x, want] : ends)
                check_call(row_name((std::string(row.what) + ": F").c_str(), x),
                           [&](double* out) { return tw_dist_cdf(&d, x, out); }, TW_OK, want);
            check_call(std::string(row.what) + ": F(NaN)",
                       [&](double* out) { return tw_dist_cdf(&d, nan_, out); }, TW_EDOM,
                       nan_result());
        }
    }

    // A share stays in [0, 1] whatever u, down to the tails' last doubles.
    void truncatedStaysInBounds()
    {
        tw_dist d;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), make(0.4, 0.9, nan_, "normal", 0, 1, &d));
        for (double u : { DBL_TRUE_MIN, 1e-300, 1e-17, 0.5, 1 - DBL_EPSILON / 2 })
        {
            double x = NAN;
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_quantile(&d, u, &x));
            CPPUNIT_ASSERT_MESSAGE(row_name("share in [0, 1]", u), x >= 0.0 && x <= 1.0);
        }
        // a PUE >= 1, truncated below only
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), make(1.05, 1.6, nan_, nullptr, 1.0, nan_, &d));
        double x = NAN;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_quantile(&d, 1e-300, &x));
        CPPUNIT_ASSERT(x >= 1.0);
    }

    void refusalRows()
    {
        for (const Refusal& row : refusals)
        {
            tw_dist d;
            d.problem = TW_DIST_OK;
            const int status = make(row.lo, row.hi, row.likely, row.shape, row.min, row.max, &d);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(row.what) + ": status", int(TW_EDOM),
                                         status);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(std::string(row.what) + ": problem ("
                                             + tw_dist_problem_text(d.problem) + ")",
                                         int(row.problem), int(d.problem));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(row.what, int(TW_SHAPE_DEFAULT), int(d.shape));
            CPPUNIT_ASSERT_MESSAGE(row.what, std::isnan(d.lo) && std::isnan(d.p1)
                                                 && std::isnan(d.mass));
            check_call(std::string(row.what) + ": quantile",
                       [&](double* out) { return tw_dist_quantile(&d, 0.5, out); },
                      TW_EDOM, nan_result());
            check_call(std::string(row.what) + ": median",
                       [&](double* out) { return tw_dist_median(&d, out); }, TW_EDOM,
                      nan_result());
            check_call(std::string(row.what) + ": cdf",
                       [&](double* out) { return tw_dist_cdf(&d, 1.0, out); }, TW_EDOM,
                      nan_result());
        }
    }

    // Just inside Keelin's bound the metalog is a distribution: increasing.
    void metalogFeasibleNearBound()
    {
        for (double likely : { 0.1249, 0.8751 })
        {
            tw_dist d;
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), make(0, 1, likely, nullptr, nan_, nan_, &d));
            CPPUNIT_ASSERT_EQUAL(int(TW_SHAPE_METALOG), int(d.shape));
            double last = -HUGE_VAL;
            for (int i = 1; i < 4000; i++)
            {
                double x = NAN;
                CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_quantile(&d, i / 4000.0, &x));
                CPPUNIT_ASSERT_MESSAGE("metalog increasing", x > last);
                last = x;
            }
        }
        tw_dist d;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK),
                             make(1, 100, 1.7774606706429583 /* 100^0.1249 */, nullptr, nan_,
                                  nan_, &d));
        CPPUNIT_ASSERT_EQUAL(int(TW_SHAPE_LOGMETALOG), int(d.shape));
    }

    void quantileDomain()
    {
        tw_dist d;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), make(2, 50, nan_, nullptr, nan_, nan_, &d));
        for (double u : { 0.0, 1.0, -0.1, 1.1, nan_, -HUGE_VAL })
        {
            check_call(row_name("lognormal", u),
                       [&](double* out) { return tw_dist_quantile(&d, u, out); }, TW_EDOM,
                      nan_result());
        }
        double got = 0.0;
        check_call("NULL distribution",
                       [&](double* out) { return tw_dist_quantile(nullptr, 0.5, out); }, TW_EDOM,
                  nan_result());
        // the normal's far tail at the least u: finite
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), make(-3, 7, nan_, nullptr, nan_, nan_, &d));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_quantile(&d, DBL_TRUE_MIN, &got));
        CPPUNIT_ASSERT(got < -60.0);
        // a very wide normal overflows in its tail
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), make(-1e307, 1e307, nan_, nullptr, nan_, nan_, &d));
        check_call("wide normal at 1E-300",
                       [&](double* out) { return tw_dist_quantile(&d, 1e-300, out); }, TW_EOVERFLOW,
                  nan_result());
    }

    void shapeNames()
    {
        const std::vector<std::pair<const char*, tw_shape>> names = {
            { "normal", TW_SHAPE_NORMAL },         { "LogNormal", TW_SHAPE_LOGNORMAL },
            { "UNIFORM", TW_SHAPE_UNIFORM },       { "loguniform", TW_SHAPE_LOGUNIFORM },
            { "Triangular", TW_SHAPE_TRIANGULAR }, { "", TW_SHAPE_DEFAULT },
            { nullptr, TW_SHAPE_DEFAULT } };
        for (const auto& [name, want] : names)
        {
            tw_shape got = TW_SHAPE_COUNT;
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_shape_parse(name, &got));
            CPPUNIT_ASSERT_EQUAL(int(want), int(got));
        }
        tw_shape got = TW_SHAPE_COUNT;
        CPPUNIT_ASSERT_EQUAL(int(TW_ENOTFOUND), tw_shape_parse("lognorma", &got));
        CPPUNIT_ASSERT_EQUAL(int(TW_SHAPE_DEFAULT), int(got));
        CPPUNIT_ASSERT_EQUAL(std::string("log-metalog"),
                             std::string(tw_shape_name(TW_SHAPE_LOGMETALOG)));
        CPPUNIT_ASSERT_EQUAL(std::string("unknown"), std::string(tw_shape_name(-1)));
        for (int p = 0; p <= TW_DIST_PROBLEM_COUNT; p++)
            CPPUNIT_ASSERT(tw_dist_problem_text(p)[0] != '\0');
    }

    void quantileArray()
    {
        tw_dist d;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), make(2, 50, nan_, nullptr, nan_, nan_, &d));
        const double u[] = { 0.05, 0.0, 0.95 };
        double x[3];
        CPPUNIT_ASSERT_EQUAL(int(TW_EDOM), tw_dist_quantiles(&d, u, 3, x));
        double one = 0.0;
        tw_dist_quantile(&d, 0.05, &one);
        CPPUNIT_ASSERT_EQUAL(one, x[0]);
        CPPUNIT_ASSERT(std::isnan(x[1]) && std::isfinite(x[2]));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_quantiles(&d, u, 0, x));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(UncertainTest);
}
