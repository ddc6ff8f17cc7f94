// Every tokwatt function typed into a real Calc: defaults, omitted and given
// optional arguments, lists in columns and rows, COHORT's array, and every
// kind of bad input with the exact error Calc shows.
//
// Each table row is a formula with the value it must give (computed here
// from the essay's equations, never copied from a run) or the Calc error it
// must show. Errors, as the add-in documents them:
//   Err:502  the add-in rejected an argument (text or an empty cell where it
//            reads a list or an optional number, a value outside its domain,
//            lists of different lengths, shares not summing to 1, ...)
//   #NUM!    (503) the result does not fit in a double
//   #VALUE!  (519) Calc itself: text for a plain number argument
//   Err:504  Calc itself: a required argument omitted, too many arguments,
//            or an error cell inside a range
//   and an error value given as an argument propagates with its own code.
//
// Inline arrays are one-dimensional lists written with ';' or '|' only:
// Sheet::set types a formula as a user would (en-US: ';' separates rows, ','
// columns), set_array uses the API's syntax (';' columns, '|' rows), and a
// one-dimensional list means the same in both. Orientation and 2-D inputs
// are tested with cell ranges.
#include <cppunit/extensions/HelperMacros.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "calc_fixture.hxx"
#include "formula_rows.hxx"

using namespace tokwatt;

namespace tokwatt_test
{
namespace
{
constexpr double day_s = 86400.0;     // seconds per day (Eq user_load)
constexpr double sun_w = 1.74e17;     // Kardashev Type-I threshold (Eq kardashev_frac)
constexpr double us_grid_w = 480e9;   // COHORT's default grid

}

class FunctionsTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(FunctionsTest);
    CPPUNIT_TEST(defaults_and_optional_arguments);
    CPPUNIT_TEST(lists_in_columns_and_rows);
    CPPUNIT_TEST(cohort_arrays);
    CPPUNIT_TEST(bad_inputs);
    CPPUNIT_TEST_SUITE_END();

    void check(const std::vector<Row>& rows) { check_rows(book(), rows); }

public:
    // Every function with its optional arguments omitted, some omitted in the
    // middle, and all given; literals only.
    void defaults_and_optional_arguments()
    {
        check({
            // Eq token_energy: E_tok = PUE * sum f_g P_g / T_g
            ok("=ETOK()", essay_etok),
            ok("=ETOK(;;;)", essay_etok),
            ok("=ETOK(;;;1.2)", 1.2 * (0.5 * 700.0 / 200 + 0.5 * 1000.0 / 600)),
            // shares for the default fleet
            ok("=ETOK(;;{0.25;0.75})", 1.4 * (0.25 * 700.0 / 200 + 0.75 * 1000.0 / 600)),
            ok("=ETOK({700;1000};{200;600})", essay_etok),
            ok("=ETOK({700|1000};{200|600})", essay_etok),
            ok("=ETOK({700;1000};{200;600};{0.5;0.5};1.2)",
               1.2 * (0.5 * 700.0 / 200 + 0.5 * 1000.0 / 600)),
            ok("=ETOK({700;1000};{200;600};{0.1;0.9})",
               1.4 * (0.1 * 700.0 / 200 + 0.9 * 1000.0 / 600)),
            ok("=ETOK({700;1000;400};{200;600;100};{0.5;0.3;0.2};1.1)",
               1.1 * (0.5 * 700.0 / 200 + 0.3 * 1000.0 / 600 + 0.2 * 400.0 / 100)),
            ok("=ETOK({700;1000;400};{200;600;100})",
               1.4 * (700.0 / 200 + 1000.0 / 600 + 400.0 / 100) / 3),
            ok("=ETOK({700;1000};{200;600};{1;0})", 1.4 * 700.0 / 200), // B200 absent
            ok("=ETOK(700;200)", 1.4 * 700.0 / 200),
            ok("=ETOK(700;200;1;1)", 700.0 / 200),
            ok("=ETOK(700;200;;{1.2})", 1.2 * 700.0 / 200), // a 1x1 array is a number
            ok("=ETOK(0;200)", 0.0),
            ok("=etok()", essay_etok), // names are case-insensitive

            // Eq cache_adjust: k = alpha_o + alpha_m beta_m + alpha_h beta_h
            ok("=CACHEFACTOR()", essay_k),
            ok("=CACHEFACTOR(;;;;)", essay_k),
            ok("=CACHEFACTOR(0.05;0.2;0.75;0.1;0.01)", essay_k),
            ok("=CACHEFACTOR({0.05})", essay_k),
            ok("=CACHEFACTOR(0.02;0.08;0.9)", 0.02 + 0.08 * 0.10 + 0.90 * 0.01), // Peter
            ok("=CACHEFACTOR(0.05;0.45;0.5)", 0.05 + 0.45 * 0.10 + 0.50 * 0.01), // pessimistic
            // the only alpha omitted is 1 minus the other two
            ok("=CACHEFACTOR(;0.45;0.5)", (1 - 0.45 - 0.5) + 0.45 * 0.10 + 0.50 * 0.01),
            ok("=CACHEFACTOR(0.05;;0.5)", 0.05 + (1 - 0.05 - 0.5) * 0.10 + 0.50 * 0.01),
            ok("=CACHEFACTOR(0.05;0.45)", 0.05 + 0.45 * 0.10 + (1 - 0.05 - 0.45) * 0.01),
            // two alphas omitted: they take the defaults
            ok("=CACHEFACTOR(0.05;;;0.2)", 0.05 + 0.20 * 0.20 + 0.75 * 0.01),
            ok("=CACHEFACTOR(;;;0;0)", 0.05),
            ok("=CACHEFACTOR(;;;;0.02)", 0.05 + 0.20 * 0.10 + 0.75 * 0.02),
            ok("=CACHEFACTOR(1;0;0)", 1.0),

            // E_eff = E_tok * k
            ok("=EEFF(ETOK())", essay_etok * essay_k),
            ok("=EEFF(ETOK();0.05;;0.75)", essay_etok * essay_k), // alpha_m = 0.20
            ok("=EEFF(2;0.1;;0.5)", 2 * (0.1 + 0.4 * 0.10 + 0.5 * 0.01)), // alpha_m = 0.4
            ok("=EEFF(3.6;0.02;0.08;0.9)", 3.6 * (0.02 + 0.08 * 0.10 + 0.90 * 0.01)),
            ok("=EEFF(3;0.5;0.5;0)", 3 * (0.5 + 0.5 * 0.10)),
            ok("=EEFF(3;;;;0.2;0.05)", 3 * (0.05 + 0.20 * 0.20 + 0.75 * 0.05)),
            ok("=EEFF(0)", 0.0),

            // Eq user_load: P_user = R E_eff / 86400
            ok("=PUSER(20E9;0.23)", 20e9 * 0.23 / day_s),
            ok("=PUSER(20E9;EEFF(ETOK()))", 20e9 * essay_etok * essay_k / day_s),
            ok("=PUSER(0;0.23)", 0.0),
            // Eq pop_load
            ok("=PPOP(8.1E9;53000)", 8.1e9 * 53000),
            ok("=PPOP(25000;PUSER(20E9;0.23))", 25000 * 20e9 * 0.23 / day_s),
            ok("=PPOP(0;53000)", 0.0),
            // Eq grid_ratio, Eq kardashev_frac
            ok("=GRIDRATIO(440E9;480E9)", 440e9 / 480e9),
            ok("=GRIDRATIO(0;1)", 0.0),
            ok("=GRIDRATIO(440E9)", 440e9 / us_grid_w), // default: US electricity
            ok("=GRIDRATIO(440E9;\"us_electricity\")", 440e9 / us_grid_w),
            ok("=KARDASHEV(1.74E17)", 1.0),
            ok("=KARDASHEV(429E12)", 429e12 / sun_w),
            ok("=KARDASHEV(PPOP(8.1E9;PUSER(20E9;0.23)))", 8.1e9 * 20e9 * 0.23 / day_s / sun_w),
            ok("=KARDASHEV(0)", 0.0),

            // Alg 1: N_max = floor(budget / P_user), whole users: exact
            ok("=NMAX(20E9;0.23;480E9)", std::floor(480e9 * day_s / (20e9 * 0.23)), 0),
            ok("=NMAX(86400;1;10)", 10.0, 0), // an exact fit
            ok("=NMAX(20E9;0.23;1)", 0.0, 0), // not one user
            ok("=NMAX(20E9;0.23;0)", 0.0, 0),
            // Alg 2: E_target = budget 86400 / (N R), gap = E_eff / E_target
            ok("=ETARGET(8.1E9;20E9;3.3E12)", 3.3e12 * day_s / (8.1e9 * 20e9)),
            ok("=ETARGET(1;86400;5)", 5.0),
            ok("=ETARGET(8.1E9;20E9;0)", 0.0),
            ok("=GAPFACTOR(0.23;8.1E9;20E9;3.3E12)", 0.23 / (3.3e12 * day_s / (8.1e9 * 20e9))),
            ok("=GAPFACTOR(ETARGET(8.1E9;20E9;3.3E12);8.1E9;20E9;3.3E12)", 1.0),
            ok("=GAPFACTOR(0;8.1E9;20E9;3.3E12)", 0.0),

            // COHORT in a plain cell shows the first cohort's power
            ok("=COHORT(5;2)", 5 * 2.0),
        });
    }

    // Lists typed on the sheet as columns and as rows, and the scalar
    // functions fed from cells.
    void lists_in_columns_and_rows()
    {
        Sheet& s = sheet();
        // a 2-GPU fleet in columns A:C, rows 1-2 ...
        s.set("A1", 700.0); s.set("A2", 1000.0);
        s.set("B1", 200.0); s.set("B2", 600.0);
        s.set("C1", 0.5); s.set("C2", 0.5);
        s.set("D1", 1.2); // a PUE
        // ... the same fleet in rows 5-7, shares 25/75
        s.set("A5", 700.0); s.set("B5", 1000.0);
        s.set("A6", 200.0); s.set("B6", 600.0);
        s.set("A7", 0.25); s.set("B7", 0.75);
        // a 3-GPU fleet in columns, rows 10-12
        s.set("A10", 700.0); s.set("A11", 1000.0); s.set("A12", 400.0);
        s.set("B10", 200.0); s.set("B11", 600.0); s.set("B12", 100.0);
        s.set("C10", 0.5); s.set("C11", 0.3); s.set("C12", 0.2);
        // Peter's cache profile, and the chain's scalars
        s.set("F1", 0.02); s.set("F2", 0.08); s.set("F3", 0.9);
        s.set("F4", 0.10); s.set("F5", 0.01);
        s.set("H1", 20e9); s.set("H2", 0.23); s.set("H3", 8.1e9);
        s.set("H4", 480e9); s.set("H5", 3.3e12);

        const double two_gpu = 0.5 * 700.0 / 200 + 0.5 * 1000.0 / 600;
        const double two_gpu_25_75 = 0.25 * 700.0 / 200 + 0.75 * 1000.0 / 600;
        const double peter_k = 0.02 + 0.08 * 0.10 + 0.90 * 0.01;
        const double user_w = 20e9 * 0.23 / day_s;
        check({
            // columns
            ok("=ETOK(A1:A2;B1:B2;C1:C2;1.2)", 1.2 * two_gpu),
            ok("=ETOK(A1:A2;B1:B2)", 1.4 * two_gpu),
            ok("=ETOK(A1:A2;B1:B2;C1:C2;D1)", 1.2 * two_gpu),
            ok("=ETOK(A1:A2;B1:B2;C1:C2;D1:D1)", 1.2 * two_gpu), // one-cell range
            // rows
            ok("=ETOK(A5:B5;A6:B6;A7:B7)", 1.4 * two_gpu_25_75),
            ok("=ETOK(A5:B5;A6:B6;A7:B7;D1)", 1.2 * two_gpu_25_75),
            ok("=ETOK(A5:B5;A6:B6)", 1.4 * two_gpu),
            // three GPU types
            ok("=ETOK(A10:A12;B10:B12;C10:C12)",
               1.4 * (0.5 * 700.0 / 200 + 0.3 * 1000.0 / 600 + 0.2 * 400.0 / 100)),
            ok("=ETOK(A10:A12;B10:B12)", 1.4 * (700.0 / 200 + 1000.0 / 600 + 400.0 / 100) / 3),
            // mixed orientation, equal lengths: accepted (documented)
            ok("=ETOK(A1:A2;A6:B6)", 1.4 * two_gpu),
            ok("=ETOK(A5:B5;B1:B2;C1:C2)", 1.4 * two_gpu),
            ok("=ETOK(A1:A2;B1:B2;A7:B7)", 1.4 * two_gpu_25_75),
            ok("=ETOK(A1:A2;{200;600};{0.25|0.75})", 1.4 * two_gpu_25_75),
            // one number for tdp and throughput
            ok("=ETOK(A1;B1)", 1.4 * 700.0 / 200),
            ok("=ETOK(A1;B1:B1)", 1.4 * 700.0 / 200),
            ok("=ETOK(A1:A1;B1)", 1.4 * 700.0 / 200),
            ok("=ETOK(700;B1;1;D1)", 1.2 * 700.0 / 200),
            // the cache profile from cells
            ok("=CACHEFACTOR(F1;F2;F3;F4;F5)", peter_k),
            ok("=CACHEFACTOR(F1;;F3)", peter_k), // alpha_m = 1 - 0.02 - 0.9
            ok("=EEFF(ETOK(A1:A2;B1:B2);F1;F2;F3)", 1.4 * two_gpu * peter_k),
            ok("=EEFF(ETOK(A5:B5;A6:B6;A7:B7;D1);F1;F2;F3;F4;F5)",
               1.2 * two_gpu_25_75 * peter_k),
            // the chain from cells
            ok("=PUSER(H1;H2)", user_w),
            ok("=PPOP(H3;PUSER(H1;H2))", 8.1e9 * user_w),
            ok("=GRIDRATIO(PPOP(H3;PUSER(H1;H2));H4)", 8.1e9 * user_w / 480e9),
            ok("=KARDASHEV(PPOP(H3;PUSER(H1;H2)))", 8.1e9 * user_w / sun_w),
            ok("=NMAX(H1;H2;H4)", std::floor(480e9 * day_s / (20e9 * 0.23)), 0),
            ok("=ETARGET(H3;H1;H5)", 3.3e12 * day_s / (8.1e9 * 20e9)),
            ok("=GAPFACTOR(H2;H3;H1;H5)", 0.23 / (3.3e12 * day_s / (8.1e9 * 20e9))),
            // A range given to a plain-number argument: Calc's own implicit
            // intersection takes the cell in the formula's row (Z1 -> H1);
            // the add-in never sees the range.
            ok("=KARDASHEV(H1:H2)", 20e9 / sun_w),
        });
    }

    // COHORT entered as an array formula over three columns: one row per
    // cohort whatever the orientation of users, each cell read back.
    void cohort_arrays()
    {
        Sheet& s = sheet();
        const double users[] = { 25000, 0, 8.1e9 }; // a town, nobody, the world
        const double grids[] = { 480e9, 2e12, 3.3e12 };
        for (int i = 0; i < 3; ++i)
        {
            const std::string row = std::to_string(i + 1);
            s.set("A" + row, users[i]);                           // users in A1:A3
            s.set(std::string(1, char('A' + i)) + "5", users[i]); // users in A5:C5
            s.set("G" + row, grids[i]);                           // grids in G1:G3
            s.set(std::string(1, char('G' + i)) + "5", grids[i]); // grids in G5:I5
        }
        s.set("A6", 1.0); s.set("B6", 2.0); s.set("C6", 3.0); // A5:C6 is 2-D
        s.set("D1", 1e300); s.set("D2", 1.0); s.set("D3", 0.0);
        s.set("D5", 1.0); // D5:D6: D6 stays empty
        s.set("E5", 1.0); s.set_text("E6", "abc");
        s.set("F5", 1.0); s.set("F6", -5.0);
        // E1 stays empty

        const double p = 53e3; // the essay's P_user
        const std::vector<CohortCase> cases = {
            { "=COHORT(A1:A3;53E3)",
              { cohort(users[0], p), cohort(users[1], p), cohort(users[2], p) } },
            { "=COHORT(A5:C5;53E3)",
              { cohort(users[0], p), cohort(users[1], p), cohort(users[2], p) } },
            { "=COHORT(A1:A3;53E3;G1:G3)",
              { cohort(users[0], p, grids[0]), cohort(users[1], p, grids[1]),
                cohort(users[2], p, grids[2]) } },
            { "=COHORT(A5:C5;53E3;G5:I5)",
              { cohort(users[0], p, grids[0]), cohort(users[1], p, grids[1]),
                cohort(users[2], p, grids[2]) } },
            { "=COHORT(A1:A3;53E3;G5:I5)", // mixed orientation, equal lengths
              { cohort(users[0], p, grids[0]), cohort(users[1], p, grids[1]),
                cohort(users[2], p, grids[2]) } },
            { "=COHORT(A1:A3;53E3;3.3E12)",
              { cohort(users[0], p, 3.3e12), cohort(users[1], p, 3.3e12),
                cohort(users[2], p, 3.3e12) } },
            { "=COHORT(A1:A3;53E3;G3)",
              { cohort(users[0], p, 3.3e12), cohort(users[1], p, 3.3e12),
                cohort(users[2], p, 3.3e12) } },
            { "=COHORT({10;20};10;{10|20})", { cohort(10, 10, 10), cohort(20, 10, 20) } },
            { "=COHORT(0;53E3)", { cohort(0, p) } }, // a zero-user cohort: 0 W
            { "=COHORT(A1:A3;E1)", // an empty p_user cell is 0 W per user
              { cohort(users[0], 0), cohort(users[1], 0), cohort(users[2], 0) } },
            // overflow: that cohort's row is #NUM!, the others are fine
            { "=COHORT(D1:D3;1E300)",
              { cohort_error(calc_error::num), cohort(1, 1e300), cohort(0, 1e300) } },
            { "=COHORT(1E300;1E10)", { cohort_error(calc_error::num) } },
            // bad inputs reject the whole array
            rejected("=COHORT(A1:A3;53E3;G1:G2)", 502), // grid length neither 1 nor 3
            rejected("=COHORT(A1:A3;53E3;{1;2})", 502),
            rejected("=COHORT(A1:A3;53E3;A1:A3)", 502), // a zero grid
            rejected("=COHORT(A5:C6;53E3)", 502),       // 2-D users
            rejected("=COHORT(A1:A3;53E3;G1:I5)", 502), // 2-D grid
            rejected("=COHORT(D5:D6;53E3)", 502),       // an empty cell
            rejected("=COHORT(E5:E6;53E3)", 502),       // a text cell
            rejected("=COHORT(F5:F6;53E3)", 502),       // negative users
            rejected("=COHORT(A1:A3;-1)", 502),
            rejected("=COHORT(A1:A3;53E3;E1)", 502), // an empty grid cell is 0
            rejected("=COHORT(A1:A3;\"abc\")", calc_error::value),
        };

        check_cohorts(s, cases);
    }

    // Every kind of bad input, with the error Calc really shows.
    void bad_inputs()
    {
        Sheet& s = sheet();
        s.set("A1", 700.0); s.set("A2", 1000.0);
        s.set("B1", 200.0); s.set("B2", 600.0);
        s.set("C1", 0.5); s.set("C2", 0.5);
        s.set_text("E1", "abc"); // a text cell
        // E2 stays empty
        s.set_text("E3", "5");   // a number typed as text
        s.set("E4", "=1/0");     // an error cell
        s.set("E5", "=TRUE()");  // a boolean cell
        s.set("E6", "=\"\"");    // an empty string
        s.set("G1", 700.0); // G1:G2: G2 stays empty
        s.set("H1", 700.0); s.set_text("H2", "abc");
        s.set("I1", 700.0); s.set("I2", "=1/0");
        s.set("J1", 0.5);   // J1:J2: J2 stays empty

        constexpr int e502 = calc_error::illegal_argument;
        constexpr int e504 = calc_error::parameter_expected;
        constexpr int num = calc_error::num;
        constexpr int value = calc_error::value;
        const double two_gpu = 0.5 * 700.0 / 200 + 0.5 * 1000.0 / 600;
        check({
            // --- text where a plain number (IDL double) is needed: Calc's #VALUE!
            err("=EEFF(\"abc\")", value),
            err("=PUSER(\"abc\";1)", value),
            err("=PUSER(1;\"abc\")", value),
            err("=PPOP(\"abc\";1)", value),
            err("=GRIDRATIO(1;\"abc\")", e502), // not a POWERREF name
            err("=KARDASHEV(\"abc\")", value),
            err("=NMAX(1;1;\"abc\")", value),
            err("=ETARGET(\"abc\";1;1)", value),
            err("=GAPFACTOR(1;1;1;\"abc\")", value),
            err("=COHORT(A1:A2;\"abc\")", value),
            err("=EEFF(E1)", value),
            err("=PUSER(E1;1)", value),
            err("=PUSER(1;E1)", value),
            err("=PPOP(1;E1)", value),
            err("=GRIDRATIO(E1;1)", value),
            err("=KARDASHEV(E1)", value),
            err("=NMAX(E1;1;1)", value),
            err("=ETARGET(1;1;E1)", value),
            err("=GAPFACTOR(E1;1;1;1)", value),
            err("=COHORT(A1:A2;E1)", value),
            err("=PUSER(\"\";1)", value),
            err("=PUSER(E6;1)", value),
            // Calc converts a number written as text before a plain-number
            // argument sees it; the optional (any) arguments get the text
            // itself and reject it.
            ok("=PUSER(\"5\";1)", 5 / day_s),
            ok("=PUSER(E3;1)", 5 / day_s),
            err("=ETOK(;;;\"1.2\")", e502),
            err("=ETOK(;;;E3)", e502),

            // --- text where an optional number or a list is read: Err:502
            err("=ETOK(\"abc\";200)", e502),
            err("=ETOK(700;\"abc\")", e502),
            err("=ETOK(700;200;\"abc\")", e502),
            err("=ETOK(;;;\"abc\")", e502),
            err("=ETOK(;;;\"\")", e502),
            err("=ETOK({700;\"abc\"};{200;600})", e502),
            err("=CACHEFACTOR(\"abc\")", e502),
            err("=CACHEFACTOR(;;;;\"abc\")", e502),
            err("=EEFF(1;\"abc\")", e502),
            err("=EEFF(1;;;;;\"abc\")", e502),
            err("=COHORT(\"abc\";1)", e502),
            err("=COHORT({1;\"abc\"};1)", e502),
            err("=COHORT(A1:A2;1;\"abc\")", e502),
            err("=ETOK(E1;200)", e502),
            err("=ETOK(700;E1)", e502),
            err("=ETOK(700;200;E1)", e502),
            err("=ETOK(A1:A2;B1:B2;C1:C2;E1)", e502),
            err("=ETOK(A1:A2;B1:B2;;E6)", e502),
            err("=ETOK(H1:H2;B1:B2)", e502), // a text cell inside a range
            err("=CACHEFACTOR(E1)", e502),
            err("=CACHEFACTOR(;;;E1)", e502),
            err("=EEFF(1;;E1)", e502),
            err("=COHORT(E1;1)", e502),
            err("=COHORT(A1:A2;1;E1)", e502),

            // --- an empty cell as a plain number is 0; then the domain decides
            ok("=EEFF(E2)", 0.0),
            ok("=PUSER(E2;0.23)", 0.0),
            ok("=PUSER(20E9;E2)", 0.0),
            ok("=PPOP(E2;1)", 0.0),
            ok("=GRIDRATIO(E2;1)", 0.0),
            err("=GRIDRATIO(1;E2)", e502), // grid_w must be > 0
            ok("=KARDASHEV(E2)", 0.0),
            err("=NMAX(E2;0.23;480E9)", e502), // tokens_per_day must be > 0
            err("=NMAX(20E9;E2;480E9)", e502), // e_eff must be > 0
            ok("=NMAX(20E9;0.23;E2)", 0.0, 0),
            err("=ETARGET(E2;20E9;1)", e502),
            err("=ETARGET(1;E2;1)", e502),
            ok("=ETARGET(1;20E9;E2)", 0.0),
            ok("=GAPFACTOR(E2;1;1;1)", 0.0),
            err("=GAPFACTOR(1;1;1;E2)", e502),
            // an empty single cell as an optional argument also arrives as 0
            err("=ETOK(;;;E2)", e502),              // pue 0 < 1
            err("=ETOK(E2;E2)", e502),              // throughput 0
            ok("=ETOK(E2;200)", 0.0),               // a GPU drawing 0 W
            err("=CACHEFACTOR(E2)", e502),          // alpha_o 0: shares sum to 0.95
            ok("=CACHEFACTOR(;;;E2;E2)", 0.05),     // free input tokens
            err("=COHORT(A1:A2;1;E2)", e502),       // grid 0
            ok("=COHORT(E2;53E3)", 0.0),            // a single empty cell: 0 users
            // an empty argument slot for a plain number: Calc hands the
            // add-in nothing it can call with (Err:502 before any code runs)
            err("=PUSER(;1)", e502),
            err("=PUSER(1;)", e502),
            err("=EEFF(;0.05)", e502),

            // --- an empty cell inside a range
            err("=ETOK(G1:G2;B1:B2)", e502),
            err("=ETOK(A1:A2;B1:B2;J1:J2)", e502),
            err("=ETOK(A1:A2;B1:B2;C1:C2;D1:D1)", e502), // one empty cell as pue
            err("=COHORT(G1:G2;1)", e502),

            // --- negative numbers and other values outside the domains
            err("=ETOK(-700;200)", e502),
            err("=ETOK(700;-200)", e502),
            err("=ETOK(700;0)", e502),
            // a GPU type with no throughput is rejected even at share 0
            err("=ETOK({700;1000};{200;0};{1;0})", e502),
            err("=EEFF(-1)", e502),
            err("=PUSER(-1;1)", e502),
            err("=PUSER(1;-1)", e502),
            err("=PPOP(-1;1)", e502),
            err("=PPOP(1;-1)", e502),
            err("=GRIDRATIO(-1;1)", e502),
            err("=GRIDRATIO(1;-1)", e502),
            err("=GRIDRATIO(1;0)", e502),
            err("=KARDASHEV(-1)", e502),
            err("=NMAX(-1;1;1)", e502),
            err("=NMAX(1;-1;1)", e502),
            err("=NMAX(1;1;-1)", e502),
            err("=NMAX(0;0.23;480E9)", e502), // a zero rate
            err("=NMAX(20E9;0;480E9)", e502), // free tokens: any number fits
            err("=ETARGET(-1;1;1)", e502),
            err("=ETARGET(0;20E9;3.3E12)", e502),
            err("=ETARGET(8.1E9;0;3.3E12)", e502),
            err("=ETARGET(1;1;-1)", e502),
            err("=GAPFACTOR(-1;1;1;1)", e502),
            err("=GAPFACTOR(1;0;1;1)", e502),
            err("=GAPFACTOR(1;1;0;1)", e502),
            err("=GAPFACTOR(0.23;8.1E9;20E9;0)", e502), // a zero budget
            err("=GAPFACTOR(1;1;1;-1)", e502),
            err("=COHORT(-1;1)", e502),

            // --- shares outside [0,1] or not summing to 1
            err("=CACHEFACTOR(1.1)", e502),
            err("=CACHEFACTOR(-0.1;0.35;0.75)", e502), // sums to 1, one negative
            err("=CACHEFACTOR(0.1;0.2;0.3)", e502),    // sums to 0.6
            err("=CACHEFACTOR(0.5;0.6)", e502),        // alpha_h would be -0.1
            err("=CACHEFACTOR(;0.9;0.5)", e502),       // alpha_o would be -0.4
            err("=CACHEFACTOR(;;;-0.1)", e502),        // beta_m < 0
            err("=CACHEFACTOR(;;;;-0.01)", e502),      // beta_h < 0
            err("=EEFF(3;0.5;0.6)", e502),
            err("=ETOK(A1:A2;B1:B2;{0.6;0.6})", e502),
            err("=ETOK(A1:A2;B1:B2;{1.5;-0.5})", e502),
            err("=ETOK(700;200;0.5)", e502),
            err("=ETOK(A1:A2;B1:B2;{0.5;0.500000002})", e502),
            // within the documented 1E-9 of 1: accepted as given
            ok("=ETOK(A1:A2;B1:B2;{0.5;0.5000000001})",
               1.4 * (0.5 * 700.0 / 200 + 0.5000000001 * 1000.0 / 600)),

            // --- pue below 1
            err("=ETOK(;;;0.99)", e502),
            err("=ETOK(;;;0)", e502),
            err("=ETOK(A1:A2;B1:B2;;-1)", e502),
            ok("=ETOK(;;;1)", two_gpu),

            // --- tdp and throughput must come together
            err("=ETOK(700)", e502),
            err("=ETOK(A1:A2)", e502),
            err("=ETOK(;B1:B2)", e502),
            err("=ETOK(A1:A2;;C1:C2)", e502),

            // --- lists of different lengths
            err("=ETOK(A1:A2;{200;600;300})", e502),
            err("=ETOK(A1:A2;B1)", e502),
            err("=ETOK(A1:A2;B1:B2;{0.5;0.3;0.2})", e502),
            err("=ETOK(A1:A2;B1:B2;1)", e502),
            err("=ETOK(;;1)", e502), // the default fleet has two types

            // --- a 2-D range where a list or a number is needed
            err("=ETOK(A1:B2;A1:B2)", e502),
            err("=ETOK(A1:A2;B1:B2;C1:C2;A1:A2)", e502), // a list as pue
            err("=CACHEFACTOR(C1:C2)", e502),
            err("=CACHEFACTOR({0.05;0.2})", e502),
            err("=COHORT(A1:B2;1)", e502),
            err("=COHORT(A1:A2;1;A1:B2)", e502),

            // --- an error value as an argument: Calc propagates its own code
            err("=PUSER(1/0;1)", div0),
            err("=PUSER(NA();1)", calc_error::na),
            err("=PUSER(E4;1)", div0),
            err("=ETOK(1/0;200)", div0),
            err("=ETOK(E4;200)", div0),
            err("=ETOK(;;;1/0)", div0),
            err("=CACHEFACTOR(1/0)", div0),
            err("=CACHEFACTOR(NA())", calc_error::na),
            err("=COHORT(1/0;1)", div0),
            err("=COHORT(A1:A2;1/0)", div0),
            // ... but an error cell INSIDE a range stops Calc from building
            // the list at all: Err:504, not the cell's own error
            err("=ETOK(I1:I2;B1:B2)", e504),
            err("=COHORT(I1:I2;1)", e504),
            err("=COHORT(A1:A2;1;I1:I2)", e504),

            // --- booleans are the numbers 1 and 0
            ok("=PUSER(TRUE();86400)", 1.0),
            ok("=PUSER(FALSE();1)", 0.0),
            ok("=PUSER(E5;86400)", 1.0),
            ok("=ETOK(700;200;;TRUE())", 700.0 / 200),
            ok("=ETOK(A1:A2;B1:B2;;E5)", two_gpu),
            ok("=CACHEFACTOR(TRUE();FALSE();FALSE())", 1.0),

            // --- results beyond a double: #NUM! (each of these is truly
            // beyond 1.8E308, not only an intermediate product)
            err("=PUSER(1E308;1E10)", num), // 1.2E313 W
            err("=PPOP(1E308;10)", num),
            err("=PPOP(1E300;1E300)", num),
            err("=EEFF(1E308;0;0;1;;2)", num),
            err("=ETOK(1E308;1E-300)", num),
            err("=GRIDRATIO(1E308;1E-300)", num),
            err("=NMAX(1E-300;1E-300;1E300)", num),
            err("=ETARGET(1E-300;1E-300;1E300)", num),
            err("=GAPFACTOR(1E300;1;1;1E-300)", num),
            // ... and large values that still fit
            ok("=CACHEFACTOR(0;0;1;;1E308)", 1e308),
            ok("=KARDASHEV(1E308)", 1e308 / sun_w),
            ok("=EEFF(1E308;1;0;0)", 1e308),
            // ... also when an intermediate product would not
            ok("=NMAX(1E10;1;1E305)", 1e305 / 1e10 * day_s),
            ok("=ETARGET(1E10;1E10;1E305)", 1e305 / 1e20 * day_s),
            ok("=GAPFACTOR(1;1E10;1E10;1E305)", 1 / (1e305 / 1e20 * day_s)),
            ok("=GAPFACTOR(0;1E300;1E300;1E-300)", 0.0),
            ok("=PUSER(1E300;1E10)", 1e300 / day_s * 1e10),
            ok("=PUSER(1E308;10)", 1e308 / day_s * 10),
            ok("=ETOK({1E308;1};{0.1;1};{0.001;0.999};1)", 0.001 * (1e308 / 0.1) + 0.999),

            // --- a budget of exactly N users' power fits N users, though
            // PPOP(N; PUSER(...)) carries roundings
            ok("=NMAX(20E9;EEFF(ETOK());PPOP(9;PUSER(20E9;EEFF(ETOK()))))", 9.0, 0),
            ok("=NMAX(20E9;EEFF(ETOK());PPOP(18;PUSER(20E9;EEFF(ETOK()))))", 18.0, 0),

            // --- required arguments omitted, or too many: Calc's Err:504
            // (the add-in is never called)
            err("=PUSER()", e504),
            err("=PUSER(1)", e504),
            err("=PUSER(1;2;3)", e504),
            err("=EEFF()", e504),
            err("=PPOP(1)", e504),
            err("=KARDASHEV()", e504),
            err("=NMAX(1;1)", e504),
            err("=ETARGET(1;1)", e504),
            err("=GAPFACTOR(1;1;1)", e504),
            err("=COHORT()", e504),
            err("=COHORT(A1:A2)", e504),
            err("=ETOK(1;2;3;4;5)", e504),
            err("=CACHEFACTOR(;;;;;)", e504),
        });
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FunctionsTest);
}
