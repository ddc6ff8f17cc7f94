// The template workbooks, as the installed extension ships them: they are
// registered as Calc templates, open and recalculate with the add-in, every
// computed figure matches the expected one (the printed figure, or what the
// equations give where the text is wrong), no cell shows an error, every
// input is guarded by a validity rule with a message, changing an input
// moves the results, and no file contains macros.
#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/theMacroExpander.hpp>
#include <com/sun/star/util/thePathSettings.hpp>
#include <rtl/uri.hxx>

#include "../../tools/workbook_report.hxx"
#include "calc_fixture.hxx"
#include "../../addin/common/strings.hxx"

using namespace tokwatt;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt_test
{
namespace
{


// A template path as a local path: extension folders come as
// vnd.sun.star.expand: URLs naming $UNO_USER_PACKAGES_CACHE.
std::string local_path(const std::string& url)
{
    const std::string expand = "vnd.sun.star.expand:";
    std::string file_url = url;
    if (url.rfind(expand, 0) == 0)
    {
        const OUString macro = rtl::Uri::decode(OUString::createFromAscii(url.substr(expand.size()).c_str()),
                                                rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8);
        auto expander = css::util::theMacroExpander::get(office().context());
        file_url = to_utf8(expander->expandMacros(macro));
    }
    CPPUNIT_ASSERT_MESSAGE(file_url, file_url.rfind("file://", 0) == 0);
    return to_utf8(rtl::Uri::decode(OUString::createFromAscii(file_url.substr(7).c_str()),
                                   rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
}

// The installed extension's templates folder, from Calc's own template
// paths (Paths.xcu adds it): the proof they show in File > New > Templates.
std::string installed_templates_dir()
{
    auto paths = css::util::thePathSettings::get(office().context());
    const std::string all = to_utf8(paths->getPropertyValue("Template").get<OUString>());
    std::size_t start = 0;
    while (start <= all.size())
    {
        const std::size_t end = std::min(all.find(';', start), all.size());
        const std::string url = all.substr(start, end - start);
        if (url.find("tokwatt.oxt/templates") != std::string::npos)
            return local_path(url) + "/tokwatt"; // the category's folder
        start = end + 1;
    }
    return "";
}

struct Cell
{
    Reference<css::sheet::XSpreadsheet> sheet;
    sal_Int32 column, row;
    Reference<css::table::XCell> get() const { return sheet->getCellByPosition(column, row); }
};

// Every non-empty cell of every sheet.
std::vector<Cell> used_cells(const Reference<css::lang::XComponent>& document)
{
    std::vector<Cell> cells;
    for_each_used_cell(document, [&](const Reference<css::sheet::XSpreadsheet>& sheet,
                                     sal_Int32 column, sal_Int32 row) {
        if (sheet->getCellByPosition(column, row)->getType() != css::table::CellContentType_EMPTY)
            cells.push_back({ sheet, column, row });
    });
    return cells;
}

// Another value the input's rule allows: halfway to its upper bound, or
// half as much again when there is none.
double nudged(double value, const Reference<css::beans::XPropertySet>& validation)
{
    Reference<css::sheet::XSheetCondition> condition(validation, UNO_QUERY_THROW);
    const double min = std::stod(to_utf8(condition->getFormula1()));
    const bool between = condition->getOperator() == css::sheet::ConditionOperator_BETWEEN;
    const std::string bound = between ? to_utf8(condition->getFormula2()) : "";
    std::size_t used = 0;
    const double max = between ? std::stod(bound, &used) : INFINITY;
    if (between && used != bound.size()) // a bound that depends on other inputs
        return (value + min) / 2;
    if (value < max)
        return std::isinf(max) ? value * 1.5 + 1 : (value + max) / 2;
    return (value + min) / 2;
}

// The names a list rule offers: its formula "\"a\";\"b\"".
std::vector<std::string> listed(const Reference<css::beans::XPropertySet>& validation)
{
    const std::string list
        = to_utf8(Reference<css::sheet::XSheetCondition>(validation, UNO_QUERY_THROW)->getFormula1());
    std::vector<std::string> names;
    for (std::size_t at = list.find('"'); at != std::string::npos;)
    {
        const std::size_t end = list.find('"', at + 1);
        if (end == std::string::npos)
            break;
        names.push_back(list.substr(at + 1, end - at - 1));
        at = list.find('"', end + 1);
    }
    return names;
}

// The first cell of a workbook-wide name.
Reference<css::table::XCell> named(const Reference<css::lang::XComponent>& document,
                                   const char* name)
{
    Reference<css::sheet::XNamedRanges> names(
        Reference<css::beans::XPropertySet>(document, UNO_QUERY_THROW)
            ->getPropertyValue("NamedRanges"),
        UNO_QUERY_THROW);
    CPPUNIT_ASSERT_MESSAGE(name, names->hasByName(OUString::createFromAscii(name)));
    Reference<css::sheet::XCellRangeReferrer> referrer(
        names->getByName(OUString::createFromAscii(name)), UNO_QUERY_THROW);
    return referrer->getReferredCells()->getCellByPosition(0, 0);
}

// The essay's fleet, worked out here: H100 700 W at 200 tokens/s and B200
// 1000 W at 600 tokens/s, equal shares, PUE 1.4.
const double essay_e_tok = 1.4 * (700.0 / 200 + 1000.0 / 600) / 2;

std::string cell_style(const Cell& cell)
{
    return to_utf8(Reference<css::beans::XPropertySet>(cell.get(), UNO_QUERY_THROW)
                      ->getPropertyValue("CellStyle")
                      .get<OUString>());
}
}

class TemplatesTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(TemplatesTest);
    CPPUNIT_TEST(registered_as_calc_templates);
    CPPUNIT_TEST(every_figure_matches_and_no_cell_shows_an_error);
    CPPUNIT_TEST(inputs_are_guarded_and_drive_the_results);
    CPPUNIT_TEST(status_says_why_in_words);
    CPPUNIT_TEST(no_macros);
    CPPUNIT_TEST(calibration_figures);
    CPPUNIT_TEST(carbon_and_water_panel);
    CPPUNIT_TEST_SUITE_END();

public:
    void registered_as_calc_templates()
    {
        const std::string dir = installed_templates_dir();
        CPPUNIT_ASSERT_MESSAGE("the extension's templates folder is a Calc template path",
                               !dir.empty());
        const auto installed = templates_in(dir);
        CPPUNIT_ASSERT_MESSAGE("templates are installed", !installed.empty());
        CPPUNIT_ASSERT(installed == templates_in(built_templates_dir()));
        // The Template Manager's category is the folder's name.
        CPPUNIT_ASSERT_EQUAL(std::string("tokwatt"), dir.substr(dir.rfind('/') + 1));
        for (const std::string& file : installed)
        {
            auto document = office().load(dir + "/" + file);
            const std::string title = to_utf8(
                Reference<css::document::XDocumentPropertiesSupplier>(document, UNO_QUERY_THROW)
                    ->getDocumentProperties()
                    ->getTitle());
            close(document);
            CPPUNIT_ASSERT_MESSAGE(file + ": a title", title.size() > 10);
            CPPUNIT_ASSERT_MESSAGE(file + ": a title in words, not the file name: " + title,
                                   title != file.substr(0, file.size() - 4)
                                       && title.find(' ') != std::string::npos);
        }
    }

    // The essay calculator's status cell says in words why results fail.
    void status_says_why_in_words()
    {
        auto document = office().load(installed_templates_dir() + "/essay-calculator.ots");
        Sheet sheet(document);
        Reference<css::sheet::XSpreadsheetDocument> book(document, UNO_QUERY_THROW);
        Reference<css::sheet::XSpreadsheet> calculator(book->getSheets()->getByName("Calculator"),
                                                       UNO_QUERY_THROW);
        // The status is beside the verdict (row 3), from column C.
        auto status = [&] {
            sheet.recalculate();
            return to_utf8(Reference<css::text::XTextRange>(calculator->getCellByPosition(2, 2),
                                                            UNO_QUERY_THROW)
                               ->getString());
        };
        auto input = [&](const std::string& label) {
            for (sal_Int32 row = 0; row < 60; ++row)
                if (to_utf8(Reference<css::text::XTextRange>(calculator->getCellByPosition(0, row),
                                                             UNO_QUERY_THROW)
                                ->getString())
                        .rfind(label, 0)
                    == 0)
                    return calculator->getCellByPosition(1, row);
            CPPUNIT_FAIL("no input " + label);
            return Reference<css::table::XCell>();
        };
        CPPUNIT_ASSERT_EQUAL(std::string("All inputs are in range: every figure is computed."),
                             status());
        input("alpha_h")->setValue(0.99);
        const std::string too_much = status();
        CPPUNIT_ASSERT_MESSAGE(too_much,
                               too_much.find("alpha_o + alpha_h exceed 1: alpha_m would be -0.04")
                                   != std::string::npos);
        input("alpha_h")->setValue(0.75);
        input("PUE")->setFormula("");
        const std::string empty = status();
        CPPUNIT_ASSERT_MESSAGE(empty, empty.rfind("Error: ", 0) == 0
                                          && empty.find("is empty") != std::string::npos
                                          && empty.find("PUE is at least 1") != std::string::npos);
        // The checks stand apart from the inputs: they still hold.
        const WorkbookReport report = inspect(document);
        close(document);
        CPPUNIT_ASSERT_MESSAGE("TW_ALL_MATCH with an empty input", report.all_match);
    }

    void every_figure_matches_and_no_cell_shows_an_error()
    {
        for (const std::string& file : templates_in(installed_templates_dir()))
        {
            auto document = office().load(installed_templates_dir() + "/" + file);
            Sheet(document).recalculate();
            const WorkbookReport report = inspect(document);
            close(document);
            CPPUNIT_ASSERT_MESSAGE(file + ": has TW_ALL_MATCH", report.has_all_match);
            CPPUNIT_ASSERT_MESSAGE(file + ": checks figures", !report.checks.empty());
            for (const CheckRow& check : report.checks)
            {
                CPPUNIT_ASSERT_MESSAGE(file + " " + check.where + ": a tolerance",
                                       check.tolerance > 0);
                CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(file + " " + check.where, check.expected,
                                                     check.computed,
                                                     check.tolerance * (1 + 1e-9));
            }
            CPPUNIT_ASSERT_MESSAGE(file + ": TW_ALL_MATCH is TRUE", report.all_match);
            CPPUNIT_ASSERT_MESSAGE(file + ": error cells: "
                                       + (report.error_cells.empty() ? ""
                                                                     : report.error_cells.front()),
                                   report.error_cells.empty());
        }
    }

    // Every input carries a validity rule with a message in words, and
    // changing any input changes some computed figure.
    void inputs_are_guarded_and_drive_the_results()
    {
        for (const std::string& file : templates_in(installed_templates_dir()))
        {
            auto document = office().load(installed_templates_dir() + "/" + file);
            Sheet sheet(document);
            sheet.recalculate();
            const auto cells = used_cells(document);
            std::vector<Cell> formulas, inputs;
            for (const Cell& cell : cells)
            {
                if (cell.get()->getType() == css::table::CellContentType_FORMULA)
                    formulas.push_back(cell);
                if (cell_style(cell) == "tokwatt Input")
                    inputs.push_back(cell);
            }
            CPPUNIT_ASSERT_MESSAGE(file + ": has inputs", !inputs.empty());
            for (const Cell& input : inputs)
            {
                const std::string where = file + " input at column "
                                          + std::to_string(input.column) + " row "
                                          + std::to_string(input.row + 1);
                Reference<css::beans::XPropertySet> validation(
                    Reference<css::beans::XPropertySet>(input.get(), UNO_QUERY_THROW)
                        ->getPropertyValue("Validation"),
                    UNO_QUERY_THROW);
                CPPUNIT_ASSERT_MESSAGE(where + ": a validity rule",
                                       validation->getPropertyValue("Type")
                                               .get<css::sheet::ValidationType>()
                                           != css::sheet::ValidationType_ANY);
                CPPUNIT_ASSERT_MESSAGE(where + ": shows its error message",
                                       validation->getPropertyValue("ShowErrorMessage").get<bool>());
                CPPUNIT_ASSERT_MESSAGE(
                    where + ": a message in words",
                    validation->getPropertyValue("ErrorMessage").get<OUString>().getLength() > 10);

                std::vector<double> before;
                for (const Cell& f : formulas)
                    before.push_back(f.get()->getValue());
                // A list input (a catalog name) takes another of its names.
                const bool list = validation->getPropertyValue("Type")
                                      .get<css::sheet::ValidationType>()
                                  == css::sheet::ValidationType_LIST;
                const double value = input.get()->getValue();
                const OUString text = input.get()->getFormula();
                if (list)
                {
                    const auto names = listed(validation);
                    CPPUNIT_ASSERT_MESSAGE(where + ": lists its choices", names.size() > 1);
                    CPPUNIT_ASSERT_MESSAGE(where + ": holds one of them",
                                           std::count(names.begin(), names.end(),
                                                      to_utf8(text)) == 1);
                    input.get()->setFormula(
                        to_ou(names[0] == to_utf8(text) ? names[1] : names[0]));
                }
                else
                    input.get()->setValue(nudged(value, validation));
                sheet.recalculate();
                bool moved = false;
                for (std::size_t i = 0; i < formulas.size() && !moved; ++i)
                    moved = formulas[i].get()->getValue() != before[i];
                // The check tables compare the text with the model at the
                // text's own inputs: no input of the reader's moves them.
                const WorkbookReport report = inspect(document);
                if (list)
                    input.get()->setFormula(text);
                else
                    input.get()->setValue(value);
                CPPUNIT_ASSERT_MESSAGE(where + ": changing it moves a result", moved);
                CPPUNIT_ASSERT_MESSAGE(where + ": TW_ALL_MATCH stays TRUE", report.all_match);
                for (const CheckRow& check : report.checks)
                    CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(where + ": " + check.where + " stays",
                                                         check.expected, check.computed,
                                                         check.tolerance * (1 + 1e-9));
            }
            close(document);
        }
    }

    // The calibration's figures, worked out independently of the add-in.
    void calibration_figures()
    {
        auto document = office().load(installed_templates_dir() + "/calibration.ots");
        Sheet(document).recalculate();
        // Epoch AI: 0.3 Wh for a 500-token answer.
        const double epoch_ratio = 500 * essay_e_tok / 3600 / 0.3;
        CPPUNIT_ASSERT_DOUBLES_EQUAL(epoch_ratio,
                                     named(document, "TW_CALIBRATION_EPOCH_RATIO")->getValue(),
                                     1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(0.3 * 3600 / 500,
                                     named(document, "TW_CALIBRATION_EPOCH_ETOK")->getValue(),
                                     1e-12);
        // J per output token: Wh x 3600 / tokens (500 assumed where none is
        // stated), ML.ENERGY's 0.12 J as published.
        std::vector<double> implied = { 0.24 * 3600 / 500, 0.10 * 3600 / 500,
                                        0.34 * 3600 / 500, 0.3 * 3600 / 500,
                                        0.12,              0.42 * 3600 / 500,
                                        2.02 * 3600 / 100, 8.31 * 3600 / 100 };
        std::sort(implied.begin(), implied.end());
        const double median = (implied[3] + implied[4]) / 2;
        CPPUNIT_ASSERT_DOUBLES_EQUAL(median, named(document, "TW_CALIBRATION_MEDIAN_J")->getValue(),
                                     1e-12);
        CPPUNIT_ASSERT_DOUBLES_EQUAL(essay_e_tok / median,
                                     named(document, "TW_CALIBRATION_TIMES_MEDIAN")->getValue(),
                                     1e-12);
        const std::string words = to_utf8(named(document, "TW_CALIBRATION_CONCLUSION")->getFormula());
        CPPUNIT_ASSERT_MESSAGE(words, words.find("=") == 0); // a formula, not typed
        const std::string shown = to_utf8(
            Reference<css::text::XTextRange>(named(document, "TW_CALIBRATION_CONCLUSION"),
                                             UNO_QUERY_THROW)
                ->getString());
        CPPUNIT_ASSERT_EQUAL(std::string("The essay's fleet assumption gives 3.6 J per output "
                                         "token; the 8 disclosures with an energy figure imply "
                                         "0.12 to 299 J (median 2.3 J): the essay is 1.6 times "
                                         "above the median disclosure, and 1.7 times above "
                                         "Epoch AI's 500-token estimate."),
                             shown);
        close(document);
    }

    // The essay calculator's carbon and water panel, at the grid chosen.
    void carbon_and_water_panel()
    {
        auto document = office().load(installed_templates_dir() + "/essay-calculator.ots");
        Sheet sheet(document);
        sheet.recalculate();
        const double e_eff = essay_e_tok * (0.05 + 0.20 * 0.10 + 0.75 * 0.01);
        const double p_user = 20e9 * e_eff / 86400, users = 8.1e9;
        const double kwh_year = p_user * 86400 * 365 / 3.6e6, kwh_day = p_user * 24 / 1e3;
        const double litres_day = kwh_day / 1.4 * 0.38 + kwh_day * 3.908;
        const auto near = [](const char* name, double expected, double got) {
            CPPUNIT_ASSERT_DOUBLES_EQUAL_MESSAGE(name, expected, got, std::abs(expected) * 1e-12);
        };
        near("user CO2e, grid_world", kwh_year * 445,
             named(document, "TW_CARBON_USER_G_PER_YEAR")->getValue());
        near("user water", litres_day, named(document, "TW_WATER_USER_L_PER_DAY")->getValue());
        near("population CO2e", users * kwh_year * 445,
             named(document, "TW_CARBON_POP_G_PER_YEAR")->getValue());
        near("population water", users * litres_day,
             named(document, "TW_WATER_POP_L_PER_DAY")->getValue());
        // The grid is a catalog name chosen in its input.
        bool found = false;
        for (const Cell& cell : used_cells(document))
            if (cell.get()->getType() == css::table::CellContentType_TEXT
                && to_utf8(cell.get()->getFormula()) == "grid_world" && cell_style(cell) == "tokwatt Input")
            {
                cell.get()->setFormula("grid_france");
                found = true;
            }
        CPPUNIT_ASSERT_MESSAGE("the grid input holds grid_world", found);
        sheet.recalculate();
        near("user CO2e, grid_france", kwh_year * 40.48,
             named(document, "TW_CARBON_USER_G_PER_YEAR")->getValue());
        close(document);
    }

    void no_macros()
    {
        for (const std::string& file : templates_in(installed_templates_dir()))
        {
            const std::string path = installed_templates_dir() + "/" + file;
            const std::string listing = command_output("unzip -l '" + path + "'");
            CPPUNIT_ASSERT_MESSAGE(file + ": listed", listing.find("content.xml") != std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(file + ": no Basic", listing.find("Basic/") == std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(file + ": no Scripts", listing.find("Scripts/") == std::string::npos);
            const std::string content = command_output("unzip -p '" + path + "' content.xml");
            CPPUNIT_ASSERT_MESSAGE(file + ": no script events",
                                   content.find("script:event-listener") == std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(file + ": no macro calls",
                                   content.find("vnd.sun.star.script") == std::string::npos);
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(TemplatesTest);
}
