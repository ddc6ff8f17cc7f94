// The benchmark of tokwatt in a real LibreOffice Calc (make bench).
//   bench-calc OXT PROFILE [--rows N] [--reps N] [--templates DIR]... [--core TSV]
//              [--only NAME] [--no-memory]
//
// Installs OXT into a fresh PROFILE, starts one headless office and measures,
// in that one run on this machine:
//   1. calculateAll() of a ROWS-row sheet of one scalar tokwatt call per row,
//      against the same arithmetic as a native formula and against the
//      Analysis add-in's EFFECT_ADD (LibreOffice's own add-in, called through
//      the same UNO mechanism): the fair anchor for the cost of an add-in call;
//   2. COHORT over ROWS cohorts as one array formula against native formulas
//      computing the same three columns;
//   3. opening and recalculating each template found in the --templates dirs;
//   5. the peak memory of a fresh office holding the tokwatt sheet against
//      one holding the native sheet (VmHWM never falls: a fresh office for
//      each sheet and repetition).
// Section 4, the core alone, is bench-core's: --core names its --tsv output
// and it is printed in the same table.
//
// Absolute times on a shared machine drift, ratios taken side by side hold:
// each variant lives in its own open document, every repetition times each
// of them once in a rotated order, and a ratio is the median of the
// per-repetition ratios. Every figure is the median of REPS >= 5.
#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/types.h>

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

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace
{
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

std::string column_name(int c)
{
    std::string name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), char('A' + (c - 1) % 26));
    return name;
}

std::string cell_name(int c, int r) { return column_name(c) + std::to_string(r + 1); }

OUString u(const std::string& s)
{
    return rtl::OStringToOUString(rtl::OString(s.c_str()), RTL_TEXTENCODING_UTF8);
}

std::string narrow(const OUString& s)
{
    return rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

std::string replace_all(std::string s, const std::string& from, const std::string& to)
{
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// The inputs in blocks of rows: each block is one setDataArray call, so the
// office never holds the whole sheet as one message (smaller, steadier peak).
using Inputs = std::vector<Sequence<Sequence<Any>>>;
constexpr int block_rows = 10000;

Inputs make_inputs(int rows)
{
    unsigned state = 20261117u;
    auto uniform = [&state] {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) / 16777216.0;
    };
    Inputs blocks;
    for (int r = 0; r < rows; ++r)
    {
        if (r % block_rows == 0)
            blocks.emplace_back(std::min(block_rows, rows - r));

        double v[INPUT_COLUMNS];
        v[A_E] = 0.1 + 0.9 * uniform();
        v[B_ALPHA_O] = 0.02 + 0.06 * uniform();
        v[C_ALPHA_M] = 0.10 + 0.20 * uniform();
        v[D_ALPHA_H] = 1.0 - v[B_ALPHA_O] - v[C_ALPHA_M];
        v[E_BETA_M] = 0.05 + 0.10 * uniform();
        v[F_BETA_H] = 0.005 + 0.01 * uniform();
        v[G_BIG] = 1e9 + 1.9e10 * uniform();
        v[H_WATTS] = 1e11 + 9.9e12 * uniform();
        v[I_PUE] = 1.05 + 0.45 * uniform();
        v[J_MID] = 200.0 + 800.0 * uniform();
        v[K_COUNT] = 100.0 + 700.0 * uniform();
        v[L_USERS] = 1e6 + 1e9 * uniform();
        v[M_WH] = 1e-4 + 9e-4 * uniform();
        Sequence<Any> row(INPUT_COLUMNS);
        Any* cells = row.getArray();
        for (int c = 0; c < INPUT_COLUMNS; ++c)
            cells[c] <<= v[c];
        blocks.back().getArray()[r % block_rows] = row;
    }
    return blocks;
}

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

double median(std::vector<double> v)
{
    if (v.empty())
        return NAN;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// --- the variants -------------------------------------------------------------
struct Scalar
{
    std::string label;
    std::string ours;   // as a user types it, {r} the row
    std::string native; // the same arithmetic in Calc's own functions
    bool check = true;  // compare ours with native row by row
    double abs_tol = 0; // besides the 1E-9 relative tolerance
    bool info = false;  // LibreOffice's own add-in: no target, for reference
};

// Every scalar function of addin/function_table.cxx that takes numbers, with
// its optional arguments given and omitted.
std::vector<Scalar> scalar_variants()
{
    const std::string k_b_ln2 = "1.380649E-23*0.693147180559945";
    return {
        { "EFFECT_ADD (the anchor itself: A/A)", "=EFFECT_ADD(B{r};K{r})", "=EFFECT(B{r};K{r})",
          true, 0, true },
        // The Analysis add-in with 6 arguments: what LibreOffice's own
        // per-argument cost adds to the 2-argument anchor. (Not compared:
        // the add-in truncates a fractional nper, the native one does not.)
        { "CUMPRINC_ADD (Analysis, 6 args)", "=CUMPRINC_ADD(B{r};K{r};H{r};1;1;0)",
          "=CUMPRINC(B{r};K{r};H{r};1;1;0)", false, 0, true },
        { "ETOK(tdp;tps;share;pue)", "=ETOK(J{r};K{r};1;I{r})", "=I{r}*(1*J{r}/K{r})" },
        { "ETOK()", "=ETOK()", "=1.4*(0.5*700/200+0.5*1000/600)" },
        { "CACHEFACTOR(5 args)", "=CACHEFACTOR(B{r};C{r};D{r};E{r};F{r})",
          "=B{r}+C{r}*E{r}+D{r}*F{r}" },
        { "CACHEFACTOR()", "=CACHEFACTOR()", "=0.05+0.2*0.1+0.75*0.01" },
        { "EEFF(e;5 args)", "=EEFF(A{r};B{r};C{r};D{r};E{r};F{r})",
          "=A{r}*(B{r}+C{r}*E{r}+D{r}*F{r})" },
        { "EEFF(e;a_o;a_m;a_h)", "=EEFF(A{r};B{r};C{r};D{r})",
          "=A{r}*(B{r}+C{r}*0.1+D{r}*0.01)" },
        { "EEFF(e)", "=EEFF(A{r})", "=A{r}*(0.05+0.2*0.1+0.75*0.01)" },
        { "PUSER", "=PUSER(G{r};A{r})", "=G{r}*A{r}/86400" },
        { "PPOP", "=PPOP(G{r};A{r})", "=G{r}*A{r}" },
        { "GRIDRATIO(p;grid)", "=GRIDRATIO(H{r};G{r})", "=H{r}/G{r}" },
        { "GRIDRATIO(p)", "=GRIDRATIO(H{r})", "=H{r}/480E9" },
        { "GRIDRATIO(p;\"us_electricity\")", "=GRIDRATIO(H{r};\"us_electricity\")",
          "=H{r}/480E9" },
        { "KARDASHEV", "=KARDASHEV(H{r})", "=H{r}/1.74E17" },
        { "NMAX", "=NMAX(G{r};A{r};H{r})", "=INT(H{r}*86400/(G{r}*A{r}))", true, 1.0 },
        { "ETARGET", "=ETARGET(L{r};G{r};H{r})", "=H{r}*86400/(L{r}*G{r})" },
        { "GAPFACTOR", "=GAPFACTOR(A{r};L{r};G{r};H{r})", "=A{r}*L{r}*G{r}/(H{r}*86400)" },
        { "LANDAUER(T;bits)", "=LANDAUER(J{r};K{r})", "=" + k_b_ln2 + "*J{r}*K{r}" },
        { "LANDAUER()", "=LANDAUER()", "=" + k_b_ln2 + "*300*1" },
        { "EFFGAP(j;bits;T)", "=EFFGAP(A{r};K{r};J{r})", "=A{r}/(" + k_b_ln2 + "*J{r}*K{r})" },
        { "EFFGAP(j)", "=EFFGAP(A{r})", "=A{r}/(" + k_b_ln2 + "*300*12)" },
        { "TOKENBUDGET", "=TOKENBUDGET(J{r};M{r})", "=J{r}*1E12/M{r}" },
        { "TOKENSPERCAPITA(4 args)", "=TOKENSPERCAPITA(J{r};M{r};G{r};K{r})",
          "=J{r}*1E12/M{r}/(G{r}*K{r})" },
        { "TOKENSPERCAPITA(2 args)", "=TOKENSPERCAPITA(J{r};M{r})",
          "=J{r}*1E12/M{r}/(8E9*365)" },
        { "QUESTIONBUDGET(5 args)", "=QUESTIONBUDGET(J{r};M{r};K{r};G{r};I{r})",
          "=J{r}*1E12/M{r}/(K{r}*G{r}*I{r})" },
        { "QUESTIONBUDGET(3 args)", "=QUESTIONBUDGET(J{r};M{r};K{r})",
          "=J{r}*1E12/M{r}/(K{r}*8E9*365)" },
        { "AVGPOWER", "=AVGPOWER(J{r})", "=J{r}*(1E12/8760)" },
        { "ANNUALTWH", "=ANNUALTWH(H{r})", "=H{r}*(8760/1E12)" },
        { "GPUDAYKWH", "=GPUDAYKWH(J{r};I{r})", "=J{r}*I{r}*24/1000" },
        { "GPUDAYCOST", "=GPUDAYCOST(J{r};I{r};B{r})", "=J{r}*I{r}*24/1000*B{r}" },
        // Text out: the native side rounds differently, so values are not compared.
        { "POWERCOMPARE(p;ref) (text)", "=POWERCOMPARE(H{r};\"us_electricity\")",
          "=FIXED(H{r}/480E9;2)&\" x US electricity\"", false },
    };
}

const std::string anchor_local = "=EFFECT_ADD(B{r};K{r})";
const char* const tokwatt_api_prefix = "ORG.TOKWATT.CALCFUNCTIONS.";
const char* const analysis_api_prefix = "COM.SUN.STAR.SHEET.ADDIN.ANALYSIS.";

struct ScalarResult
{
    Scalar variant;
    double ours = NAN, native = NAN, anchor = NAN; // medians, s
    double vs_anchor = NAN, vs_native = NAN;       // medians of paired ratios
    std::string problem;                           // a wrong value or an error
};

// A sample of rows whose values are compared.
std::vector<int> sample_rows(int rows)
{
    std::vector<int> r = { 0, 1, 2, 777 % rows, rows / 2, rows - 1 };
    std::sort(r.begin(), r.end());
    r.erase(std::unique(r.begin(), r.end()), r.end());
    return r;
}

std::string compare_columns(const Book& ours, const Book& native, int col, const Scalar& s)
{
    for (int r : sample_rows(ours.rows()))
    {
        const auto a = ours.cell(col, r), b = native.cell(col, r);
        if (a->getError() != 0)
            return "error " + std::to_string(a->getError()) + " in " + cell_name(col, r);
        if (b->getError() != 0)
            return "native error " + std::to_string(b->getError()) + " in " + cell_name(col, r);
        if (!s.check)
            continue;
        const double x = a->getValue(), y = b->getValue();
        if (!(std::fabs(x - y) <= std::max(1e-9 * std::fabs(y), s.abs_tol)))
        {
            std::ostringstream m;
            m.precision(17);
            m << cell_name(col, r) << ": tokwatt " << x << " vs native " << y;
            return m.str();
        }
    }
    return "";
}

struct Options
{
    std::string oxt, profile, core_tsv;
    std::vector<std::string> template_dirs;
    std::string only;
    int rows = 100000, reps = 5;
    bool memory = true;
};

// Times every book once per repetition, in an order rotated each time;
// returns the seconds per book and repetition.
std::vector<std::vector<double>> interleaved(const std::vector<Book*>& books, int reps)
{
    std::vector<std::vector<double>> t(books.size());
    for (int rep = 0; rep < reps; ++rep)
        for (std::size_t k = 0; k < books.size(); ++k)
        {
            const std::size_t i = (k + static_cast<std::size_t>(rep)) % books.size();
            t[i].push_back(books[i]->recalc_seconds());
        }
    return t;
}

double paired_ratio(const std::vector<double>& a, const std::vector<double>& b)
{
    std::vector<double> r;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        r.push_back(a[i] / b[i]);
    return median(r);
}

// --- memory ------------------------------------------------------------------
// The soffice.bin of the office running on this profile (soffice is a
// script that starts oosplash, which starts soffice.bin).
pid_t soffice_bin_pid(const std::string& profile_abs)
{
    const std::string want = "-env:UserInstallation=file://" + profile_abs;
    DIR* proc = opendir("/proc");
    if (!proc)
        return -1;
    pid_t found = -1;
    while (dirent* e = readdir(proc))
    {
        const pid_t pid = static_cast<pid_t>(std::atoi(e->d_name));
        if (pid <= 0)
            continue;
        std::ifstream in("/proc/" + std::string(e->d_name) + "/cmdline");
        std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::vector<std::string> args;
        std::stringstream ss(all);
        for (std::string a; std::getline(ss, a, '\0');)
            args.push_back(a);
        if (args.empty() || args[0].size() < 11
            || args[0].compare(args[0].size() - 11, 11, "soffice.bin") != 0)
            continue;
        if (std::find(args.begin(), args.end(), want) != args.end())
            found = pid;
    }
    closedir(proc);
    return found;
}

struct MemoryStatus
{
    long hwm_kb = -1, rss_kb = -1;
};

MemoryStatus memory_status(pid_t pid)
{
    MemoryStatus m;
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(in, line);)
    {
        if (line.rfind("VmHWM:", 0) == 0)
            m.hwm_kb = std::atol(line.c_str() + 6);
        else if (line.rfind("VmRSS:", 0) == 0)
            m.rss_kb = std::atol(line.c_str() + 6);
    }
    return m;
}

struct MemoryResult
{
    std::string label;
    // the empty office, with the inputs, with the formulas, recalculated
    MemoryStatus base, inputs, filled, loaded;
    std::string problem;
};

MemoryResult measure_memory(const Options& o, const std::string& profile_abs,
                            const Inputs& inputs, const std::string& label,
                            const std::string& local_template)
{
    MemoryResult m;
    m.label = label;
    tokwatt::Office office(o.profile);
    const pid_t pid = soffice_bin_pid(profile_abs);
    if (pid <= 0)
    {
        m.problem = "soffice.bin not found";
        return m;
    }
    std::string api;
    {
        Translator t(office);
        api = t.api(local_template);
    }
    m.base = memory_status(pid);
    Book book(office, inputs);
    m.inputs = memory_status(pid);
    book.set_column(out_column, api);
    m.filled = memory_status(pid);
    book.recalc_seconds();
    if (book.cell(out_column, book.rows() - 1)->getError() != 0)
        m.problem = "error in the last row";
    m.loaded = memory_status(pid);
    return m;
}

// --- printing -----------------------------------------------------------------
std::string fixed(double v, int decimals)
{
    if (std::isnan(v))
        return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string pad(const std::string& s, std::size_t width, bool right = true)
{
    if (s.size() >= width)
        return s;
    return right ? std::string(width - s.size(), ' ') + s : s + std::string(width - s.size(), ' ');
}

struct Tally
{
    int pass = 0;
    std::vector<std::string> missed, wrong;
    std::string verdict(bool ok, const std::string& what)
    {
        if (ok)
        {
            ++pass;
            return "PASS";
        }
        missed.push_back(what);
        return "MISS";
    }
};

std::vector<std::string> find_templates(const std::vector<std::string>& dirs)
{
    std::vector<std::string> found;
    for (const auto& dir : dirs)
    {
        DIR* d = opendir(dir.c_str());
        if (!d)
            continue;
        while (dirent* e = readdir(d))
        {
            const std::string name = e->d_name;
            for (const char* ext : { ".ods", ".ots", ".fods" })
            {
                const std::size_t n = std::char_traits<char>::length(ext);
                if (name.size() > n && name.compare(name.size() - n, n, ext) == 0)
                    found.push_back(dir + "/" + name);
            }
        }
        closedir(d);
    }
    std::sort(found.begin(), found.end());
    return found;
}

int run(const Options& o)
{
    if (std::system(("rm -rf '" + o.profile + "'").c_str()) != 0)
        throw std::runtime_error("cannot remove " + o.profile);
    std::cerr << "bench: installing " << o.oxt << " into " << o.profile << "\n";
    tokwatt::prepare_profile(o.profile, o.oxt, TW_EXTENSION_ID);
    char resolved[PATH_MAX];
    if (!realpath(o.profile.c_str(), resolved))
        throw std::runtime_error("cannot resolve " + o.profile);
    const std::string profile_abs = resolved;

    std::cerr << "bench: making " << o.rows << " rows of inputs\n";
    const auto inputs = make_inputs(o.rows);

    std::vector<ScalarResult> scalars;
    double empty_median = NAN;
    std::string anchor_api, effect_api;
    double cohort_ours = NAN, cohort_native = NAN, cohort_ratio = NAN;
    double cohort_native_array = NAN, cohort_vs_array = NAN;
    std::string cohort_problem;
    std::vector<std::pair<std::string, double>> templates;
    std::vector<std::string> template_problems;
    const auto template_files = find_templates(o.template_dirs);
    {
        tokwatt::Office office(o.profile);
        Translator translate(office);

        // What resolves to the Analysis add-in when typed in en-US.
        anchor_api = translate.api(anchor_local);
        effect_api = translate.api("=EFFECT(B{r};K{r})");
        if (anchor_api.find(analysis_api_prefix) == std::string::npos)
            throw std::runtime_error(anchor_local + " is not the Analysis add-in: " + anchor_api);

        std::cerr << "bench: filling four documents\n";
        Book anchor(office, inputs), ours(office, inputs), native(office, inputs),
            empty(office, inputs);
        anchor.set_column(out_column, anchor_api);
        anchor.recalc_seconds();
        std::vector<double> empty_all;

        // 1. scalar functions
        for (const Scalar& s : scalar_variants())
        {
            if (!o.only.empty() && s.label.find(o.only) == std::string::npos)
                continue;
            std::cerr << "bench: " << s.label << "\n";
            ScalarResult res;
            res.variant = s;
            const std::string ours_api = translate.api(s.ours);
            const std::string native_api = translate.api(s.native);
            if (!s.info && ours_api.find(tokwatt_api_prefix) == std::string::npos)
                res.problem = "not the add-in: " + ours_api;
            if (native_api.find(tokwatt_api_prefix) != std::string::npos
                || native_api.find(analysis_api_prefix) != std::string::npos)
                res.problem = "native formula is an add-in call: " + native_api;
            ours.set_column(out_column, ours_api);
            native.set_column(out_column, native_api);
            ours.recalc_seconds(); // warm up: first interpretation, caches
            native.recalc_seconds();
            if (res.problem.empty())
                res.problem = compare_columns(ours, native, out_column, s);
            const auto t = interleaved({ &ours, &native, &anchor, &empty }, o.reps);
            res.ours = median(t[0]);
            res.native = median(t[1]);
            res.anchor = median(t[2]);
            res.vs_anchor = paired_ratio(t[0], t[2]);
            res.vs_native = paired_ratio(t[0], t[1]);
            empty_all.insert(empty_all.end(), t[3].begin(), t[3].end());
            scalars.push_back(res);
        }
        empty_median = median(empty_all);

        // 2. COHORT as one array formula against three native columns.
        if (o.only.empty() || std::string("COHORT").find(o.only) != std::string::npos)
        {
            std::cerr << "bench: COHORT\n";
            const std::string last = std::to_string(o.rows);
            const std::string cohort_api
                = translate.api("=COHORT(L1:L" + last + ";53000;480E9)");
            ours.clear_column(out_column); // frees the scalar formulas
            Book cohort(office, inputs);
            cohort.set_array(out_column, out_column + 2, cohort_api);
            native.set_column(out_column, translate.api("=L{r}*53000"));
            native.set_column(out_column + 1, translate.api("=O{r}/480E9"));
            native.set_column(out_column + 2, translate.api("=O{r}/1.74E17"));
            // The same three columns as native array formulas: what Calc's
            // array machinery costs without any add-in call.
            const std::string users = "L1:L" + last;
            ours.set_array(out_column, out_column, translate.api("=" + users + "*53000"));
            ours.set_array(out_column + 1, out_column + 1,
                           translate.api("=" + users + "*53000/480E9"));
            ours.set_array(out_column + 2, out_column + 2,
                           translate.api("=" + users + "*53000/1.74E17"));
            cohort.recalc_seconds();
            native.recalc_seconds();
            ours.recalc_seconds();
            Scalar check{ "COHORT", "", "" };
            for (int c = 0; c < 3 && cohort_problem.empty(); ++c)
                cohort_problem = compare_columns(cohort, native, out_column + c, check);
            for (int c = 0; c < 3 && cohort_problem.empty(); ++c)
                cohort_problem = compare_columns(ours, native, out_column + c, check);
            if (cohort_api.find(tokwatt_api_prefix) == std::string::npos)
                cohort_problem = "not the add-in: " + cohort_api;
            const auto t = interleaved({ &cohort, &native, &ours }, o.reps);
            cohort_ours = median(t[0]);
            cohort_native = median(t[1]);
            cohort_native_array = median(t[2]);
            cohort_ratio = paired_ratio(t[0], t[1]);
            cohort_vs_array = paired_ratio(t[0], t[2]);
        }

        // 3. each shipped template: open and recalculate, office running.
        for (const auto& path : template_files)
        {
            std::cerr << "bench: template " << path << "\n";
            std::vector<double> t;
            try
            {
                for (int rep = 0; rep < o.reps + 1; ++rep)
                {
                    const auto t0 = std::chrono::steady_clock::now();
                    auto doc = office.load(path);
                    Reference<css::sheet::XCalculatable>(doc, UNO_QUERY_THROW)->calculateAll();
                    const double dt
                        = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
                              .count();
                    tokwatt::close(doc);
                    if (rep > 0) // the first opening warms the filters up
                        t.push_back(dt);
                }
                templates.emplace_back(path, median(t));
            }
            catch (const css::uno::Exception& e)
            {
                template_problems.push_back(path + ": " + narrow(e.Message));
            }
            catch (const std::exception& e)
            {
                template_problems.push_back(path + ": " + e.what());
            }
        }
    }

    // 5. peak memory: a fresh office for each sheet and repetition (VmHWM
    // never falls), the two sheets alternating.
    std::vector<std::vector<MemoryResult>> memory(2);
    const char* const memory_labels[2] = { "tokwatt =EEFF(A;B;C;D;E;F)", "native =A*(B+C*E+D*F)" };
    const char* const memory_formulas[2]
        = { "=EEFF(A{r};B{r};C{r};D{r};E{r};F{r})", "=A{r}*(B{r}+C{r}*E{r}+D{r}*F{r})" };
    for (int rep = 0; o.memory && rep < o.reps; ++rep)
        for (int k = 0; k < 2; ++k)
        {
            const int v = (k + rep) % 2;
            std::cerr << "bench: memory " << rep + 1 << "/" << o.reps << ", "
                      << memory_labels[v] << "\n";
            memory[v].push_back(
                measure_memory(o, profile_abs, inputs, memory_labels[v], memory_formulas[v]));
        }

    // --- the table ---
    Tally tally;
    std::ostringstream out;
    const std::string rows = std::to_string(o.rows);
    out << "\ntokwatt benchmark: " << rows << " rows, " << o.reps
        << " repetitions; times are medians, ratios the median of per-repetition ratios "
           "taken side by side\n";
    out << "anchor: " << replace_all(anchor_local, "{r}", "1") << " -> " << replace_all(anchor_api, "{r}", "1")
        << " (Analysis add-in); typed =EFFECT(B1;K1) is "
        << replace_all(effect_api, "{r}", "1") << " (native)\n";

    out << "\n1. recalculation (calculateAll) of " << rows
        << " rows of one scalar call; target ours/anchor <= 1.00\n";
    out << "   " << pad("function", 34, false) << pad("ours ms", 9) << pad("native", 9)
        << pad("anchor", 9) << pad("us/call", 9) << pad("/anchor", 9) << pad("/native", 9)
        << "  result\n";
    for (const auto& r : scalars)
    {
        std::string verdict;
        if (!r.problem.empty())
        {
            verdict = "WRONG: " + r.problem;
            tally.wrong.push_back(r.variant.label);
        }
        else if (r.variant.ours == anchor_local)
            verdict = "info (noise check, ideally 1.00)";
        else if (r.variant.info)
            verdict = "info (LibreOffice's own add-in)";
        else
        {
            verdict = tally.verdict(r.vs_anchor <= 1.0, "1. " + r.variant.label);
            if (r.vs_anchor > 1.0 && r.vs_anchor <= 1.05)
                verdict += " (within 5%: run-to-run spread)";
        }
        out << "   " << pad(r.variant.label, 34, false) << pad(fixed(r.ours * 1e3, 1), 9)
            << pad(fixed(r.native * 1e3, 1), 9) << pad(fixed(r.anchor * 1e3, 1), 9)
            << pad(fixed(r.ours * 1e6 / o.rows, 2), 9) << pad(fixed(r.vs_anchor, 2), 9)
            << pad(fixed(r.vs_native, 2), 9) << "  " << verdict << "\n";
    }
    out << "   calculateAll() of the inputs alone (no formula): " << fixed(empty_median * 1e3, 1)
        << " ms\n";
    for (const auto& r : scalars)
        if (r.variant.info && r.variant.ours != anchor_local && r.problem.empty())
            out << "   LibreOffice's own cost per argument: its " << r.variant.label << " takes "
                << fixed(r.vs_anchor, 2) << "x the 2-argument anchor\n";

    out << "\n2. COHORT over " << rows << " cohorts, one array formula, against 3 x " << rows
        << " native cells; target ours/native <= 1.50\n";
    if (std::isnan(cohort_ratio))
        out << "   skipped\n";
    else
    {
        std::string verdict;
        if (!cohort_problem.empty())
        {
            verdict = "WRONG: " + cohort_problem;
            tally.wrong.push_back("COHORT");
        }
        else
            verdict = tally.verdict(cohort_ratio <= 1.5, "2. COHORT");
        out << "   COHORT " << fixed(cohort_ours * 1e3, 1) << " ms, native "
            << fixed(cohort_native * 1e3, 1) << " ms, ratio " << fixed(cohort_ratio, 2) << "  "
            << verdict << "\n";
        out << "   the same 3 columns as native array formulas {=L1:L" << rows << "*53000...}: "
            << fixed(cohort_native_array * 1e3, 1) << " ms; COHORT / native arrays "
            << fixed(cohort_vs_array, 2) << "  info\n";
    }

    out << "\n3. open + recalculate each shipped template (office running); target < 500 ms\n";
    if (template_files.empty())
    {
        out << "   no templates (*.ods, *.ots, *.fods) in";
        for (const auto& d : o.template_dirs)
            out << " " << d << "/";
        out << ": skipped\n";
    }
    for (const auto& [path, seconds] : templates)
        out << "   " << pad(path, 46, false) << pad(fixed(seconds * 1e3, 1), 9) << " ms  "
            << tally.verdict(seconds < 0.5, "3. " + path) << "\n";
    for (const auto& p : template_problems)
    {
        out << "   WRONG: " << p << "\n";
        tally.wrong.push_back(p);
    }

    out << "\n4. the core alone, ns per call (bench-core), median of interleaved runs, the "
           "fastest run beside it; target < 10 ns for the scalar ones\n";
    std::ifstream core(o.core_tsv);
    if (o.core_tsv.empty() || !core)
        out << "   no results from bench-core: skipped\n";
    for (std::string line; std::getline(core, line);)
    {
        std::stringstream ss(line);
        std::string name, ns_text, target_text, note, best_text;
        std::getline(ss, name, '\t');
        std::getline(ss, ns_text, '\t');
        std::getline(ss, target_text, '\t');
        std::getline(ss, note, '\t');
        std::getline(ss, best_text, '\t');
        const double ns = std::atof(ns_text.c_str());
        out << "   " << pad(name, 40, false) << pad(fixed(ns, 2), 9) << " ns (fastest "
            << pad(fixed(std::atof(best_text.c_str()), 2), 7) << ")  "
            << pad(target_text == "1" ? tally.verdict(ns < 10.0, "4. " + name) : "info", 4,
                   false)
            << "  " << note << "\n";
    }

    out << "\n5. peak memory of a fresh office holding the " << rows
        << "-row sheet (soffice.bin /proc status; medians of " << o.reps
        << " fresh offices each)\n";
    if (!o.memory)
        out << "   skipped\n";
    std::vector<double> held[2], hwm[2], sheet[2];
    for (int v = 0; v < 2 && o.memory; ++v)
    {
        std::vector<double> base, in, formulas, recalc, rss;
        for (const auto& m : memory[v])
        {
            if (!m.problem.empty())
            {
                out << "   " << m.label << ": WRONG: " << m.problem << "\n";
                tally.wrong.push_back(m.label);
                continue;
            }
            base.push_back(m.base.rss_kb / 1024.0);
            in.push_back((m.inputs.rss_kb - m.base.rss_kb) / 1024.0);
            formulas.push_back((m.filled.rss_kb - m.inputs.rss_kb) / 1024.0);
            recalc.push_back((m.loaded.rss_kb - m.filled.rss_kb) / 1024.0);
            rss.push_back(m.loaded.rss_kb / 1024.0);
            hwm[v].push_back(m.loaded.hwm_kb / 1024.0);
            held[v].push_back((m.loaded.rss_kb - m.inputs.rss_kb) / 1024.0);
            sheet[v].push_back((m.loaded.rss_kb - m.base.rss_kb) / 1024.0);
        }
        out << "   " << pad(memory_labels[v], 27, false) << " VmHWM "
            << pad(fixed(median(hwm[v]), 1), 6) << " MB, VmRSS " << pad(fixed(median(rss), 1), 6)
            << " MB = empty office " << pad(fixed(median(base), 1), 6) << " + inputs "
            << pad(fixed(median(in), 1), 5) << " + formula column "
            << pad(fixed(median(formulas), 1), 5) << " + recalculation "
            << pad(fixed(median(recalc), 1), 4) << " MB\n";
    }
    if (o.memory)
        out << "   tokwatt/native: VmHWM " << fixed(paired_ratio(hwm[0], hwm[1]), 2)
            << ", RSS added by the whole sheet " << fixed(paired_ratio(sheet[0], sheet[1]), 2)
            << ", by the formula column and its results "
            << fixed(paired_ratio(held[0], held[1]), 2) << "  info (no target)\n";

    out << "\nsummary: " << tally.pass << " targets met, " << tally.missed.size() << " missed";
    if (!tally.missed.empty())
    {
        out << " (";
        for (std::size_t i = 0; i < tally.missed.size(); ++i)
            out << (i ? "; " : "") << tally.missed[i];
        out << ")";
    }
    out << ", " << tally.wrong.size() << " wrong\n";
    std::cout << out.str() << std::flush;
    return tally.wrong.empty() ? 0 : 1;
}
}

int main(int argc, char** argv)
{
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i)
    {
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size())
                throw std::invalid_argument(args[i] + " needs a value");
            return args[++i];
        };
        try
        {
            if (args[i] == "--rows")
                o.rows = std::stoi(value());
            else if (args[i] == "--reps")
                o.reps = std::stoi(value());
            else if (args[i] == "--templates")
                o.template_dirs.push_back(value());
            else if (args[i] == "--core")
                o.core_tsv = value();
            else if (args[i] == "--only")
                o.only = value();
            else if (args[i] == "--no-memory")
                o.memory = false;
            else
                positional.push_back(args[i]);
        }
        catch (const std::exception& e)
        {
            std::cerr << "bench-calc: " << e.what() << "\n";
            return 2;
        }
    }
    if (positional.size() != 2 || o.rows < 10)
    {
        std::cerr << "usage: bench-calc OXT PROFILE [--rows N] [--reps N] [--templates DIR]... "
                     "[--core TSV] [--only NAME] [--no-memory]\n";
        return 2;
    }
    o.oxt = positional[0];
    o.profile = positional[1];
    o.reps = std::max(o.reps, 5);
    try
    {
        return run(o);
    }
    catch (const css::uno::Exception& e)
    {
        std::cerr << "bench-calc: " << narrow(e.Message) << "\n";
    }
    catch (const std::exception& e)
    {
        std::cerr << "bench-calc: " << e.what() << "\n";
    }
    return 1;
}
