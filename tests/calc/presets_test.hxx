// The presets suite (test_presets*.cxx): the paper's budgets, the facility
// floor, the sourced preset catalog and power in words, typed into a real
// Calc: every figure the issue quotes, every preset of the catalog with its
// value, the exact texts the core documents, presets feeding the essay's
// model, and every kind of bad input with the exact error Calc shows.
//
// Each table row is a formula with the value it must give (computed here
// from the equations of core/tw_paper.h and core/tw_facility.h, never copied
// from a run), the text it must show (built from the formats documented in
// core/tw_catalog.h), or the Calc error it must show. Errors, as the add-in
// documents them:
//   Err:502  the add-in rejected an argument: a value outside its domain,
//            text where an optional number is read, an unknown preset name,
//            a preset of another kind, a field with no sourced value
//   #NUM!    (503) the result does not fit in a double
//   #VALUE!  (519) Calc itself: text for a plain number argument
//   Err:504  Calc itself: a required argument omitted, or too many
//
// Catalog values are listed in preset_catalog.cxx, not read from the core
// (this binary does not link it); each row names the row of core/catalog.c
// it comes from.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include <cppunit/extensions/HelperMacros.h>

#include "calc_fixture.hxx"
#include "formula_rows.hxx"
#include "preset_catalog.hxx"

namespace tokwatt_test
{
namespace presets
{
inline constexpr double k_b = 1.380649e-23; // J/K, exact in the SI since 2019
inline const double ln2 = std::log(2.0);
inline constexpr double hours_per_year = 8760.0;
inline constexpr double wh_per_twh = 1e12;
inline constexpr double population = 8.0e9; // the paper's N
inline constexpr double days = 365.0;       // the paper's D
inline constexpr int e502 = tokwatt::calc_error::illegal_argument;
inline constexpr int e504 = tokwatt::calc_error::parameter_expected;
inline constexpr int num = tokwatt::calc_error::num;
inline constexpr int value = tokwatt::calc_error::value;

// A formula whose result is text: the exact text, or a Calc error.
struct TextRow
{
    std::string formula;
    std::string text; // expected when error == 0
    int error;
};

inline TextRow says(const std::string& formula, const std::string& text)
{
    return { formula, text, 0 };
}
inline TextRow text_err(const std::string& formula, int error) { return { formula, "", error }; }
}

class PresetsTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(PresetsTest);
    CPPUNIT_TEST(paper_and_facility);
    CPPUNIT_TEST(every_preset_value);
    CPPUNIT_TEST(preset_texts);
    CPPUNIT_TEST(power_in_words);
    CPPUNIT_TEST(presets_feed_the_model);
    CPPUNIT_TEST(cohort_with_named_grids);
    CPPUNIT_TEST(bad_inputs);
    CPPUNIT_TEST(results_that_fit);
    CPPUNIT_TEST_SUITE_END();

public:
    // The paper's equations and the facility floor (test_presets.cxx).
    void paper_and_facility();
    void results_that_fit();
    // The catalog (test_presets_catalog.cxx).
    void every_preset_value();
    void preset_texts();
    // Power in words, presets in the model (test_presets_model.cxx).
    void power_in_words();
    void presets_feed_the_model();
    void cohort_with_named_grids();
    // Every kind of bad input (test_presets_errors.cxx).
    void bad_inputs();

protected:
    void check(const std::vector<Row>& rows) { check_rows(book(), rows); }

    // The same for formulas whose result is text.
    void check_text(const std::vector<presets::TextRow>& rows)
    {
        std::string failures;
        for (const presets::TextRow& row : rows)
        {
            const auto result = book().eval(row.formula);
            if (result.error != row.error)
                failures += "\n  " + row.formula + ": expected "
                            + (row.error ? error_name(row.error) : presets::quoted(row.text))
                            + ", got "
                            + (result.error ? error_name(result.error)
                                            : presets::quoted(result.text));
            else if (!row.error && result.text != row.text)
                failures += "\n  " + row.formula + ": expected\n    " + presets::quoted(row.text)
                            + "\n  got\n    " + presets::quoted(result.text);
        }
        CPPUNIT_ASSERT_MESSAGE(std::to_string(rows.size()) + " text formulas;" + failures,
                               failures.empty());
    }
};
}
