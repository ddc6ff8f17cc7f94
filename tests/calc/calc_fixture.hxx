// What every end-to-end suite shares: the one real office the run starts
// (with the built .oxt installed into a fresh profile), and a sheet on
// which a formula is typed and its result read back.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <cppunit/TestFixture.h>

#include "../../tools/office.hxx"
#include "../../tools/sheet.hxx"

namespace tokwatt_test
{
// The running office; valid while the tests run.
tokwatt::Office& office();
// Where the build put the template workbooks the .oxt ships.
const std::string& built_templates_dir();
// The template files (*.ots) in dir, by name, sorted.
std::vector<std::string> templates_in(const std::string& dir);
// A fresh folder of the run for files a suite writes and for the profiles
// of other offices (next to the test profile, emptied at start).
const std::string& work_dir();

// A new Calc document for one suite, closed when the suite ends.
class Workbook
{
public:
    Workbook();
    ~Workbook();
    tokwatt::Sheet& sheet() { return sheet_; }
    const css::uno::Reference<css::lang::XComponent>& document() const { return document_; }

    // Types formula into cell (default Z1), recalculates, returns the result.
    struct Result
    {
        double value;
        int error; // tokwatt::calc_error code, 0 when none
        std::string text;
    };
    Result eval(const std::string& formula, const std::string& cell = "Z1");

private:
    css::uno::Reference<css::lang::XComponent> document_;
    tokwatt::Sheet sheet_;
};

// Base of every suite: a new workbook for each test, closed after it.
class CalcTest : public CppUnit::TestFixture
{
public:
    void setUp() override { book_ = std::make_unique<Workbook>(); }
    void tearDown() override { book_.reset(); }

protected:
    Workbook& book() { return *book_; }
    tokwatt::Sheet& sheet() { return book_->sheet(); }
    const css::uno::Reference<css::lang::XComponent>& document() const
    {
        return book_->document();
    }

private:
    std::unique_ptr<Workbook> book_;
};

// What a shell command prints (unzip -l, unzip -p) for file checks.
std::string command_output(const std::string& command);

// Calc error code as a readable name for assertion messages.
std::string error_name(int code);
}
