// The office timing engine of bench-calc: a sheet of inputs varied over
// their valid domains, one open document per variant holding the inputs and
// one column (or array) of formulas, what a user types translated into the
// API grammar, and the timing of recalculations side by side (each variant
// timed once per repetition in a rotated order; medians and paired ratios).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "../tools/office.hxx"
#include "../tools/sheet.hxx"

namespace bench
{
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

// --- the sheet's inputs ------------------------------------------------------
// One column per kind of input, each varied over its valid domain, so that
// every call takes its normal path (the same values for every variant).
enum Column
{
    A_E,        // 0.1 .. 1.0       J per token, e_tok, e_eff
    B_ALPHA_O,  // 0.02 .. 0.08     alpha_o; EFFECT's nominal rate; price
    C_ALPHA_M,  // 0.10 .. 0.30     alpha_m
    D_ALPHA_H,  // 1 - B - C        alpha_h
    E_BETA_M,   // 0.05 .. 0.15     beta_m
    F_BETA_H,   // 0.005 .. 0.015   beta_h
    G_BIG,      // 1E9 .. 2E10      tokens per day, population
    H_WATTS,    // 1E11 .. 1E13     budgets, powers (W)
    I_PUE,      // 1.05 .. 1.5      PUE, days
    J_MID,      // 200 .. 1000      W, K, TWh per year
    K_COUNT,    // 100 .. 800       tokens/s, bits, tokens per question, periods
    L_USERS,    // 1E6 .. 1E9       users
    M_WH,       // 1E-4 .. 1E-3     Wh per token
    INPUT_COLUMNS
};
constexpr int out_column = 14; // O: the formula column (O:Q for COHORT)

std::string column_name(int c);
std::string cell_name(int c, int r);
OUString u(const std::string& s);
std::string narrow(const OUString& s);
std::string replace_all(std::string s, const std::string& from, const std::string& to);

// The inputs in blocks of rows: each block is one setDataArray call, so the
// office never holds the whole sheet as one message (smaller, steadier peak).
using Inputs = std::vector<Sequence<Sequence<Any>>>;
constexpr int block_rows = 10000;

// ROWS rows of inputs, the same pseudo-random values on every run.
Inputs make_inputs(int rows);

// --- one open document with the inputs and one variant's formulas -----------
class Book
{
public:
    Book(const tokwatt::Office& office, const Inputs& inputs)
        : document_(office.new_spreadsheet())
        , sheet_(document_)
        , calc_(document_, UNO_QUERY_THROW)
        , rows_(0)
    {
        // Nothing computes while the columns are filled: calculateAll() does
        // all the work, and only it is timed.
        calc_->enableAutomaticCalculation(false);
        for (const auto& block : inputs)
        {
            Reference<css::sheet::XCellRangeData> range(
                range_ref(0, rows_, INPUT_COLUMNS - 1, rows_ + block.getLength() - 1),
                UNO_QUERY_THROW);
            range->setDataArray(block);
            rows_ += block.getLength();
        }
    }
    ~Book()
    {
        try
        {
            tokwatt::close(document_);
        }
        catch (const css::uno::Exception&)
        {
        }
    }
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    // One formula per row in column col, from an API-grammar template whose
    // {r} is the row number (1-based): typed into the first row and filled
    // down, as a user does (setFormulaArray row by row is quadratic in 7.4:
    // each new cell joins the formula group and re-registers its listeners).
    void set_column(int col, const std::string& api_template)
    {
        cell(col, 0)->setFormula(u(replace_all(api_template, "{r}", "1")));
        Reference<css::sheet::XCellSeries> series(range_ref(col, 0, col, rows_ - 1),
                                                  UNO_QUERY_THROW);
        series->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
    }

    void clear_column(int col)
    {
        using namespace css::sheet::CellFlags;
        Reference<css::sheet::XSheetOperation>(range_ref(col, 0, col, rows_ - 1),
                                               UNO_QUERY_THROW)
            ->clearContents(VALUE | STRING | FORMULA);
    }

    void set_array(int col0, int col1, const std::string& api_formula)
    {
        Reference<css::sheet::XArrayFormulaRange> range(range_ref(col0, 0, col1, rows_ - 1),
                                                        UNO_QUERY_THROW);
        range->setArrayFormula(u(api_formula));
    }

    double recalc_seconds()
    {
        const auto t0 = std::chrono::steady_clock::now();
        calc_->calculateAll();
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }

    Reference<css::table::XCell> cell(int col, int row) const
    {
        return sheet_.raw()->getCellByPosition(col, row);
    }
    int rows() const { return rows_; }

private:
    Reference<css::table::XCellRange> range_ref(int c0, int r0, int c1, int r1) const
    {
        return sheet_.raw()->getCellRangeByName(u(cell_name(c0, r0) + ":" + cell_name(c1, r1)));
    }

    Reference<css::lang::XComponent> document_;
    tokwatt::Sheet sheet_;
    Reference<css::sheet::XCalculatable> calc_;
    int rows_;
};

// What a user types, in the API grammar setFormulaArray takes: type it into
// a scratch cell (FormulaLocal, en-US names) and read the formula back.
class Translator
{
public:
    explicit Translator(const tokwatt::Office& office)
        : document_(office.new_spreadsheet())
        , sheet_(document_)
    {
    }
    ~Translator()
    {
        try
        {
            tokwatt::close(document_);
        }
        catch (const css::uno::Exception&)
        {
        }
    }
    std::string api(const std::string& local_template)
    {
        // 99991 stands for {r} in a row no formula uses otherwise.
        sheet_.set("A1", replace_all(local_template, "{r}", "99991"));
        return replace_all(sheet_.formula("A1"), "99991", "{r}");
    }

private:
    Reference<css::lang::XComponent> document_;
    tokwatt::Sheet sheet_;
};

double median(std::vector<double> v);

// Times every book once per repetition, in an order rotated each time;
// returns the seconds per book and repetition.
std::vector<std::vector<double>> interleaved(const std::vector<Book*>& books, int reps);

// The median of the per-repetition ratios a[i] / b[i].
double paired_ratio(const std::vector<double>& a, const std::vector<double>& b);
}
