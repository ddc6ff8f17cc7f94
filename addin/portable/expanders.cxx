// One expander per tokwatt function: the built-in formula that computes
// what the add-in computes, in the order the core computes it (so the two
// agree to the last bit or two), with every default and constant taken
// from the core's headers and catalog.
//
// Arguments arrive as rewritten formula text; p() puts an argument in
// parentheses when it is not a single operand. Lists of known length are
// written out cell by cell as scalar arithmetic: SUMPRODUCT over an array
// expression needs array arithmetic, which HyperFormula's default
// configuration does not do (it returns a wrong number, silently). Only
// the built-ins of allowed_builtins are called, and numbers are written by
// number_text (no exponent, the same in every locale).
//
// What the native formulas do not reproduce is the add-in's validation:
// where the add-in shows Err:502 for an input outside its domain (a
// negative power, shares not summing to 1, ...) the native formula
// computes the arithmetic anyway (README: "Sharing with people who do not
// have the add-in").
#include "expanders.hxx"

#include <cfloat>
#include <cmath>
#include <cstring>

#include <strings.h>

#include "../../core/tokwatt.h"

namespace tokwatt::portable
{
void Context::note(const std::string& text)
{
    for (const std::string& n : notes)
        if (n == text)
            return;
    notes.push_back(text);
}

namespace
{
using Kind = Arg::Kind;

std::string num(double x) { return number_text(x); }

// An argument as an operand.
std::string p(const Arg& a) { return a.atomic ? a.text : "(" + a.text + ")"; }

std::string p(const std::string& text) { return p(classify(text)); }

bool given(const Arg& a) { return a.kind != Kind::omitted; }

std::string or_default(const Arg& a, double fallback) { return given(a) ? p(a) : num(fallback); }

// --- the catalog -------------------------------------------------------------

const tw_preset* catalog_row(const std::string& name, const char* field)
{
    for (std::size_t i = 0; i < tw_catalog_count(); ++i)
    {
        const tw_preset* row;
        if (tw_catalog_entry(i, &row) == TW_OK && strcasecmp(row->name, name.c_str()) == 0
            && strcasecmp(row->field, field) == 0)
            return row;
    }
    return nullptr;
}

// The note of a preset value written in as a constant.
std::string preset_note(const tw_preset& row)
{
    return std::string(row.name) + " " + row.field + " = " + num(row.value)
           + (*row.unit ? std::string(" ") + row.unit : "") + " (tokwatt catalog "
           + tw_catalog_version + "); source: " + row.source + "; as of " + row.as_of;
}

// A preset's field as a constant, with its note; lookup is the core's
// getter of that kind of preset (it rejects presets of another kind).
template <class Lookup>
std::string preset(Context& cx, Lookup lookup, const std::string& name, const std::string& field)
{
    double value;
    if (lookup(name, field, &value) != TW_OK)
        throw Unportable{ "the catalog has no value for " + name + " " + field
                          + " (the add-in shows an error)" };
    cx.note(preset_note(*catalog_row(name, field.c_str())));
    return num(value);
}

// The core's getter of one kind of preset, as a plain function.
using Getter = int (*)(const char* name, const char* field, double* value);

int gpu_value(const char* n, const char* f, double* v) { return tw_gpu_field(n, f, v); }
int cache_value(const char* n, const char* f, double* v) { return tw_cache_field(n, f, v); }
int power_value(const char* n, const char*, double* v) { return tw_powerref(n, v); }
int grid_value(const char* n, const char*, double* v) { return tw_grid_intensity(n, v); }
int water_value(const char* n, const char*, double* v) { return tw_water_factor(n, v); }
int disclosure_value(const char* n, const char* f, double* v) { return tw_disclosure(n, f, v); }

// The names (or fields) of the catalog's rows of one kind, each once, in
// catalog order.
std::vector<std::string> catalog_keys(int kind, const char* tw_preset::*key)
{
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < tw_catalog_count(); ++i)
    {
        const tw_preset* row;
        if (tw_catalog_entry(i, &row) != TW_OK || row->kind != kind)
            continue;
        bool seen = false;
        for (const std::string& k : keys)
            seen = seen || k == row->*key;
        if (!seen)
            keys.push_back(row->*key);
    }
    return keys;
}

// A choice among texts by plain comparison: IF(x="H100";700;IF(x="B200";
// 1000;NA())). The "=" operator compares the whole text in every engine
// (no wildcard, no regular expression, no partial match, which MATCH may
// apply depending on a document's settings), ignoring case as the catalog
// does (in an .ods the document's "case sensitive" setting applies).
// Anything else is #N/A, where the add-in shows an error.
std::string choice(const std::string& operand,
                   const std::vector<std::pair<std::string, std::string>>& options)
{
    std::string text, closing;
    for (const auto& [key, value] : options)
    {
        text += "IF(" + operand + "=" + quoted(key) + ";" + value + ";";
        closing += ")";
    }
    return text + "NA()" + closing;
}

// A preset's field of one kind where the name, the field or both come
// from a cell or a formula: for each name the choice of its value, with a
// note listing them, written in from the core's catalog.
std::vector<std::pair<std::string, std::string>>
catalog_choices(Context& cx, int kind, Getter get, const Arg& name, const Arg& field)
{
    const std::vector<std::string> names = name.kind == Kind::text
                                               ? std::vector<std::string>{ name.string }
                                               : catalog_keys(kind, &tw_preset::name);
    const std::vector<std::string> fields = field.kind == Kind::text
                                                ? std::vector<std::string>{ field.string }
                                                : catalog_keys(kind, &tw_preset::field);
    std::vector<std::pair<std::string, std::string>> by_name;
    std::string listed;
    bool any = false;
    for (const std::string& n : names)
    {
        std::vector<std::pair<std::string, std::string>> by_field;
        for (const std::string& f : fields)
        {
            double v;
            const bool known = get(n.c_str(), f.c_str(), &v) == TW_OK;
            any = any || known;
            by_field.push_back({ f, known ? num(v) : "NA()" });
            if (known)
                listed += (listed.empty() ? "" : ", ") + n
                          + (fields.size() > 1 || field.kind != Kind::text ? " " + f : "") + " "
                          + num(v);
        }
        by_name.push_back(
            { n, field.kind == Kind::text ? by_field.front().second : choice(p(field), by_field) });
    }
    if (!any)
        throw Unportable{ "the catalog has no value for "
                          + (name.kind == Kind::text ? name.string : "any preset") + " "
                          + (field.kind == Kind::text ? field.string : "field")
                          + " (the add-in shows an error)" };
    const std::string where = name.kind == Kind::text ? "the field in " + field.text
                              : field.kind == Kind::text
                                  ? "a name in " + name.text
                                  : "a name in " + name.text + " and a field in " + field.text;
    cx.note(where + " is looked up among the tokwatt catalog's " + tw_preset_kind_name(kind)
            + " presets (catalog " + tw_catalog_version + "): " + listed
            + "; PRESETINFO gives their sources");
    return by_name;
}

// A preset's field: both written in, the constant (preset()); else the
// live choice of catalog_choices.
std::string catalog_lookup(Context& cx, int kind, Getter get, const Arg& name, const Arg& field)
{
    if (name.kind == Kind::text && field.kind == Kind::text)
        return preset(
            cx,
            [get](const std::string& n, const std::string& f, double* v) {
                return get(n.c_str(), f.c_str(), v);
            },
            name.string, field.string);
    const auto by_name = catalog_choices(cx, kind, get, name, field);
    return name.kind == Kind::text ? by_name.front().second : choice(p(name), by_name);
}

std::string power_reference(Context& cx, const std::string& name)
{
    return preset(
        cx,
        [](const std::string& n, const std::string&, double* w) {
            return tw_powerref(n.c_str(), w);
        },
        name, "power_w");
}

// A grid_w (GRIDRATIO, one COHORT cohort): omitted, a number, or a
// POWERREF name written in.
std::string grid_power(const Arg& grid, Context& cx)
{
    if (!given(grid))
        return num(tw_default_grid_w);
    if (grid.kind == Kind::text)
        return power_reference(cx, grid.string);
    return p(grid);
}

// --- the essay ---------------------------------------------------------------

enum class Orientation
{
    single,  // one value
    row,     // one row of several cells
    column,  // one column of several cells
    unknown, // a named range or a calculation: taken as it is
};

Orientation orientation(const Arg& a)
{
    if (a.kind == Kind::reference || a.kind == Kind::array)
    {
        if (a.two_dimensional())
            throw Unportable{ "a 2-D range where a list is needed (the add-in shows an error)" };
        return a.row_list() ? Orientation::row
               : a.column_list() ? Orientation::column
                                 : Orientation::single;
    }
    return a.kind == Kind::number ? Orientation::single : Orientation::unknown;
}

// An inline array of doubles in one orientation: {700;1000} (a row) or
// {700|1000} (a column).
std::string inline_array(const double* values, std::size_t n, Orientation o)
{
    std::string text = "{";
    for (std::size_t i = 0; i < n; ++i)
        text += (i ? (o == Orientation::column ? "|" : ";") : "") + num(values[i]);
    return text + "}";
}

// The longest list ETOK writes out term by term; a longer one (or one of
// unknown length, a named range) stays a SUMPRODUCT over an array
// expression, which HyperFormula's default configuration computes wrong.
constexpr int max_scalar_terms = 64;

// Eq token_energy: pue * sum(share * tdp / throughput).
std::string etok(const Call& c, Context& cx)
{
    const Arg &tdp = c[0], &tps = c[1], &share = c[2];
    if (given(tdp) != given(tps))
        throw Unportable{ "tdp_w and tokens_per_s must be given together (the add-in shows "
                          "an error)" };
    const std::string pue = or_default(c[3], tw_default_pue);
    const Orientation share_o = given(share) ? orientation(share) : Orientation::unknown;

    std::string power, throughput, count;
    std::vector<const Arg*> lists;
    if (given(tdp))
    {
        lists = { &tdp, &tps };
        power = p(tdp);
        throughput = p(tps);
        count = tdp.kind == Kind::array ? num(tdp.count()) : "COUNT(" + tdp.text + ")";
    }
    else // the essay's fleet, laid out like the shares
    {
        const Orientation o = share_o == Orientation::column ? Orientation::column
                                                             : Orientation::row;
        power = inline_array(tw_default_tdp_w, TW_DEFAULT_FLEET_SIZE, o);
        throughput = inline_array(tw_default_tokens_per_s, TW_DEFAULT_FLEET_SIZE, o);
        count = num(TW_DEFAULT_FLEET_SIZE);
    }
    if (given(share))
        lists.push_back(&share);

    // Lists of known lengths must agree (else the add-in shows an error).
    int length = given(tdp) ? 0 : TW_DEFAULT_FLEET_SIZE;
    bool all_single = given(tdp);
    Orientation first = Orientation::unknown;
    for (const Arg* list : lists)
    {
        const Orientation o = orientation(*list);
        all_single = all_single && o == Orientation::single;
        if (first == Orientation::unknown && (o == Orientation::row || o == Orientation::column))
            first = o;
        if (o != Orientation::unknown)
        {
            if (length && list->count() != length)
                throw Unportable{ "the lists have different lengths (the add-in shows an "
                                  "error)" };
            length = list->count();
        }
    }
    if (all_single) // one GPU type: no sum
        return p(pue) + "*" + (given(share) ? p(share) + "*" : "") + power + "/" + throughput;

    // Lists of known length: plain scalar arithmetic, term by term in the
    // core's order (share*tdp/throughput), which every engine computes
    // alike: 1.4*(700/200+1000/600)/2, B8*(D16*B16/C16+D17*B17/C17).
    bool known = length > 0 && length <= max_scalar_terms;
    for (const Arg* list : lists)
        known = known && orientation(*list) != Orientation::unknown;
    if (known)
    {
        auto at = [](const Arg& list, int i) {
            return list.kind == Kind::number ? p(list) : p(list.element(i));
        };
        std::string sum;
        for (int i = 0; i < length; ++i)
        {
            const std::string t = given(tdp) ? at(tdp, i) : num(tw_default_tdp_w[i]);
            const std::string r = given(tps) ? at(tps, i) : num(tw_default_tokens_per_s[i]);
            sum += (i ? "+" : "") + (given(share) ? at(share, i) + "*" : std::string()) + t + "/"
                   + r;
        }
        return p(pue) + "*(" + sum + ")" + (given(share) ? "" : "/" + num(length));
    }

    // The add-in pairs the i-th cells whatever the lists' orientation;
    // SUMPRODUCT needs one: transpose the lists laid out the other way.
    auto laid_out = [&](const Arg& list, const std::string& text) {
        const Orientation o = orientation(list);
        if (first == Orientation::unknown || o == Orientation::single
            || o == Orientation::unknown || o == first)
            return text;
        cx.array_entry = true;
        return "TRANSPOSE(" + list.text + ")";
    };
    if (given(tdp))
    {
        power = laid_out(tdp, power);
        throughput = laid_out(tps, throughput);
    }
    if (given(share))
        return p(pue) + "*SUMPRODUCT(" + laid_out(share, share.text) + ";" + power + "/"
               + throughput + ")";
    return p(pue) + "*SUMPRODUCT(" + power + "/" + throughput + ")/" + count;
}

// Eq cache_adjust's k with the calculator's defaults: the one omitted alpha
// is 1 minus the other two (in the core's order), any other omitted value
// the realistic profile's.
std::string cache_factor(const Call& c, std::size_t first)
{
    const tw_cache& d = tw_cache_realistic;
    const Arg &ao = c[first], &am = c[first + 1], &ah = c[first + 2];
    std::string o = or_default(ao, d.alpha_o), m = or_default(am, d.alpha_m),
                h = or_default(ah, d.alpha_h);
    const std::string bm = or_default(c[first + 3], d.beta_m),
                      bh = or_default(c[first + 4], d.beta_h);
    if (!given(ao) && given(am) && given(ah))
        o = "(1-" + m + "-" + h + ")";
    else if (given(ao) && !given(am) && given(ah))
        m = "(1-" + o + "-" + h + ")";
    else if (given(ao) && given(am) && !given(ah))
        h = "(1-" + o + "-" + m + ")";
    return o + "+" + m + "*" + bm + "+" + h + "*" + bh;
}

std::string cachefactor(const Call& c, Context&) { return cache_factor(c, 0); }

std::string eeff(const Call& c, Context&)
{
    return p(c[0]) + "*(" + cache_factor(c, 1) + ")";
}

std::string puser(const Call& c, Context&)
{
    return p(c[0]) + "*" + p(c[1]) + "/" + num(TW_SECONDS_PER_DAY);
}

std::string ppop(const Call& c, Context&) { return p(c[0]) + "*" + p(c[1]); }

std::string gridratio(const Call& c, Context& cx)
{
    return p(c[0]) + "/" + grid_power(c[1], cx);
}

std::string kardashev(const Call& c, Context&)
{
    return p(c[0]) + "/" + num(TW_KARDASHEV_TYPE1_W);
}

// Alg 1 with the core's slack: a quotient within TW_NMAX_SLACK_ULPS ulps
// below an integer reaches it. The factor 1+16*2^-52 is written as an
// expression: a decimal with its 17 digits would be cut to 15 on saving.
std::string nmax(const Call& c, Context&)
{
    return "INT(" + p(c[2]) + "*" + num(TW_SECONDS_PER_DAY) + "/(" + p(c[0]) + "*" + p(c[1])
           + ")*(1+" + std::to_string(TW_NMAX_SLACK_ULPS) + "*2^-"
           + std::to_string(DBL_MANT_DIG - 1) + "))";
}

std::string etarget(const Call& c, Context&)
{
    return p(c[2]) + "*" + num(TW_SECONDS_PER_DAY) + "/(" + p(c[0]) + "*" + p(c[1]) + ")";
}

std::string gapfactor(const Call& c, Context&)
{
    return p(c[0]) + "*" + p(c[1]) + "*" + p(c[2]) + "/(" + p(c[3]) + "*"
           + num(TW_SECONDS_PER_DAY) + ")";
}

// COHORT's array inside a function's argument has no built-in equivalent
// in general; the rewriter handles the cases that have one (a plain cell,
// an operand of arithmetic, SUM and INDEX of it: rewrite.cxx).
std::string cohort(const Call&, Context&)
{
    throw Unportable{ "COHORT's array inside this function has no built-in equivalent (only "
                      "SUM and INDEX of it have one)" };
}

// --- the paper and the facility floor ----------------------------------------

// k_B * T * ln 2: the Landauer floor of one bit.
std::string landauer_bit(const std::string& temp_k)
{
    return num(TW_BOLTZMANN_J_PER_K) + "*" + temp_k + "*LN(2)";
}

std::string landauer(const Call& c, Context&)
{
    // bits omitted: one bit, no factor
    return landauer_bit(or_default(c[0], TW_PAPER_TEMP_K))
           + (given(c[1]) ? "*" + p(c[1]) : std::string());
}

std::string effgap(const Call& c, Context&)
{
    return p(c[0]) + "/(" + landauer_bit(or_default(c[2], TW_PAPER_TEMP_K)) + "*"
           + or_default(c[1], TW_PAPER_BITS_PER_TOKEN) + ")";
}

// Tokens a year: twh * 1E12 / wh_per_token.
std::string tokens_per_year(const Call& c)
{
    return p(c[0]) + "*" + num(TW_WH_PER_TWH) + "/" + p(c[1]);
}

std::string tokenbudget(const Call& c, Context&) { return tokens_per_year(c); }

std::string tokenspercapita(const Call& c, Context&)
{
    return tokens_per_year(c) + "/(" + or_default(c[2], TW_PAPER_POPULATION) + "*"
           + or_default(c[3], TW_PAPER_DAYS_PER_YEAR) + ")";
}

std::string questionbudget(const Call& c, Context&)
{
    return tokens_per_year(c) + "/(" + p(c[2]) + "*" + or_default(c[3], TW_PAPER_POPULATION)
           + "*" + or_default(c[4], TW_PAPER_DAYS_PER_YEAR) + ")";
}

// One constant factor, as the core forms it.
std::string avgpower(const Call& c, Context&)
{
    return p(c[0]) + "*(" + num(TW_WH_PER_TWH) + "/" + num(TW_HOURS_PER_YEAR) + ")";
}

std::string annualtwh(const Call& c, Context&)
{
    return p(c[0]) + "*(" + num(TW_HOURS_PER_YEAR) + "/" + num(TW_WH_PER_TWH) + ")";
}

std::string gpu_day_kwh(const Call& c)
{
    return p(c[0]) + "*" + p(c[1]) + "*" + num(TW_HOURS_PER_DAY) + "/" + num(TW_W_PER_KW);
}

std::string gpudaykwh(const Call& c, Context&) { return gpu_day_kwh(c); }

std::string gpudaycost(const Call& c, Context&) { return gpu_day_kwh(c) + "*" + p(c[2]); }

// --- one request, its carbon and water ----------------------------------------

// The essay's fleet, as ETOK() with no arguments expands.
std::string default_e_tok(Context& cx)
{
    Call fleet{ find_function("ETOK"), std::vector<Arg>(4) };
    return p(etok(fleet, cx));
}

// e_tok*(output + (input - cached)*beta_m + cached*beta_h), each class
// formed as the core forms it; omitted counts are 0 and drop out.
std::string erequest(const Call& c, Context& cx)
{
    const std::string e = given(c[3]) ? p(c[3]) : default_e_tok(cx);
    const std::string bm = or_default(c[4], tw_cache_realistic.beta_m),
                      bh = or_default(c[5], tw_cache_realistic.beta_h);
    std::string f = p(c[0]) + "*" + e;
    if (given(c[1]))
        f += "+" + (given(c[2]) ? "(" + p(c[1]) + "-" + p(c[2]) + ")" : p(c[1])) + "*" + bm
             + "*" + e;
    if (given(c[2]))
        f += "+" + p(c[2]) + "*" + bh + "*" + e;
    return f;
}

// A number or a catalog name written in (or the default row) for a factor
// of one kind (grid intensities, water factors). One cell, which may hold
// a number or a name (a template's grid input), looks the name up live
// among the catalog's presets of that kind (catalog_lookup).
std::string factor(const Arg& a, Context& cx, int kind, Getter get, const char* field,
                   const char* default_name)
{
    const Arg written_field = classify(quoted(field));
    if (given(a) && a.kind == Kind::reference && a.count() == 1)
        return "IF(ISTEXT(" + a.text + ");" + catalog_lookup(cx, kind, get, a, written_field)
               + ";" + a.text + ")";
    if (given(a) && a.kind != Kind::text)
        return p(a);
    return catalog_lookup(cx, kind, get, given(a) ? a : classify(quoted(default_name)),
                          written_field);
}

std::string co2e(const Call& c, Context& cx)
{
    return p(c[0]) + "*" + factor(c[1], cx, TW_PRESET_GRID, grid_value, "g_per_kwh", TW_DEFAULT_GRID)
           + "/" + num(TW_J_PER_KWH);
}

std::string water(const Call& c, Context& cx)
{
    const std::string onsite
        = factor(c[1], cx, TW_PRESET_WATER, water_value, "l_per_kwh", TW_DEFAULT_WATER_ONSITE);
    const std::string offsite
        = factor(c[2], cx, TW_PRESET_WATER, water_value, "l_per_kwh", TW_DEFAULT_WATER_OFFSITE);
    return p(c[0]) + "*" + onsite + "/(" + num(TW_J_PER_KWH) + "*"
           + or_default(c[3], tw_default_pue) + ")+" + p(c[0]) + "*" + offsite + "/"
           + num(TW_J_PER_KWH);
}

std::string disclosure(const Call& c, Context& cx)
{
    return catalog_lookup(cx, TW_PRESET_DISCLOSURE, disclosure_value, c[0], c[1]);
}

// --- ranges and simulation outputs ---------------------------------------------

// The median of a range truncated to [min, max] (omitted bounds are "")
// is Q((F(min) + F(max)) / 2), as the core computes it (quantile mapping):
// F and Q of the normal by NORMDIST and NORMINV, of the others by
// arithmetic. The metalog's CDF has no closed form.
std::string truncated_median(tw_shape shape, const std::string& a, const std::string& b,
                             const std::string& m, const std::string& lower,
                             const std::string& upper)
{
    // u = (F(min) + F(max)) / 2, each F written by cdf(x), 0 and 1 when
    // the bound is omitted.
    auto halfway = [&](const auto& cdf) {
        return "(" + (lower.empty() ? std::string("0") : cdf(lower)) + "+"
               + (upper.empty() ? std::string("1") : cdf(upper)) + ")/2";
    };
    const std::string two_z95 = num(2.0 * TW_UNCERTAIN_Z95);
    // The range's bounds clipped to [min, max].
    const std::string from = lower.empty() ? a : "IF(" + lower + ">" + a + ";" + lower + ";" + a + ")";
    const std::string to = upper.empty() ? b : "IF(" + upper + "<" + b + ";" + upper + ";" + b + ")";
    switch (shape)
    {
        case TW_SHAPE_NORMAL:
        case TW_SHAPE_LOGNORMAL:
        {
            const bool log_scale = shape == TW_SHAPE_LOGNORMAL;
            const std::string la = log_scale ? "LN(" + a + ")" : a, lb = log_scale ? "LN(" + b + ")" : b;
            const std::string mu = "(0.5*" + la + "+0.5*" + lb + ")",
                              sigma = "((" + lb + "-" + la + ")/" + two_z95 + ")";
            const std::string u = halfway([&](const std::string& x) {
                const std::string cdf = "NORMDIST(" + (log_scale ? "LN(" + x + ")" : x) + ";"
                                        + mu + ";" + sigma + ";1)";
                return log_scale ? "IF(" + x + ">0;" + cdf + ";0)" : cdf;
            });
            const std::string q = "NORMINV(" + u + ";" + mu + ";" + sigma + ")";
            return log_scale ? "EXP(" + q + ")" : q;
        }
        case TW_SHAPE_UNIFORM: return "(" + from + "+" + to + ")/2";
        case TW_SHAPE_LOGUNIFORM: return "SQRT(" + from + "*" + to + ")";
        case TW_SHAPE_TRIANGULAR:
        {
            // F(x) = (x-a)^2/((b-a)(m-a)) below the mode, 1-(b-x)^2/((b-a)(b-m))
            // above; Q its inverse on either side of F(m) = (m-a)/(b-a).
            const std::string u = "(" + halfway([&](const std::string& x) {
                const std::string c = "IF(" + x + "<" + a + ";" + a + ";IF(" + x + ">" + b + ";"
                                      + b + ";" + x + "))";
                return "IF(" + c + "<" + m + ";(" + c + "-" + a + ")^2/((" + b + "-" + a + ")*("
                       + m + "-" + a + "));1-(" + b + "-" + c + ")^2/((" + b + "-" + a + ")*("
                       + b + "-" + m + ")))";
            }) + ")";
            return "IF(" + u + "<=(" + m + "-" + a + ")/(" + b + "-" + a + ");" + a + "+SQRT(" + u
                   + "*(" + b + "-" + a + ")*(" + m + "-" + a + "));" + b + "-SQRT((1-" + u
                   + ")*(" + b + "-" + a + ")*(" + b + "-" + m + ")))";
        }
        default:
            throw Unportable{ "the median of a truncated metalog range needs the metalog's "
                              "CDF, which has no closed form and no built-in function" };
    }
}

// UNCERTAIN shows its range's median; the copy computes that median. The
// shape must be written in (or left out) to know which median it is.
// Truncated with every argument written in, the median is the core's
// number: nothing can change it.
std::string uncertain(const Call& c, Context&)
{
    const Arg &lo = c[0], &hi = c[1], &likely = c[2], &shape_arg = c[3];
    tw_shape shape = TW_SHAPE_DEFAULT;
    if (given(shape_arg)
        && (shape_arg.kind != Kind::text || tw_shape_parse(shape_arg.string.c_str(), &shape) != TW_OK))
        throw Unportable{ shape_arg.kind == Kind::text
                              ? "an unknown shape (the add-in shows an error)"
                              : "the shape is given by a formula or a cell, so which median "
                                "it is is not known" };
    const bool truncated = given(c[4]) || given(c[5]);
    if (truncated)
    {
        bool written_in = true;
        for (std::size_t k : { 0, 1, 2, 4, 5 })
            written_in = written_in && (!given(c[k]) || c[k].kind == Kind::number);
        if (written_in)
        {
            auto value = [&](std::size_t k) { return given(c[k]) ? c[k].number : NAN; };
            tw_dist dist;
            double median;
            if (tw_dist_make(lo.number, hi.number, value(2),
                             given(shape_arg) ? shape_arg.string.c_str() : nullptr, value(4),
                             value(5), &dist)
                    != TW_OK
                || tw_dist_median(&dist, &median) != TW_OK)
                throw Unportable{ std::string("the range is refused: ")
                                  + tw_dist_problem_text(dist.problem)
                                  + " (the add-in shows an error)" };
            return num(median);
        }
    }
    const std::string a = p(lo), b = p(hi);
    const std::string lower = given(c[4]) ? p(c[4]) : "", upper = given(c[5]) ? p(c[5]) : "";
    if (shape == TW_SHAPE_TRIANGULAR)
    {
        if (!given(likely))
            throw Unportable{ "\"triangular\" without likely (the add-in shows an error)" };
        const std::string m = p(likely);
        if (truncated)
            return truncated_median(shape, a, b, m, lower, upper);
        // the median of a triangle (a, m, b): on the side of the mode that
        // holds half the area
        return "IF(" + m + ">=(" + a + "+" + b + ")/2;" + a + "+SQRT((" + b + "-" + a + ")*(" + m
               + "-" + a + ")/2);" + b + "-SQRT((" + b + "-" + a + ")*(" + b + "-" + m + ")/2))";
    }
    if (given(likely))
    {
        if (shape != TW_SHAPE_DEFAULT)
            throw Unportable{ "likely with a shape that has no place for it (the add-in shows "
                              "an error)" };
        if (truncated)
            truncated_median(TW_SHAPE_METALOG, a, b, p(likely), lower, upper); // throws
        return p(likely); // the metalog's P50
    }
    if (truncated)
    {
        if (shape != TW_SHAPE_DEFAULT)
            return truncated_median(shape, a, b, "", lower, upper);
        // the default: lognormal above 0, normal otherwise
        if (lo.kind == Kind::number)
            return truncated_median(lo.number > 0 ? TW_SHAPE_LOGNORMAL : TW_SHAPE_NORMAL, a, b, "",
                                    lower, upper);
        return "IF(" + a + ">0;" + truncated_median(TW_SHAPE_LOGNORMAL, a, b, "", lower, upper)
               + ";" + truncated_median(TW_SHAPE_NORMAL, a, b, "", lower, upper) + ")";
    }
    const std::string geometric = "SQRT(" + a + "*" + b + ")", middle = "(" + a + "+" + b + ")/2";
    switch (shape)
    {
        case TW_SHAPE_LOGNORMAL:
        case TW_SHAPE_LOGUNIFORM: return geometric;
        case TW_SHAPE_NORMAL:
        case TW_SHAPE_UNIFORM: return middle;
        default: break;
    }
    if (lo.kind == Kind::number)
        return lo.number > 0 ? geometric : middle;
    return "IF(" + a + ">0;" + geometric + ";" + middle + ")";
}

std::string simoutput(const Call& c, Context&) { return p(c[0]); }

// --- presets and power in words -----------------------------------------------

std::string gpu(const Call& c, Context& cx)
{
    return catalog_lookup(cx, TW_PRESET_GPU, gpu_value, c[0], c[1]);
}

// POWERREF's one field.
const Arg& power_field()
{
    static const Arg field = classify(quoted("power_w"));
    return field;
}

std::string powerref(const Call& c, Context& cx)
{
    return catalog_lookup(cx, TW_PRESET_POWER, power_value, c[0], power_field());
}

std::string cacheprofile(const Call& c, Context& cx)
{
    return catalog_lookup(cx, TW_PRESET_CACHE, cache_value, c[0], c[1]);
}

std::string presetinfo(const Call&, Context&)
{
    throw Unportable{ "PRESETINFO writes the catalog's text about a preset; no built-in "
                      "function has the catalog" };
}

std::string version(const Call&, Context&)
{
    throw Unportable{ "the add-in's version text has no built-in equivalent" };
}

// "<multiple> x <label>", the multiple p / reference rounded to 2
// significant figures and written as the core writes it: plain when the
// rounded multiple is 0 or in [1E-3, 1E4) ("0.0012", "0.64", "4.0", "23",
// "920", "1100"), else d.dE+XX. Built from the two significant digits D
// and the exponent E of the rounded multiple as integers, so that the text
// has a '.' in every locale:
//   E = INT(LOG10(m/0.995)+400)-400  (a mantissa from 9.95 up rounds to 10;
//       shifted by 400 so that INT sees no negative number: HyperFormula's
//       INT truncates toward zero)
//   D = ROUND(m*10^(1-E);0)          (10 to 99)
// ROUND rounds an exact half away from zero where the core rounds it to
// even: the two differ for a multiple such as exactly 1.25 (README).
std::string compare_text(const std::string& p_w, const std::string& power,
                         const std::string& label)
{
    constexpr int figures = 2;
    const std::string m = p_w + "/" + p(power);
    const std::string e = "(INT(LOG10(" + m + "/" + num(1 - 0.5 * std::pow(10.0, -figures))
                          + ")+400)-400)";
    const std::string d = "ROUND(" + m + "*10^(" + std::to_string(figures - 1) + "-" + e + ");0)";
    const std::string mantissa = "REPLACE(" + d + ";2;0;\".\")"; // d.d
    // plain: 0.00dd 0.0dd 0.dd d.d dd dd0 dd00 for E = -3 ... 3, with D
    // written twice (the multiple is written into every E and D)
    const std::string before = "CHOOSE(" + e + "+4;\"0.00\";\"0.0\";\"0.\";\"\";\"\";\"\";\"\")",
                      after = "CHOOSE(" + e + "+4;\"\";\"\";\"\";\"\";\"\";\"0\";\"00\")";
    return "IF(" + p_w + "=0;\"0.0\";IF(ABS(" + e + ")>3;" + mantissa + "&\"E\"&IF(" + e
           + "<0;\"-\";\"+\")&IF(ABS(" + e + ")<10;\"0\";\"\")&ABS(" + e + ");" + before + "&IF(" + e
           + "=0;" + mantissa + ";" + d + ")&" + after + "))&\" x \"&" + label;
}

// Without a reference the comparator of each band is chosen by nested IFs
// (LOOKUP is missing in HyperFormula).
std::string powercompare(const Call& c, Context& cx)
{
    const std::string p_w = p(c[0]);
    const Arg& reference = c[1];
    if (given(reference) && reference.kind != Kind::text)
    {
        // A reference in a cell: its power and its label chosen by its name.
        std::vector<std::pair<std::string, std::string>> labels;
        for (const std::string& name : catalog_keys(TW_PRESET_POWER, &tw_preset::name))
            labels.push_back({ name, quoted(catalog_row(name, "power_w")->label) });
        return compare_text(p_w,
                            catalog_lookup(cx, TW_PRESET_POWER, power_value, reference,
                                           power_field()),
                            choice(p(reference), labels));
    }
    if (given(reference))
        return compare_text(p_w, power_reference(cx, reference.string),
                            quoted(catalog_row(reference.string, "power_w")->label));
    // the essay's scale: a comparator for each band
    const double bands[] = { TW_COMPARE_HOOVER_FROM_W, TW_COMPARE_NUCLEAR_FROM_W,
                             TW_COMPARE_US_FROM_W, TW_COMPARE_WORLD_FROM_W,
                             TW_COMPARE_SUN_FROM_W };
    auto row_of = [](double w) {
        const char* name;
        tw_powerscale(w, &name);
        return catalog_row(name, "power_w");
    };
    std::string power = num(row_of(TW_COMPARE_SUN_FROM_W)->value);
    std::string label = quoted(row_of(TW_COMPARE_SUN_FROM_W)->label);
    for (int b = 4; b >= 0; --b)
    {
        const tw_preset* below = row_of(b ? bands[b - 1] : 0.0);
        power = "IF(" + p_w + "<" + num(bands[b]) + ";" + num(below->value) + ";" + power + ")";
        label = "IF(" + p_w + "<" + num(bands[b]) + ";" + quoted(below->label) + ";" + label
                + ")";
    }
    return compare_text(p_w, power, label);
}
}

const Expander expanders[] = {
    { "ETOK", etok,
      "term by term over the lists' cells, whatever their orientation: "
      "`pue*(share_1*tdp_1/tps_1+share_2*tdp_2/tps_2)`; without shares "
      "`pue*(tdp_1/tps_1+tdp_2/tps_2)/2`; without a fleet the essay's "
      "`1.4*(700/200+1000/600)/2`; one GPU type `pue*tdp_w/tokens_per_s`; a named range or a "
      "list of more than 64 cells `pue*SUMPRODUCT(fleet_share;tdp_w/tokens_per_s)`" },
    { "CACHEFACTOR", cachefactor,
      "`alpha_o+alpha_m*beta_m+alpha_h*beta_h`, defaults written in, the one omitted alpha "
      "`(1-other-other)`" },
    { "EEFF", eeff, "`e_tok*(alpha_o+alpha_m*beta_m+alpha_h*beta_h)` as `CACHEFACTOR`" },
    { "PUSER", puser, "`tokens_per_day*e_eff/86400`" },
    { "PPOP", ppop, "`users*p_user`" },
    { "GRIDRATIO", gridratio,
      "`p_w/grid_w`, default `480000000000`; a `POWERREF` name becomes its power" },
    { "KARDASHEV", kardashev, "`p_w/(174*10^15)`" },
    { "NMAX", nmax, "`INT(budget_w*86400/(tokens_per_day*e_eff)*(1+16*2^-52))`" },
    { "ETARGET", etarget, "`budget_w*86400/(users*tokens_per_day)`" },
    { "GAPFACTOR", gapfactor, "`e_eff*users*tokens_per_day/(budget_w*86400)`" },
    { "COHORT", cohort,
      "an array over a range becomes one formula per cell: `users_i*p_user`, "
      "`P_pop/grid_w`, `P_pop/(174*10^15)`, `NA()` beyond the cohorts; in a plain cell or an "
      "operand of arithmetic `users_1*p_user`; `SUM(COHORT(...))` the sum of every figure "
      "written out, `INDEX(COHORT(...);row;column)` at positions written in that figure" },
    { "LANDAUER", landauer, "`(1380649/10^29)*temp_k*LN(2)*bits`, defaults 300 K and one bit" },
    { "EFFGAP", effgap, "`j_per_token/((1380649/10^29)*temp_k*LN(2)*bits)`, defaults 300 K, 12 bits" },
    { "TOKENBUDGET", tokenbudget, "`twh_per_year*1000000000000/wh_per_token`" },
    { "TOKENSPERCAPITA", tokenspercapita,
      "`twh_per_year*1000000000000/wh_per_token/(population*days_per_year)`, defaults "
      "8000000000 and 365" },
    { "QUESTIONBUDGET", questionbudget,
      "`twh_per_year*1000000000000/wh_per_token/(tokens_per_question*population*"
      "days_per_year)`" },
    { "AVGPOWER", avgpower, "`twh_per_year*(1000000000000/8760)`" },
    { "ANNUALTWH", annualtwh, "`p_w*(8760/1000000000000)`" },
    { "GPUDAYKWH", gpudaykwh, "`gpu_w*pue*24/1000`" },
    { "GPUDAYCOST", gpudaycost, "`gpu_w*pue*24/1000*usd_per_kwh`" },
    { "EREQUEST", erequest,
      "`output_tokens*e_tok+(input_tokens-cached_tokens)*beta_m*e_tok+cached_tokens*beta_h*e_tok`, "
      "omitted counts left out, `e_tok` by default `ETOK()`'s expansion" },
    { "CO2E", co2e,
      "`energy_j*g_per_kwh/3600000`; a catalog name (or the default `grid_world`) becomes its "
      "number, with a note; a one-cell grid (a number or a name) becomes `IF(ISTEXT(cell);"
      "IF(cell=\"grid_world\";445;IF(...;NA()));cell)` over the catalog's grid intensities" },
    { "WATER", water,
      "`energy_j*onsite/(3600000*pue)+energy_j*offsite/3600000`, defaults written in with "
      "notes" },
    { "DISCLOSURE", disclosure,
      "the catalog's number, with a note naming the disclosure and its source; a name or a "
      "field in a cell a choice among the catalog's disclosures as for `GPU`" },
    { "UNCERTAIN", uncertain,
      "its median: `SQRT(lo*hi)` for the default lognormal and the log shapes, `(lo+hi)/2` for "
      "the normal and the uniform, `likely` for the metalog, the triangle's median for "
      "`\"triangular\"`; truncated by min or max `Q((F(min)+F(max))/2)`: "
      "`NORMINV(u;mu;sigma)` over `NORMDIST(min;mu;sigma;1)` for the normal, the same of `LN` "
      "under `EXP` for the lognormal, the clipped bounds' mean (geometric mean) for the uniform "
      "(loguniform), the triangle's `F` and `Q` by arithmetic; the core's number when every "
      "argument is written in; frozen for a metalog truncated over cells" },
    { "SIMOUTPUT", simoutput, "`value`" },
    { "GPU", gpu,
      "the catalog's number, with a note naming the preset and its source; a name in a cell "
      "(or a formula) `IF(cell=\"H100\";700;IF(cell=\"B200\";1000;...;NA()))` over the "
      "catalog's GPUs, a field in a cell the same choice among the fields" },
    { "POWERREF", powerref,
      "the catalog's number, with a note naming the preset and its source; a name in a cell a "
      "choice among the catalog's power references as for `GPU`" },
    { "CACHEPROFILE", cacheprofile,
      "the catalog's number, with a note naming the preset and its source; a name or a field "
      "in a cell a choice among the catalog's cache profiles as for `GPU`" },
    { "PRESETINFO", presetinfo, "frozen: the cell keeps its text, with a note" },
    { "TOKWATTVERSION", version, "frozen: the cell keeps its text, with a note" },
    { "POWERCOMPARE", powercompare,
      "the text built from `LOG10`, `ROUND`, `REPLACE` and `CHOOSE` (the comparator chosen "
      "by nested `IF`s when no reference is given; a reference in a cell chooses its power "
      "and its label as for `GPU`)" },
};

const std::size_t expander_count = sizeof expanders / sizeof expanders[0];

const char* const allowed_builtins[] = {
    "ABS",     "CHOOSE",  "EXACT", "EXP", "IF",      "INT",   "ISTEXT", "LN",       "LOG10",
    "NA",      "NORMDIST", "NORMINV", "REPLACE", "ROUND", "SQRT",   "SUMPRODUCT",
};
const std::size_t allowed_builtin_count = sizeof allowed_builtins / sizeof allowed_builtins[0];

bool allowed_builtin(const std::string& name)
{
    for (const char* allowed : allowed_builtins)
        if (strcasecmp(allowed, name.c_str()) == 0)
            return true;
    return false;
}

const Expander* find_expander(const char* name)
{
    for (const Expander& e : expanders)
        if (strcasecmp(e.name, name) == 0)
            return &e;
    return nullptr;
}

namespace
{
// The number of cohorts of a COHORT call: one per cell of users.
int cohorts(const Call& c)
{
    const Arg &users = c[0], &grid = c[2];
    int n = 1;
    if (users.kind == Kind::reference || users.kind == Kind::array)
    {
        if (users.two_dimensional())
            throw Unportable{ "users is a 2-D range (the add-in shows an error)" };
        n = users.count();
    }
    else if (users.kind != Kind::number)
        throw Unportable{ "COHORT's users are given by a formula: the number of cohorts is "
                          "not known" };
    if ((grid.kind == Kind::reference || grid.kind == Kind::array) && grid.count() != 1
        && (grid.two_dimensional() || grid.count() != n))
        throw Unportable{ "grid_w has neither one value nor one per cohort (the add-in shows "
                          "an error)" };
    return n;
}

// Figure k of cohort i (0-based) given its P_pop as text: P_pop itself,
// the grid ratio, K_1.
std::string cohort_figure(const Call& c, Context& cx, int i, int k, const std::string& p_pop)
{
    const Arg& grid = c[2];
    if (k == 0)
        return p(c[0].element(i)) + "*" + p(c[1]);
    if (k == 1)
        return p(p_pop) + "/"
               + ((grid.kind == Kind::reference || grid.kind == Kind::array) && grid.count() > 1
                      ? p(grid.element(i))
                      : grid_power(grid, cx));
    return p(p_pop) + "/" + num(TW_KARDASHEV_TYPE1_W);
}
}

int cohort_count(const Call& c) { return cohorts(c); }

std::string cohort_value(const Call& c, Context& cx, int i, int k)
{
    if (i >= cohorts(c) || k > 2)
        throw Unportable{ "a figure outside COHORT's array" };
    return cohort_figure(c, cx, i, k, k == 0 ? "" : cohort_figure(c, cx, i, 0, ""));
}

std::vector<std::vector<std::string>> cohort_cells(const Call& c, Context& cx, int column,
                                                   int row, int rows, int columns)
{
    const int n = cohorts(c);
    std::vector<std::vector<std::string>> cells(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r)
    {
        // Calc repeats a one-row result down the whole range.
        const int i = r < n ? r : n == 1 ? 0 : -1;
        const std::string p_pop = address(column, row + r); // this row's first cell
        for (int k = 0; k < columns; ++k)
            cells[static_cast<std::size_t>(r)].push_back(
                i >= 0 && k < 3 ? "=" + cohort_figure(c, cx, i, k, p_pop) : "=NA()");
    }
    return cells;
}
}
