// "Save a portable copy", end to end: a workbook that exercises every
// function (exercise_workbook.hxx) and every template the build ships are
// copied by addin/portable/copy.hxx in the office that has the extension;
// the copies, .ods and .xlsx, are opened in a second office on a fresh
// profile WITHOUT the extension and must
//   - show every cell as the original shows it with the extension (numbers
//     within 1E-12 relative, text exactly),
//   - hold no tokwatt function name (no "TOKWATT" anywhere in their XML,
//     no table name called in a formula),
//   - follow a changed input as the original does,
//   - keep charts, validity rules and styles.
// And the menu entry: its configuration is installed, its URL dispatches
// from a Calc window, and a dispatch with a target writes the copy.
#include <cppunit/extensions/HelperMacros.h>

#include <chrono>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/URL.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include "../../addin/common/strings.hxx"
#include "../../addin/portable/copy.hxx"
#include "../../addin/portable/menu.hxx"
#include "../../tools/workbook_report.hxx"
#include "calc_cells.hxx"
#include "calc_fixture.hxx"
#include "copy_checks.hxx"
#include "exercise_workbook.hxx"
#include "formula_rows.hxx"
#include "shown_cells.hxx"

using namespace tokwatt;
using namespace tokwatt_test::portable_copy;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace tokwatt_test
{
namespace
{
// Receives the result of a dispatch made with XNotifyingDispatch.
class ResultListener : public cppu::WeakImplHelper1<css::frame::XDispatchResultListener>
{
public:
    sal_Int16 state = -1;
    std::string result;
    void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& event) override
    {
        state = event.State;
        OUString text;
        if (event.Result >>= text)
            result = to_utf8(text);
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}
};
}

class PortableTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(PortableTest);
    CPPUNIT_TEST(exercise_workbook);
    CPPUNIT_TEST(every_template);
    CPPUNIT_TEST(cells_showing_errors);
    CPPUNIT_TEST(menu_entry);
    CPPUNIT_TEST_SUITE_END();

public:
    void exercise_workbook()
    {
        Workbook book;
        const Document& original = book.document();
        build_exercise(original);
        const Reference<css::sheet::XSpreadsheet> results_sheet = sheet_of(original, 1);
        // The original computes every figure with the add-in.
        const WorkbookReport report = inspect(original);
        CPPUNIT_ASSERT_MESSAGE("the exercise workbook shows no error: "
                                   + (report.error_cells.empty() ? "" : report.error_cells.front()),
                               report.error_cells.empty());

        const std::string ods = work_dir() + "/exercise portable.ods";
        const std::string xlsx = work_dir() + "/exercise portable.xlsx";
        const auto made = copy_to(original, ods);
        copy_to(original, xlsx);
        CPPUNIT_ASSERT_MESSAGE("cells frozen because their values disagreed:" + disagreeing(made),
                               disagreeing(made).empty());
        // PRESETINFO, the version, a truncated metalog range over cells
        CPPUNIT_ASSERT_MESSAGE(portable::summary(made), made.frozen == 3);
        std::set<std::string> frozen;
        for (const std::string& cell : made.frozen_cells) // "Sheet.B29: why"
        {
            CPPUNIT_ASSERT_MESSAGE(cell, cell.find("PRESETINFO") != std::string::npos
                                             || cell.find("version text") != std::string::npos
                                             || cell.find("metalog") != std::string::npos);
            frozen.insert(cell.substr(0, cell.find(": ")));
        }
        CPPUNIT_ASSERT_EQUAL(3, made.arrays);
        CPPUNIT_ASSERT_EQUAL(1, made.names);
        CPPUNIT_ASSERT_MESSAGE(portable::summary(made), made.rewritten > 60);
        std::printf("\n  portable copy of the exercise workbook: %d formulas rewritten, values "
                    "within %.1E relative; %.2f s ",
                    made.rewritten, made.worst_difference, made.seconds);
        // The original is not touched: its formulas still call the add-in.
        CPPUNIT_ASSERT(to_utf8(results_sheet->getCellByPosition(1, 0)->getFormula())
                       == "=ORG.TOKWATT.CALCFUNCTIONS.ETOK()");
        assert_no_tokwatt(ods);
        assert_no_tokwatt(xlsx);

        auto plain = office_without_extension();
        const Document ods_copy = plain->load(ods), xlsx_copy = plain->load(xlsx);
        // Notes name the presets and say what is frozen.
        Reference<css::sheet::XSheetAnnotationsSupplier> notes(sheet_of(ods_copy, 1),
                                                               UNO_QUERY_THROW);
        CPPUNIT_ASSERT(notes->getAnnotations()->getCount() >= 8);
        auto note_at = [&](const char* cell) {
            Reference<css::sheet::XSheetAnnotationAnchor> anchor(
                sheet_of(ods_copy, 1)
                    ->getCellRangeByName(OUString::createFromAscii(cell))
                    ->getCellByPosition(0, 0),
                UNO_QUERY_THROW);
            return to_utf8(
                Reference<css::text::XTextRange>(anchor->getAnnotation(), UNO_QUERY_THROW)
                    ->getString());
        };
        CPPUNIT_ASSERT_EQUAL(std::string("my note on E_tok"), note_at("B1"));
        const std::string h100 = note_at("B9");
        CPPUNIT_ASSERT_MESSAGE(h100, h100.rfind("my note on the H100\n\nPortable copy", 0) == 0
                                         && h100.find("H100 tdp_w = 700 W") != std::string::npos);
        CPPUNIT_ASSERT_MESSAGE(note_at("B46"), note_at("B46").find("frozen") != std::string::npos);

        assert_copies_follow("exercise workbook", original,
                             { { ".ods", ods_copy }, { ".xlsx", xlsx_copy } },
                             exercise_changes(), frozen);
        close(ods_copy);
        close(xlsx_copy);
    }

    // Every template the build ships: copied, opened without the
    // extension, equal, live, with its chart, rules and styles.
    void every_template()
    {
        const auto files = templates_in(built_templates_dir());
        CPPUNIT_ASSERT_MESSAGE("templates are built", !files.empty());
        auto plain = office_without_extension();
        for (const std::string& file : files)
        {
            const Document original = office().load(built_templates_dir() + "/" + file);
            recalculate(original);
            const std::string base = work_dir() + "/" + file.substr(0, file.size() - 4);
            const auto start = std::chrono::steady_clock::now();
            const auto made = copy_to(original, base + "-portable.ods");
            const double ods_s = std::chrono::duration<double>(std::chrono::steady_clock::now()
                                                               - start)
                                     .count();
            const auto made_xlsx = copy_to(original, base + "-portable.xlsx");
            std::printf("\n  portable copy of %s: %d formulas rewritten, %d frozen, values "
                        "within %.1E relative; %.2f s (.ods), %.2f s (.xlsx) ",
                        file.c_str(), made.rewritten, made.frozen, made.worst_difference, ods_s,
                        made_xlsx.seconds);
            CPPUNIT_ASSERT_MESSAGE(file + ": cells frozen because their values disagreed:"
                                       + disagreeing(made),
                                   disagreeing(made).empty());
            CPPUNIT_ASSERT_MESSAGE(file + ": " + portable::summary(made), made.rewritten > 0);
            // Every cell a built-in formula can compute stays a formula: only
            // the catalog's text (PRESETINFO) and the version text may freeze.
            for (const auto* report : { &made, &made_xlsx })
                for (const std::string& cell : report->frozen_cells)
                    CPPUNIT_ASSERT_MESSAGE(file + ": frozen cell: " + cell,
                                           cell.find("PRESETINFO") != std::string::npos
                                               || cell.find("version text") != std::string::npos);
            // The closing message: short, the counts first, details after.
            const std::string message = portable::summary(made);
            CPPUNIT_ASSERT_MESSAGE(message, message.find(made.frozen == 0
                                                             ? "became built-in formulas; no cell was frozen."
                                                             : "became built-in formulas; ")
                                                != std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(message, message.substr(0, message.find("\n\nDetails:")).find('\n') == std::string::npos);
            assert_no_tokwatt(base + "-portable.ods");
            assert_no_tokwatt(base + "-portable.xlsx");

            const Document ods = plain->load(base + "-portable.ods");
            const Document xlsx = plain->load(base + "-portable.xlsx");
            // Charts, validity rules and styles survive.
            const sal_Int32 charts = chart_count(original);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(file + ": charts in the .ods", charts, chart_count(ods));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(file + ": charts in the .xlsx", charts, chart_count(xlsx));
            const auto changes = template_inputs(original);
            CPPUNIT_ASSERT_MESSAGE(file + ": has inputs", !changes.empty());
            for (const Change& input : changes)
            {
                const std::string& where = input.front().first;
                for (const Document& copy : { ods, xlsx })
                {
                    const auto cell = cell_properties(copy, where);
                    Reference<css::beans::XPropertySet> rule(cell->getPropertyValue("Validation"),
                                                             UNO_QUERY_THROW);
                    CPPUNIT_ASSERT_MESSAGE(file + " " + where + ": keeps its validity rule",
                                           rule->getPropertyValue("Type")
                                                   .get<css::sheet::ValidationType>()
                                               == css::sheet::ValidationType_DECIMAL);
                }
                CPPUNIT_ASSERT_MESSAGE(file + " " + where + ": keeps its style in the .ods",
                                       cell_properties(ods, where)
                                               ->getPropertyValue("CellStyle")
                                               .get<OUString>()
                                           == "tokwatt Input");
            }
            std::set<std::string> frozen;
            for (const std::string& cell : made.frozen_cells) // "Sheet.B29: why"
                frozen.insert(cell.substr(0, cell.find(": ")));
            assert_copies_follow(file, original, { { ".ods", ods }, { ".xlsx", xlsx } }, changes,
                                 frozen);
            close(ods);
            close(xlsx);
            close(original);
        }
    }

    // Cells that show an error with the add-in: where the built-in formula
    // would show a value instead (the add-in's validation is not repeated)
    // or there is no built-in equivalent, the copy shows #N/A and its note
    // says why; an error both show stays a live formula.
    void cells_showing_errors()
    {
        Workbook book;
        Sheet& s = book.sheet();
        s.set("A1", "=PUSER(-1;1)");             // Err:502: a negative rate
        s.set("A2", "=ETOK(700)");               // Err:502, and no built-in equivalent
        s.set("A3", "=PUSER(1/0;1)");            // #DIV/0! with or without the add-in
        s.set("A4", "=GPU(\"H100\";\"tdp_w\")*2");
        s.recalculate();
        CPPUNIT_ASSERT_EQUAL(int(calc_error::illegal_argument), s.error("A1"));
        const std::string path = work_dir() + "/errors portable.ods";
        const auto made = copy_to(book.document(), path);
        CPPUNIT_ASSERT_MESSAGE(portable::summary(made), made.frozen == 2);

        auto plain = office_without_extension();
        const Document copy = plain->load(path);
        Sheet c(copy);
        c.recalculate();
        CPPUNIT_ASSERT_EQUAL(int(calc_error::na), c.error("A1"));
        CPPUNIT_ASSERT_EQUAL(int(calc_error::na), c.error("A2"));
        CPPUNIT_ASSERT_EQUAL(div0, c.error("A3"));
        CPPUNIT_ASSERT_EQUAL(std::string("=(1/0)*1/86400"), c.formula("A3"));
        CPPUNIT_ASSERT_EQUAL(1400.0, c.value("A4"));
        for (const char* cell : { "A1", "A2" })
        {
            Reference<css::sheet::XSheetAnnotationAnchor> anchor(
                c.raw()->getCellRangeByName(OUString::createFromAscii(cell))
                    ->getCellByPosition(0, 0),
                UNO_QUERY_THROW);
            const std::string note = to_utf8(
                Reference<css::text::XTextRange>(anchor->getAnnotation(), UNO_QUERY_THROW)
                    ->getString());
            CPPUNIT_ASSERT_MESSAGE(note, note.find("frozen") != std::string::npos
                                             && note.find("error 502") != std::string::npos);
        }
        close(copy);
    }

    // Tools > Add-Ons > tokwatt > Save portable copy...: installed, and
    // driven headless through the dispatch the menu item makes.
    void menu_entry()
    {
        const auto& context = office().context();
        auto provider = css::configuration::theDefaultProvider::get(context);
        auto node = [&](const std::string& path) {
            css::beans::NamedValue arg("nodepath", Any(to_ou(path)));
            Sequence<Any> args(1);
            args[0] <<= arg;
            return Reference<css::container::XNameAccess>(
                provider->createInstanceWithArguments(
                    "com.sun.star.configuration.ConfigurationAccess", args),
                UNO_QUERY_THROW);
        };
        const std::string command
            = std::string(portable::menu_protocol) + portable::menu_command;
        auto item = node("/org.openoffice.Office.Addons/AddonUI/AddonMenu/"
                         "org.tokwatt.calc.menu/Submenu/m1");
        CPPUNIT_ASSERT_EQUAL(command, to_utf8(item->getByName("URL").get<OUString>()));
        CPPUNIT_ASSERT_EQUAL(std::string("Save portable copy..."),
                             to_utf8(item->getByName("Title").get<OUString>()));
        auto handler = node(std::string("/org.openoffice.Office.ProtocolHandler/HandlerSet/")
                            + portable::menu_implementation_name);
        const auto protocols = handler->getByName("Protocols").get<Sequence<OUString>>();
        CPPUNIT_ASSERT(protocols.getLength() == 1
                       && to_utf8(protocols[0]) == std::string(portable::menu_protocol) + "*");

        // A workbook in a Calc window (hidden), and the dispatch its menu
        // item makes.
        Workbook book;
        book.sheet().set("A1", 20e9);
        book.sheet().set("B1", "=PUSER(A1;EEFF(ETOK()))");
        book.sheet().set("B2", "=POWERCOMPARE(B1*1E6)");
        book.sheet().recalculate();
        auto frame = Reference<css::frame::XModel>(book.document(), UNO_QUERY_THROW)
                         ->getCurrentController()
                         ->getFrame();
        css::util::URL url;
        url.Complete = to_ou(command);
        css::util::URLTransformer::create(context)->parseStrict(url);
        Reference<css::frame::XNotifyingDispatch> dispatch(
            Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY_THROW)
                ->queryDispatch(url, "", 0),
            UNO_QUERY);
        CPPUNIT_ASSERT_MESSAGE("the menu's URL dispatches from a Calc window", dispatch.is());

        const std::string target = work_dir() + "/from the menu.xlsx";
        Sequence<css::beans::PropertyValue> args(1);
        args[0].Name = "URL";
        args[0].Value <<= to_ou(file_url(target));
        rtl::Reference<ResultListener> listener(new ResultListener);
        dispatch->dispatchWithNotification(url, args, listener.get());
        CPPUNIT_ASSERT_MESSAGE(listener->result,
                               listener->state == css::frame::DispatchResultState::SUCCESS);
        CPPUNIT_ASSERT_MESSAGE(listener->result,
                               listener->result.find("2 formulas became built-in formulas") != std::string::npos);
        CPPUNIT_ASSERT(exists(target));
        assert_no_tokwatt(target, 2);
        // The plain dispatch (what a click sends) with a target works too.
        const std::string second = work_dir() + "/from the menu.ods";
        args[0].Value <<= to_ou(file_url(second));
        dispatch->dispatch(url, args);
        CPPUNIT_ASSERT(exists(second));
        // The workbook itself is unchanged.
        CPPUNIT_ASSERT_EQUAL(std::string("=ORG.TOKWATT.CALCFUNCTIONS.PUSER(A1;"
                                         "ORG.TOKWATT.CALCFUNCTIONS.EEFF("
                                         "ORG.TOKWATT.CALCFUNCTIONS.ETOK()))"),
                             book.sheet().formula("B1"));
        // Without a target it asks with a file dialog, which a headless
        // office cancels: nothing written, no failure.
        rtl::Reference<ResultListener> cancelled(new ResultListener);
        dispatch->dispatchWithNotification(url, Sequence<css::beans::PropertyValue>(),
                                           cancelled.get());
        CPPUNIT_ASSERT_MESSAGE(cancelled->result,
                               cancelled->state == css::frame::DispatchResultState::DONTKNOW);
        CPPUNIT_ASSERT(office().alive());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PortableTest);
}
