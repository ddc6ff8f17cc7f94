// The source texts' figures computed by the installed add-in in a real
// Calc: every check `make run` shows, and the essay's "At scale" table
// through COHORT.
#include <cppunit/extensions/HelperMacros.h>

#include "../../sources/printed_figures.hxx"
#include "calc_fixture.hxx"

using namespace tokwatt;

namespace tokwatt_test
{
class SourcesTest : public CalcTest
{
    CPPUNIT_TEST_SUITE(SourcesTest);
    CPPUNIT_TEST(calculator_and_algorithms);
    CPPUNIT_TEST(at_scale_table);
    CPPUNIT_TEST(eeff_of_etok_displays_0_2803);
    CPPUNIT_TEST(readme_unit_conversions);
    CPPUNIT_TEST_SUITE_END();

public:
    // Every figure make run shows: it matches what the text prints, or,
    // where the text contradicts its own equations, what they give (and
    // then not the printed figure).
    void calculator_and_algorithms()
    {
        for (std::size_t i = 0; i < printed_figure_count; ++i)
        {
            const PrintedFigure& check = printed_figures[i];
            const auto result = book().eval(check.formula);
            const std::string what = std::string(check.quantity) + " " + check.formula;
            CPPUNIT_ASSERT_EQUAL_MESSAGE(what, error_name(calc_error::none),
                                         error_name(result.error));
            const char* expected = check.recomputed ? check.recomputed : check.printed;
            CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(what, printed_value(expected),
                                                 result.value / check.unit_in_si,
                                                 printed_tolerance(expected));
            if (check.recomputed)
                CPPUNIT_ASSERT_MESSAGE(what + ": the text's figure is known to be off",
                                       !matches_printed(result.value, check.printed,
                                                        check.unit_in_si));
        }
    }

    void at_scale_table()
    {
        Sheet& sheet = this->sheet();
        for (std::size_t i = 0; i < essay_cohort_count; ++i)
            sheet.set("A" + std::to_string(i + 1), essay_cohorts[i].users);
        const std::string last = std::to_string(essay_cohort_count);
        sheet.set_array("B1:D" + last, "=COHORT(A1:A" + last + ";53E3)");
        sheet.recalculate();
        for (std::size_t i = 0; i < essay_cohort_count; ++i)
        {
            const EssayCohort& c = essay_cohorts[i];
            const std::string row = std::to_string(i + 1);
            const double p_pop = sheet.value("B" + row);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(c.cohort, 0, sheet.error("B" + row));
            CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(c.cohort, c.users * 53e3, p_pop,
                                                 1e-15 * p_pop);
            CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(c.cohort, printed_value(c.printed),
                                                 p_pop / c.unit_in_si,
                                                 printed_tolerance(c.printed));
            CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(c.cohort, p_pop / 480e9, sheet.value("C" + row),
                                                 1e-15 * p_pop / 480e9);
            CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(c.cohort, p_pop / 1.74e17,
                                                 sheet.value("D" + row), 1e-15 * p_pop / 1.74e17);
        }
        // The essay's world row: K_1 ~ 2.5E-3 with the unrounded P_user.
        CPPUNIT_ASSERT_DOUBLES_EQUAL(2.48e-3,
                                     book().eval("=KARDASHEV(PPOP(8.1E9;PUSER(20E9;0.23)))").value,
                                     0.005e-3);
    }

    // The promise, as a user sees it in a cell formatted to 4 decimals.
    void eeff_of_etok_displays_0_2803()
    {
        const auto result = book().eval("=TEXT(EEFF(ETOK());\"0.0000\")");
        CPPUNIT_ASSERT_EQUAL(std::string("0.2803"), result.text);
    }

    // README: Calc's CONVERT turns the add-in's J and W into Wh and kW.
    void readme_unit_conversions()
    {
        const double e_eff = 1.4 * (0.5 * 700.0 / 200 + 0.5 * 1000.0 / 600) * 0.0775;
        const auto wh = book().eval("=CONVERT(EEFF(ETOK());\"J\";\"Wh\")");
        CPPUNIT_ASSERT_EQUAL(0, wh.error);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(e_eff / 3600, wh.value, 1e-12 * e_eff / 3600);
        const auto kw = book().eval("=CONVERT(PUSER(20E9;0.23);\"W\";\"kW\")");
        CPPUNIT_ASSERT_EQUAL(0, kw.error);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(20e9 * 0.23 / 86400 / 1e3, kw.value, 1e-9);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(SourcesTest);
}
