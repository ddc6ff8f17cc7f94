// The driver: finds every tokwatt call in a formula's tokens, rewrites its
// arguments first (so nested calls are expanded inner first), hands them to
// the function's expander and splices the result back, in parentheses
// where the surrounding operators need them.
#include "rewrite.hxx"

#include <cctype>
#include <strings.h>

#include "expanders.hxx"

namespace tokwatt::portable
{
namespace
{
// What the API grammar writes before every tokwatt function name:
// "ORG.TOKWATT.CALCFUNCTIONS.".
const std::string& stored_prefix()
{
    static const std::string prefix = [] {
        std::string s = service_name;
        for (char& c : s)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return s + ".";
    }();
    return prefix;
}

// The function a word names when it is a tokwatt function, else nullptr.
const FunctionInfo* tokwatt_function(const Token& t)
{
    return t.kind == Tok::word ? tokwatt_function_named(t.text) : nullptr;
}

}

const FunctionInfo* tokwatt_function_named(const std::string& word)
{
    const std::string& prefix = stored_prefix();
    if (word.size() <= prefix.size()
        || strncasecmp(word.c_str(), prefix.c_str(), prefix.size()) != 0)
        return nullptr;
    return find_function(word.c_str() + prefix.size());
}

namespace
{
bool is_call(const Tokens& t, std::size_t i)
{
    return i + 1 < t.size() && t[i + 1].kind == Tok::open && tokwatt_function(t[i]);
}

// --- CONVERT -----------------------------------------------------------------
// The workbook's own CONVERT calls (the Analysis add-in's, as the API
// grammar names it) become arithmetic: HyperFormula has no CONVERT. The
// units are those the templates convert between (sheets/: W to kW, GW or
// TW, J to Wh and back, l to gal), with their neighbours a user may type; every
// factor is in this one table, in the unit's base (W, J). A unit in a
// cell becomes a choice by EXACT (case-sensitive, as CONVERT: "mW" is not
// "MW"), #N/A for any other unit, where CONVERT shows an error too.

const char* const convert_name = "COM.SUN.STAR.SHEET.ADDIN.ANALYSIS.GETCONVERT";

struct Unit
{
    const char* name;
    const char* dimension;
    double factor; // in the dimension's base unit
};

const Unit convert_units[] = {
    { "W", "power", 1 },        { "kW", "power", 1e3 },     { "MW", "power", 1e6 },
    { "GW", "power", 1e9 },     { "TW", "power", 1e12 },    { "J", "energy", 1 },
    { "Wh", "energy", 3600 },   { "kWh", "energy", 3.6e6 },  { "l", "volume", 1 },
    { "ml", "volume", 1e-3 },   { "gal", "volume", 3.785411784 }, // the US gallon, exact
};

const Unit* convert_unit(const std::string& name)
{
    for (const Unit& u : convert_units)
        if (name == u.name)
            return &u;
    return nullptr;
}

bool is_convert(const Tokens& t, std::size_t i)
{
    return i + 1 < t.size() && t[i + 1].kind == Tok::open && t[i].kind == Tok::word
           && strcasecmp(t[i].text.c_str(), convert_name) == 0;
}

// A unit argument's factor in `dimension` as formula text: a number for a
// literal, a choice by EXACT over the table's units for anything else.
std::string unit_factor(const Arg& unit, const char* dimension)
{
    if (unit.kind == Arg::Kind::text)
        return number_text(convert_unit(unit.string)->factor);
    const std::string operand = unit.atomic ? unit.text : "(" + unit.text + ")";
    std::string choice, closing;
    for (const Unit& u : convert_units)
        if (std::string(u.dimension) == dimension)
        {
            choice += "IF(EXACT(" + operand + ";" + quoted(u.name) + ");"
                      + number_text(u.factor) + ";";
            closing += ")";
        }
    return choice + "NA()" + closing;
}

// CONVERT(value; from; to) as arithmetic, or "" when its units are not
// both known from the table (then the call is kept as it is).
std::string convert_native(const std::vector<Arg>& args)
{
    if (args.size() != 3 || args[0].kind == Arg::Kind::omitted)
        return "";
    const Arg &value = args[0], &from = args[1], &to = args[2];
    const Unit* known = nullptr;
    for (const Arg* a : { &from, &to })
        if (a->kind == Arg::Kind::text)
        {
            const Unit* u = convert_unit(a->string);
            if (!u || (known && std::string(known->dimension) != u->dimension))
                return "";
            known = u;
        }
    if (!known || from.kind == Arg::Kind::omitted || to.kind == Arg::Kind::omitted
        || (from.kind != Arg::Kind::text && (from.kind != Arg::Kind::reference || from.count() != 1))
        || (to.kind != Arg::Kind::text && (to.kind != Arg::Kind::reference || to.count() != 1)))
        return "";
    const std::string x = value.atomic ? value.text : "(" + value.text + ")";
    if (from.kind == Arg::Kind::text && to.kind == Arg::Kind::text)
    {
        // Both written in: one exact integer ratio (1000, 3600, ...).
        const double f = convert_unit(from.string)->factor, g = convert_unit(to.string)->factor;
        if (f == g)
            return x;
        return f > g ? x + "*" + number_text(f / g) : x + "/" + number_text(g / f);
    }
    const std::string f = unit_factor(from, known->dimension),
                      g = unit_factor(to, known->dimension);
    return x + (f == "1" ? "" : "*" + f) + (g == "1" ? "" : "/" + g);
}

// Index of the first significant token in [b, e) at or after i, or e.
std::size_t next_significant(const Tokens& t, std::size_t i, std::size_t e)
{
    while (i < e && t[i].kind == Tok::space)
        ++i;
    return i;
}

bool is_named_call(const Tokens& t, std::size_t i, const char* name)
{
    return i + 1 < t.size() && t[i + 1].kind == Tok::open && t[i].kind == Tok::word
           && strcasecmp(t[i].text.c_str(), name) == 0;
}

bool is_cohort(const Tokens& t, std::size_t i)
{
    return is_call(t, i) && std::string(tokwatt_function(t[i])->name) == "COHORT";
}

// Whether tokens [b, e) are exactly one COHORT call, spaces aside.
bool only_cohort(const Tokens& t, std::size_t b, std::size_t e)
{
    while (b < e && t[b].kind == Tok::space)
        ++b;
    if (!is_cohort(t, b))
        return false;
    std::size_t after = matching(t, b + 1) + 1;
    while (after < e && t[after].kind == Tok::space)
        ++after;
    return after == e;
}

class Driver
{
public:
    Context cx;
    int calls = 0; // function calls around the tokens being rewritten

    // Rewrites tokens [b, e): a whole formula body or one argument.
    std::string rewrite(const Tokens& t, std::size_t b, std::size_t e)
    {
        std::string out;
        std::size_t i = b;
        int in_array = 0; // inside an inline array {..}: constants only
        std::vector<bool> brackets; // open brackets: true for a call's
        const int outer_calls = calls;
        while (i < e)
        {
            if (is_convert(t, i))
            {
                i = convert(t, b, e, i, out);
                continue;
            }
            if (const std::size_t after = cohort_aggregate(t, b, e, i, out))
            {
                i = after;
                continue;
            }
            if (!is_call(t, i))
            {
                const Token& token = t[i++];
                in_array += token.kind == Tok::array_open ? 1
                            : token.kind == Tok::array_close ? -1
                                                             : 0;
                if (token.kind == Tok::open)
                {
                    std::size_t before = i - 1;
                    while (before > b && t[before - 1].kind == Tok::space)
                        --before;
                    brackets.push_back(before > b && t[before - 1].kind == Tok::word);
                    calls += brackets.back();
                }
                else if (token.kind == Tok::close && !brackets.empty())
                {
                    calls -= brackets.back();
                    brackets.pop_back();
                }
                // Every number as number_text writes it (no exponent).
                out += token.kind == Tok::number && in_array == 0
                           ? number_text(number_value(token.text))
                           : token.text;
                continue;
            }
            const std::size_t close = matching(t, i + 1);
            if (close >= e)
                throw Unportable{ "the formula's brackets do not match" };
            const Call call = parse_call(t, i, close);
            // COHORT as an operand of arithmetic (no function around it)
            // shows its first figure, as in a plain cell.
            const std::string native
                = is_cohort(t, i) && calls == 0
                      ? cohort_value(call, cx, 0, 0)
                      : find_expander(call.function->name)->expand(call, cx);
            out += needs_no_brackets(t, b, e, i, close) || classify(native).atomic
                       ? native
                       : "(" + native + ")";
            i = close + 1;
        }
        calls = outer_calls;
        return out;
    }

    // SUM(COHORT(...)) and INDEX(COHORT(...); row; [column]) at i: the sum
    // of every figure of every cohort, or the one figure, as scalar
    // arithmetic (INDEX without a column, as Calc reads it in a cell, the
    // row's first figure). Returns the index after the call's ')', or 0
    // when the call at i is neither.
    std::size_t cohort_aggregate(const Tokens& t, std::size_t b, std::size_t e, std::size_t i,
                                 std::string& out)
    {
        const bool sum = is_named_call(t, i, "SUM"), index = is_named_call(t, i, "INDEX");
        if (!sum && !index)
            return 0;
        const std::size_t close = matching(t, i + 1);
        if (close >= e)
            return 0;
        const auto args = arguments(t, i + 1, close);
        if (args.empty() || !only_cohort(t, args[0].first, args[0].second)
            || (sum && args.size() != 1) || (index && (args.size() < 2 || args.size() > 3)))
            return 0;
        std::size_t at = args[0].first;
        while (t[at].kind == Tok::space)
            ++at;
        ++calls;
        const Call call = parse_call(t, at, matching(t, at + 1));
        const int n = cohort_count(call);
        std::string native;
        if (sum)
        {
            for (int r = 0; r < n; ++r)
                for (int k = 0; k < 3; ++k)
                    native += (native.empty() ? "" : "+") + cohort_value(call, cx, r, k);
        }
        else
        {
            auto position = [&](std::size_t a, int count) {
                const Arg arg = classify(rewrite(t, args[a].first, args[a].second));
                if (arg.kind == Arg::Kind::omitted && a == 2)
                    return 0;
                if (arg.kind != Arg::Kind::number || arg.number != static_cast<int>(arg.number)
                    || arg.number < 1 || arg.number > count)
                    throw Unportable{ "INDEX of COHORT's array at a position that is not "
                                      "written in, or outside it" };
                return static_cast<int>(arg.number) - 1;
            };
            const int r = position(1, n), k = args.size() == 3 ? position(2, 3) : 0;
            native = cohort_value(call, cx, r, k);
        }
        --calls;
        out += needs_no_brackets(t, b, e, i, close) || classify(native).atomic
                   ? native
                   : "(" + native + ")";
        return close + 1;
    }

    // A CONVERT call at i: its arguments rewritten, then the call as
    // arithmetic where its units are known, else kept. Returns the index
    // after its ')'.
    std::size_t convert(const Tokens& t, std::size_t b, std::size_t e, std::size_t i,
                        std::string& out)
    {
        const std::size_t close = matching(t, i + 1);
        if (close >= e)
            throw Unportable{ "the formula's brackets do not match" };
        std::vector<Arg> args;
        std::string kept = t[i].text + "(";
        ++calls;
        for (const auto& [ab, ae] : arguments(t, i + 1, close))
        {
            const std::string text = rewrite(t, ab, ae);
            kept += (args.empty() ? "" : ";") + text;
            args.push_back(classify(text));
        }
        kept += ")";
        --calls;
        const std::string native = convert_native(args);
        if (native.empty())
            out += kept;
        else
            out += needs_no_brackets(t, b, e, i, close) || classify(native).atomic
                       ? native
                       : "(" + native + ")";
        return close + 1;
    }

    // Whether the call from i to close is a whole argument (or the whole
    // formula), which needs no brackets.
    static bool needs_no_brackets(const Tokens& t, std::size_t b, std::size_t e, std::size_t i,
                                  std::size_t close)
    {
        std::size_t before = i;
        while (before > b && t[before - 1].kind == Tok::space)
            --before;
        const bool starts = before == b || t[before - 1].kind == Tok::open
                            || t[before - 1].kind == Tok::sep;
        const std::size_t after = next_significant(t, close + 1, e);
        const bool ends
            = after == e || t[after].kind == Tok::close || t[after].kind == Tok::sep;
        return starts && ends;
    }

    // The call whose name is at i and whose ')' is at close, its arguments
    // rewritten and classified.
    Call parse_call(const Tokens& t, std::size_t i, std::size_t close)
    {
        Call call{ tokwatt_function(t[i]), {} };
        const FunctionInfo& f = *call.function;
        const auto ranges = arguments(t, i + 1, close);
        if (ranges.size() > f.arg_count())
            throw Unportable{ std::string(f.name)
                              + " has too many arguments (Calc shows an error)" };
        ++calls;
        for (const auto& [b, e] : ranges)
            call.args.push_back(classify(rewrite(t, b, e)));
        --calls;
        call.args.resize(f.arg_count());
        for (std::size_t k = 0; k < f.arg_count(); ++k)
            if (f.args[k].kind != ArgKind::Optional && call.args[k].kind == Arg::Kind::omitted)
                throw Unportable{ std::string(f.name) + " lacks its argument " + f.args[k].name
                                  + " (Calc shows an error)" };
        return call;
    }
};

// A formula's body: "=..." or "{=...}" without those marks; false when the
// text is no formula.
bool body(const std::string& formula, std::string& out)
{
    std::size_t b = 0, e = formula.size();
    if (e >= 3 && formula[0] == '{' && formula[e - 1] == '}')
    {
        ++b;
        --e;
    }
    if (b >= e || formula[b] != '=')
        return false;
    out = formula.substr(b + 1, e - b - 1);
    return true;
}

// Whether the tokens are exactly one COHORT call.
bool whole_cohort(const Tokens& t)
{
    const std::size_t i = next_significant(t, 0, t.size());
    if (!is_call(t, i) || std::string(tokwatt_function(t[i])->name) != "COHORT")
        return false;
    return next_significant(t, matching(t, i + 1) + 1, t.size()) == t.size();
}

std::string checked_length(std::string formula)
{
    if (formula.size() > max_formula_length)
        throw Unportable{ "the built-in formula would be too long for Excel (8,192 "
                          "characters)" };
    return formula;
}
}

bool uses_tokwatt(const std::string& formula)
{
    const Tokens t = lex(formula);
    for (std::size_t i = 0; i < t.size(); ++i)
        if (is_call(t, i))
            return true;
    return false;
}

bool needs_rewrite(const std::string& formula)
{
    const Tokens t = lex(formula);
    for (std::size_t i = 0; i < t.size(); ++i)
        if (is_call(t, i) || is_convert(t, i))
            return true;
    return false;
}

Rewrite rewrite(const std::string& formula)
{
    Rewrite result;
    std::string text;
    if (!body(formula, text) || !needs_rewrite(text))
        return result;
    const Tokens t = lex(text);
    Driver driver;
    try
    {
        if (whole_cohort(t)) // a plain cell shows the first cohort's P_pop
        {
            const std::size_t i = next_significant(t, 0, t.size());
            const Call call = driver.parse_call(t, i, matching(t, i + 1));
            result.formula = cohort_cells(call, driver.cx, 0, 0, 1, 1)[0][0];
        }
        else
            result.formula = "=" + driver.rewrite(t, 0, t.size());
        checked_length(result.formula);
        result.status = Status::native;
        result.array_entry = driver.cx.array_entry;
        result.notes = driver.cx.notes;
    }
    catch (const Unportable& u)
    {
        result = Rewrite{};
        result.status = Status::freeze;
        result.reason = u.reason;
    }
    return result;
}

ArrayRewrite rewrite_array(const std::string& formula, int column, int row, int rows,
                           int columns)
{
    ArrayRewrite result;
    std::string text;
    if (!body(formula, text) || !needs_rewrite(text))
        return result;
    const Tokens t = lex(text);
    Driver driver;
    try
    {
        if (whole_cohort(t))
        {
            const std::size_t i = next_significant(t, 0, t.size());
            const Call call = driver.parse_call(t, i, matching(t, i + 1));
            result.cells = cohort_cells(call, driver.cx, column, row, rows, columns);
            for (const auto& cells : result.cells)
                for (const std::string& cell : cells)
                    checked_length(cell);
        }
        else
            result.formula = checked_length("=" + driver.rewrite(t, 0, t.size()));
        result.status = Status::native;
        result.notes = driver.cx.notes;
    }
    catch (const Unportable& u)
    {
        result = ArrayRewrite{};
        result.status = Status::freeze;
        result.reason = u.reason;
    }
    return result;
}

std::string native_form(const std::string& function)
{
    const Expander* e = find_expander(function.c_str());
    return e ? e->native : "";
}
}
