// The paper "Photons = Tokens": Landauer floor, efficiency gap, token and
// question budgets (Table 1, Table 2), TWh/yr <-> W. Its equations lost
// their symbols in extraction; the rows pin them with the paper's own
// printed figures, and paperMisprints lists the figures the equations do
// not reproduce.
#include "scalar.hxx"

#include <cmath>
#include <string>
#include <vector>

#include "../../core/tw_paper.h"

using namespace tokwatt_test;

namespace
{
const double inf = INFINITY;
const double k_B = 1.380649e-23; // J/K, exact SI
const double ln2 = 0.6931471805599453;

// A figure a source prints rounded to its last nonzero digit, "450",
// "2,200" or "4.8E11": equal within half a unit of that digit. (printed()
// reads "450" as exact to the unit; a table of "450 / 900 / 2,200" is not.)
Expect rounded(const char* text)
{
    std::string s;
    for (const char* p = text; *p; ++p)
        if (*p != ',')
            s += *p;
    const std::size_t e = s.find_first_of("eE");
    const std::string mantissa = s.substr(0, e);
    const int power = e == std::string::npos ? 0 : std::atoi(s.c_str() + e + 1);
    const std::size_t dot = mantissa.find('.');
    const std::size_t int_digits = dot == std::string::npos ? mantissa.size() : dot;
    int last = 0; // power of ten of the last nonzero digit
    for (std::size_t i = 0; i < mantissa.size(); ++i)
    {
        if (mantissa[i] < '1' || mantissa[i] > '9')
            continue;
        last = (dot == std::string::npos || i < dot) ? static_cast<int>(int_digits - 1 - i)
                                                     : -static_cast<int>(i - dot);
    }
    return { std::strtod(s.c_str(), nullptr), 0.5 * std::pow(10.0, last + power) };
}

using Args = std::vector<double>;

struct Row
{
    const char* what;
    Args args;
    int status;
    Expect want;
};

void run(const char* function, const Scalar& f, const std::vector<Row>& rows)
{
    for (const Row& row : rows)
    {
        double got = 0.0;
        const int status = f(row.args, &got);
        check_row(std::string(function) + " " + row.what, status, got, row.status, row.want);
    }
}

const Scalar landauer = table_scalar("tw_landauer");
const Scalar effgap = table_scalar("tw_effgap");
const Scalar tokenbudget = table_scalar("tw_tokenbudget");
const Scalar tokenspercapita = table_scalar("tw_tokenspercapita");
const Scalar questionbudget = table_scalar("tw_questionbudget");
const Scalar avgpower = table_scalar("tw_avgpower");
const Scalar annualtwh = table_scalar("tw_annualtwh");

// The paper's working values.
const double wh = 5e-4;   // Wh per token (Section 2.1)
const double pop = 8.0e9; // people (Section 3.1)
const double days = 365.0;

class PaperTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(PaperTest);
    CPPUNIT_TEST(landauerRows);
    CPPUNIT_TEST(effgapRows);
    CPPUNIT_TEST(tokenbudgetRows);
    CPPUNIT_TEST(tokenspercapitaRows);
    CPPUNIT_TEST(questionbudgetRows);
    CPPUNIT_TEST(table2);
    CPPUNIT_TEST(powerRows);
    CPPUNIT_TEST(domains);
    CPPUNIT_TEST(paperMisprints);
    CPPUNIT_TEST(roundedReadsFigures);
    CPPUNIT_TEST_SUITE_END();

public:
    // Section 2, Eq 1-2: k_B T ln 2 per bit, 12 bits per token.
    void landauerRows()
    {
        run("landauer", landauer,
            { { "(300 K, 1 bit), the spec", { 300, 1 }, TW_OK, printed("2.871E-21") },
              { "(300 K, 1 bit), the paper's 2.87E-21", { 300, 1 }, TW_OK, printed("2.87E-21") },
              { "(300 K, 1 bit) = k_B T ln 2", { 300, 1 }, TW_OK, exact(k_B * 300 * ln2) },
              { "(300 K, 12 bits), the spec", { 300, 12 }, TW_OK, printed("3.445E-20") },
              { "(300 K, 12 bits), Eq 2's 3.4E-20", { 300, 12 }, TW_OK, printed("3.4E-20") },
              // Section 2: "between [4 bits] and [16.6 bits]"
              { "(300 K, 4 bits)", { 300, 4 }, TW_OK, printed("1.148E-20") },
              { "(300 K, 16.6 bits)", { 300, 16.6 }, TW_OK, printed("4.766E-20") },
              { "(1 K, 1 bit)", { 1, 1 }, TW_OK, exact(k_B * ln2) },
              { "(300 K, 0 bits) erases nothing", { 300, 0 }, TW_OK, exact(0.0) },
              { "(300 K, -0 bits)", { 300, -0.0 }, TW_OK, exact(0.0) },
              { "(1E-320 K, 1 bit) underflows to 0", { 1e-320, 1 }, TW_OK, exact(0.0) },
              { "(1E300 K, 1E300 bits) overflows", { 1e300, 1e300 }, TW_EOVERFLOW, nan_result() },
              { "(0 K, 1 bit)", { 0, 1 }, TW_EDOM, nan_result() } });
    }

    // Section 2.1, Eq 3-4: 5E-4 Wh = 1.8 J per token against the floor.
    void effgapRows()
    {
        run("effgap", effgap,
            { { "(1.8 J, 12 bits, 300 K), the spec", { 1.8, 12, 300 }, TW_OK, printed("5.22E19") },
              { "(1.8 J, 12 bits, 300 K) = E / (k_B T ln 2 b)",
                { 1.8, 12, 300 },
                TW_OK,
                exact(1.8 / (k_B * 300 * ln2 * 12)) },
              { "(5E-4 Wh * 3600, 12, 300), Eq 3's joules", { wh * 3600, 12, 300 }, TW_OK,
                printed("5.22E19") },
              { "(0 J, 12 bits, 300 K)", { 0, 12, 300 }, TW_OK, exact(0.0) },
              { "(0 J over a floor that underflows to 0)", { 0, 1, 1e-320 }, TW_OK, exact(0.0) },
              { "(1.8 J over a floor that underflows to 0)", { 1.8, 1, 1e-320 }, TW_EOVERFLOW,
                nan_result() },
              { "(1.8 J over a subnormal floor)", { 1.8, 1, 1e-300 }, TW_EOVERFLOW,
                nan_result() },
              { "(1.8 J, 0 bits): no floor to compare with", { 1.8, 0, 300 }, TW_EDOM,
                nan_result() } });
    }

    // Section 3.1, Eq 8, and Table 1's token rows.
    void tokenbudgetRows()
    {
        double floor_j = NAN;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_landauer(300, 12, &floor_j));
        run("tokenbudget", tokenbudget,
            { { "(326 TWh, 5E-4 Wh), Eq 8", { 326, wh }, TW_OK, exact(6.52e17) },
              { "(65 TWh, 5E-4 Wh), Table 1 2024", { 65, wh }, TW_OK, exact(1.3e17) },
              // Table 1, "Maximum tokens at current efficiency": the US grid
              { "(4,178 TWh, 5E-4 Wh), Table 1", { 4178, wh }, TW_OK, exact(8.356e18) },
              // Table 1, "Landauer-limited tokens (entire US grid)": the
              // printed figure was lost in extraction; this is the equation.
              { "(4,178 TWh, Landauer floor in Wh), Table 1",
                { 4178, floor_j / 3600 },
                TW_OK,
                printed("4.3658E38") },
              // Eq 14: a question of 100 tokens costs 100 x 5E-4 Wh;
              // "roughly 6.5 quadrillion questions"
              { "(326 TWh, 100 x 5E-4 Wh per question), Eq 14", { 326, 100 * wh }, TW_OK,
                rounded("6.5E15") },
              { "(0 TWh)", { 0, wh }, TW_OK, exact(0.0) },
              { "(1E300 TWh, 1E-10 Wh) overflows", { 1e300, 1e-10 }, TW_EOVERFLOW,
                nan_result() } });
    }

    // Section 3.1, Eq 9, Table 1 "Capacity per person per day".
    void tokenspercapitaRows()
    {
        run("tokenspercapita", tokenspercapita,
            { { "(65 TWh), the spec's 44,521", { 65, wh, pop, days }, TW_OK, printed("44521") },
              { "(65 TWh) = 65E12 / 5E-4 / (8E9 * 365)", { 65, wh, pop, days }, TW_OK,
                printed("44520.548") },
              { "(65 TWh), Table 1's 44,500", { 65, wh, pop, days }, TW_OK, rounded("44,500") },
              { "(326 TWh), the spec's 223,288 (the paper prints 225,000)",
                { 326, wh, pop, days },
                TW_OK,
                printed("223288") },
              { "(326 TWh) = 326E12 / 5E-4 / (8E9 * 365)", { 326, wh, pop, days }, TW_OK,
                printed("223287.671") },
              { "(0 TWh)", { 0, wh, pop, days }, TW_OK, exact(0.0) },
              { "(1 TWh, 1 Wh, 1 person, 1 day)", { 1, 1, 1, 1 }, TW_OK, exact(1e12) },
              { "(1E300 TWh, 1E-10 Wh) overflows", { 1e300, 1e-10, 1, 1 }, TW_EOVERFLOW,
                nan_result() } });
    }

    // Section 5.3, Eq 15.
    void questionbudgetRows()
    {
        run("questionbudget", questionbudget,
            { { "(326 TWh, 100 tokens), the spec's 2,233", { 326, wh, 100, pop, days }, TW_OK,
                printed("2233") },
              { "(326 TWh, 100 tokens), Eq 15's 2,200", { 326, wh, 100, pop, days }, TW_OK,
                rounded("2,200") },
              { "(326 TWh, 100 tokens) = tokens per capita / 100",
                { 326, wh, 100, pop, days },
                TW_OK,
                printed("2232.8767") },
              { "(0 TWh)", { 0, wh, 100, pop, days }, TW_OK, exact(0.0) },
              { "(1E300 TWh, 1E-10 Wh) overflows", { 1e300, 1e-10, 1, 1, 1 }, TW_EOVERFLOW,
                nan_result() } });
    }

    // Table 2: questions per person per day by energy and tokens per
    // question, 5E-4 Wh per token, 8.0E9 people. Every cell the equation
    // reproduces at the paper's precision; the two it does not (both
    // printed "225") are asserted at the equation's value here and listed
    // in paperMisprints.
    void table2()
    {
        struct Cell
        {
            double twh, tokens;
            Expect want;
        };
        const std::vector<Cell> cells = {
            { 65, 100, rounded("450") },      { 165, 100, rounded("1,130") },
            { 326, 100, rounded("2,200") },   { 650, 100, rounded("4,500") },
            { 65, 250, rounded("180") },      { 165, 250, rounded("450") },
            { 326, 250, rounded("900") },     { 650, 250, rounded("1,800") },
            { 65, 500, rounded("90") },       { 165, 500, printed("226.03") }, // printed 225
            { 326, 500, rounded("450") },     { 650, 500, rounded("900") },
            { 65, 1000, rounded("45") },      { 165, 1000, rounded("113") },
            { 326, 1000, printed("223.29") }, // printed 225
            { 650, 1000, rounded("450") },
        };
        for (const Cell& c : cells)
        {
            double got = NAN;
            const int status = tw_questionbudget(c.twh, wh, c.tokens, pop, days, &got);
            check_row("Table 2 (" + std::to_string(int(c.twh)) + " TWh, "
                          + std::to_string(int(c.tokens)) + " tokens/question)",
                      status, got, TW_OK, c.want);
        }
    }

    // Section 3.2: the US grid's 4,178 TWh in 2023; 8,760 h a year.
    void powerRows()
    {
        run("avgpower", avgpower,
            { { "(4,178 TWh), the spec", { 4178 }, TW_OK, printed("4.77E11") },
              { "(4,178 TWh), the essay's 480 GW", { 4178 }, TW_OK, rounded("4.8E11") },
              { "(4,178 TWh) = 4178E12 / 8760", { 4178 }, TW_OK, exact(4178e12 / 8760) },
              { "(8.76 TWh) = 1 GW", { 8.76 }, TW_OK, exact(1e9) },
              { "(0 TWh)", { 0 }, TW_OK, exact(0.0) },
              { "(1E300 TWh): no intermediate overflow", { 1e300 }, TW_OK,
                exact(1e300 * (1e12 / 8760)) },
              { "(1.7E308 TWh) overflows", { 1.7e308 }, TW_EOVERFLOW, nan_result() } });
        run("annualtwh", annualtwh,
            { { "(1 GW) = 8.76 TWh", { 1e9 }, TW_OK, exact(8.76) },
              { "(480 GW), the essay's US grid", { 4.8e11 }, TW_OK, exact(4204.8) },
              { "(0 W)", { 0 }, TW_OK, exact(0.0) },
              { "(1.7E308 W)", { 1.7e308 }, TW_OK, exact(1.7e308 * (8760 / 1e12)) } });
        // The two are inverses.
        for (double twh : { 65.0, 326.0, 4178.0, 1e-9, 1e200 })
        {
            double w = NAN, back = NAN;
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_avgpower(twh, &w));
            const int status = tw_annualtwh(w, &back);
            check_row("annualtwh(avgpower(" + std::to_string(twh) + "))", status, back, TW_OK,
                      exact(twh));
        }
    }

    void domains()
    {
        check_domain("tw_landauer", { 300, 12 });
        check_domain("tw_effgap", { 1.8, 12, 300 });
        check_domain("tw_tokenbudget", { 326, wh });
        check_domain("tw_tokenspercapita", { 326, wh, pop, days });
        check_domain("tw_questionbudget", { 326, wh, 100, pop, days });
        check_domain("tw_avgpower", { 4178 });
        check_domain("tw_annualtwh", { 4.8e11 });
    }

    // Figures the paper prints that its own equations do not give: each
    // is outside half a unit of its last printed digit.
    void paperMisprints()
    {
        double per_capita = NAN, q165 = NAN, q326 = NAN, floor4 = NAN, floor166 = NAN;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_tokenspercapita(326, wh, pop, days, &per_capita));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_questionbudget(165, wh, 500, pop, days, &q165));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_questionbudget(326, wh, 1000, pop, days, &q326));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_landauer(300, 4, &floor4));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_landauer(300, 16.6, &floor166));
        struct Misprint
        {
            const char* where;
            double computed;
            const char* printed;
        };
        const std::vector<Misprint> misprints = {
            // Abstract, Eq 9, Table 1, Sections 3.4 and 8: 223,288
            { "tokens/person/day at 326 TWh", per_capita, "225,000" },
            // Section 3.1: 0.75 x 223,288 = 167,466 (0.75 x 225,000 = 168,750)
            { "words/person/day at 326 TWh", 0.75 * per_capita, "169,000" },
            // Table 2, 165 TWh, 500 tokens/question: 226.03
            { "Table 2 (165 TWh, 500)", q165, "225" },
            // Table 2 and Section 5.3, 326 TWh, 1,000 tokens/question: 223.29
            { "Table 2 (326 TWh, 1000)", q326, "225" },
            // Section 2: the floors at 16.6 and 4 bits are "a factor of five"
            // apart: 16.6 / 4 = 4.15
            { "Landauer floor 16.6 bits / 4 bits", floor166 / floor4, "5" },
        };
        for (const Misprint& m : misprints)
        {
            const Expect paper = rounded(m.printed);
            CPPUNIT_ASSERT_MESSAGE(std::string(m.where) + ": the paper's " + m.printed
                                       + " is now reproduced; update the misprint list",
                                   std::fabs(m.computed - paper.value) > paper.tolerance);
        }
    }

    void roundedReadsFigures()
    {
        struct Case
        {
            const char* text;
            double value, tolerance;
        };
        for (const Case& c : std::vector<Case>{ { "450", 450, 5 },
                                                { "2,200", 2200, 50 },
                                                { "1,130", 1130, 5 },
                                                { "225", 225, 0.5 },
                                                { "44,500", 44500, 50 },
                                                { "4.8E11", 4.8e11, 5e9 },
                                                { "6.5E15", 6.5e15, 5e13 },
                                                { "0.05", 0.05, 0.005 } })
        {
            const Expect e = rounded(c.text);
            CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(c.text, c.value, e.value, 0.0);
            CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(c.text, c.tolerance, e.tolerance,
                                                 c.tolerance * 1e-12);
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PaperTest);
}
