// The portable rewriter, without an office: each row is a formula as a
// user types it (the table stores it the way XCell::getFormula returns it,
// every tokwatt name behind ORG.TOKWATT.CALCFUNCTIONS.) and the built-in
// formula it must become, with the notes it must carry; or the reason it
// is frozen. Every function, defaults, omitted arguments in the middle,
// ranges in rows and columns and of other sheets, nested calls, calls
// mixed with other formula parts, COHORT arrays cell by cell.
//
// That the built-in formulas compute the add-in's values is asserted end
// to end in a real Calc (tests/calc/test_portable.cxx).
#include <cppunit/extensions/HelperMacros.h>

#include <cctype>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <string>
#include <vector>

#include "../../addin/function_table.hxx"
#include "../../core/tokwatt.h"
#include "../../addin/portable/expanders.hxx"
#include "../../addin/portable/formula.hxx"
#include "../../addin/portable/rewrite.hxx"

using namespace tokwatt;
using namespace tokwatt::portable;

namespace tokwatt_test
{
namespace
{
// "=EEFF(ETOK())" as Calc's API returns it:
// "=ORG.TOKWATT.CALCFUNCTIONS.EEFF(ORG.TOKWATT.CALCFUNCTIONS.ETOK())". A
// name is a tokwatt function's when a '(' follows it; text in quotes is
// left alone.
std::string stored(const std::string& typed)
{
    std::string out;
    bool in_text = false;
    for (std::size_t i = 0; i < typed.size();)
    {
        const char c = typed[i];
        if (c == '"')
            in_text = !in_text;
        if (!in_text && std::isalpha(static_cast<unsigned char>(c))
            && (i == 0 || !(std::isalnum(static_cast<unsigned char>(typed[i - 1]))
                            || typed[i - 1] == '.' || typed[i - 1] == '_' || typed[i - 1] == '$')))
        {
            std::size_t end = i;
            while (end < typed.size()
                   && (std::isalnum(static_cast<unsigned char>(typed[end])) || typed[end] == '_'))
                ++end;
            const std::string name = typed.substr(i, end - i);
            if (end < typed.size() && typed[end] == '(' && find_function(name.c_str()))
                out += "ORG.TOKWATT.CALCFUNCTIONS.";
            out += name;
            i = end;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

// The note of one catalog field, as the rewriter writes it.
std::string note(const char* name, const char* field)
{
    for (std::size_t i = 0; i < tw_catalog_count(); ++i)
    {
        const tw_preset* e;
        tw_catalog_entry(i, &e);
        if (std::string(e->name) == name && std::string(e->field) == field)
            return std::string(e->name) + " " + e->field + " = " + number_text(e->value)
                   + (*e->unit ? std::string(" ") + e->unit : "") + " (tokwatt catalog "
                   + tw_catalog_version + "); source: " + e->source + "; as of " + e->as_of;
    }
    CPPUNIT_FAIL(std::string("no catalog row ") + name + " " + field);
}

struct Row
{
    std::string typed;               // as a user types it
    std::string native;              // "" when the cell is frozen
    std::vector<std::string> notes;  // presets written in
    bool array_entry = false;
};

Row row(const std::string& typed, const std::string& native,
        std::vector<std::string> notes = {}, bool array_entry = false)
{
    return { typed, native, std::move(notes), array_entry };
}

Row frozen(const std::string& typed) { return { typed, "", {}, false }; }

void check(const std::vector<Row>& rows)
{
    std::string failures;
    for (const Row& r : rows)
    {
        const Rewrite got = rewrite(stored(r.typed));
        std::string why;
        if (r.native.empty())
        {
            if (got.status != Status::freeze || got.reason.empty())
                why = "expected frozen with a reason, got " + got.formula;
        }
        else if (got.status != Status::native)
            why = "frozen: " + got.reason;
        else if (got.formula != r.native)
            why = "\n    expected " + r.native + "\n    got      " + got.formula;
        else if (got.notes != r.notes)
            why = "notes differ (" + std::to_string(got.notes.size()) + " notes)";
        else if (got.array_entry != r.array_entry)
            why = "array entry differs";
        if (!why.empty())
            failures += "\n  " + r.typed + ": " + why;
    }
    CPPUNIT_ASSERT_MESSAGE(std::to_string(rows.size()) + " formulas;" + failures,
                           failures.empty());
}

const std::string fleet = "700/200+1000/600"; // the essay's, term by term
const std::string realistic = "0.05+0.2*0.1+0.75*0.01";
const std::string etok_default = "1.4*(" + fleet + ")/2";
}

class RewriteTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(RewriteTest);
    CPPUNIT_TEST(essay_functions);
    CPPUNIT_TEST(ranges_in_rows_and_columns);
    CPPUNIT_TEST(paper_and_facility_functions);
    CPPUNIT_TEST(presets_become_constants_with_their_source);
    CPPUNIT_TEST(nested_and_mixed_with_other_formula_parts);
    CPPUNIT_TEST(power_in_words);
    CPPUNIT_TEST(what_has_no_builtin_equivalent_is_frozen);
    CPPUNIT_TEST(formulas_without_tokwatt_stay_as_they_are);
    CPPUNIT_TEST(cohort_arrays_become_one_formula_per_cell);
    CPPUNIT_TEST(other_array_formulas_stay_array_formulas);
    CPPUNIT_TEST(a_grid_in_a_cell_is_looked_up_live);
    CPPUNIT_TEST(presets_named_by_a_cell_are_looked_up_live);
    CPPUNIT_TEST(truncated_ranges_stay_live);
    CPPUNIT_TEST(cohort_inside_a_formula);
    CPPUNIT_TEST(every_function_has_an_expansion);
    CPPUNIT_TEST(numbers_read_back_exactly);
    CPPUNIT_TEST(expansions_call_only_allowed_builtins);
    CPPUNIT_TEST(convert_becomes_arithmetic);
    CPPUNIT_TEST(the_process_locale_changes_nothing);
    CPPUNIT_TEST_SUITE_END();

public:
    // Defaults written in from the core's constants, optional arguments
    // omitted at the end and in the middle.
    void essay_functions()
    {
        check({
            row("=ETOK()", "=" + etok_default),
            row("=ETOK(;;;)", "=" + etok_default),
            row("=ETOK(;;;1.2)", "=1.2*(" + fleet + ")/2"),
            row("=ETOK(;;{0.25;0.75})", "=1.4*(0.25*700/200+0.75*1000/600)"),
            row("=ETOK({700;1000;400};{200;600;100})",
                "=1.4*(700/200+1000/600+400/100)/3"),
            row("=ETOK({700;1000};{200;600};{0.5;0.5};1.2)",
                "=1.2*(0.5*700/200+0.5*1000/600)"),
            row("=ETOK(700;200)", "=1.4*700/200"),       // one GPU type: no sum
            row("=ETOK(700;200;1;1)", "=1*1*700/200"),
            row("=ETOK( 700 ; 200 )", "=1.4*700/200"),   // spaces as typed

            row("=CACHEFACTOR()", "=" + realistic),
            row("=CACHEFACTOR(;;;;)", "=" + realistic),
            row("=CACHEFACTOR(0.02;0.08;0.9)", "=0.02+0.08*0.1+0.9*0.01"),
            // the one omitted alpha is 1 minus the other two
            row("=CACHEFACTOR(;0.45;0.5)", "=(1-0.45-0.5)+0.45*0.1+0.5*0.01"),
            row("=CACHEFACTOR(0.05;;0.5)", "=0.05+(1-0.05-0.5)*0.1+0.5*0.01"),
            row("=CACHEFACTOR(0.05;0.45)", "=0.05+0.45*0.1+(1-0.05-0.45)*0.01"),
            // two omitted: the realistic profile's
            row("=CACHEFACTOR(0.05;;;0.2)", "=0.05+0.2*0.2+0.75*0.01"),
            row("=CACHEFACTOR(;;;;0.02)", "=0.05+0.2*0.1+0.75*0.02"),
            row("=CACHEFACTOR(F1;F2;F3;F4;F5)", "=F1+F2*F4+F3*F5"),

            row("=EEFF(3.6)", "=3.6*(" + realistic + ")"),
            row("=EEFF(B20;B9;;B10;B13;B12)", "=B20*(B9+(1-B9-B10)*B13+B10*B12)"),
            row("=EEFF(3;;;;0.2;0.05)", "=3*(0.05+0.2*0.2+0.75*0.05)"),
            row("=PUSER(20E9;0.23)", "=20000000000*0.23/86400"),
            row("=PPOP(8.1E9;53000)", "=8100000000*53000"),
            row("=GRIDRATIO(440E9;480E9)", "=440000000000/480000000000"),
            row("=GRIDRATIO(440E9)", "=440000000000/480000000000"),
            row("=KARDASHEV(429E12)", "=429000000000000/(174*10^15)"),
            row("=NMAX(20E9;0.23;480E9)", "=INT(480000000000*86400/(20000000000*0.23)*(1+16*2^-52))"),
            row("=ETARGET(8.1E9;20E9;3.3E12)", "=3300000000000*86400/(8100000000*20000000000)"),
            row("=GAPFACTOR(0.23;8.1E9;20E9;3.3E12)", "=0.23*8100000000*20000000000/(3300000000000*86400)"),
            // COHORT in a plain cell shows the first cohort's power
            row("=COHORT(5;2)", "=5*2"),
            row("=COHORT(A1:A3;53E3)", "=A1*53000"),
            row("=COHORT(A5:C5;53E3;G5:I5)", "=A5*53000"),
        });
    }

    // Lists of known length are written out term by term, pairing the i-th
    // cells whatever the lists' orientation; a named range stays a
    // SUMPRODUCT.
    void ranges_in_rows_and_columns()
    {
        check({
            row("=ETOK(A1:A2;B1:B2;C1:C2;1.2)", "=1.2*(C1*A1/B1+C2*A2/B2)"),
            row("=ETOK(A1:A2;B1:B2)", "=1.4*(A1/B1+A2/B2)/2"),
            row("=ETOK(A5:B5;A6:B6;A7:B7;D1)", "=D1*(A7*A5/A6+B7*B5/B6)"),
            row("=ETOK($A$10:$A$12;$B$10:$B$12)",
                "=1.4*($A$10/$B$10+$A$11/$B$11+$A$12/$B$12)/3"),
            row("=ETOK($Fleet.A1:A2;$Fleet.B1:B2)",
                "=1.4*($Fleet.A1/$Fleet.B1+$Fleet.A2/$Fleet.B2)/2"),
            row("=ETOK($'My fleet'.A1:A2;$'My fleet'.B1:B2;$'My fleet'.C1:C2)",
                "=1.4*($'My fleet'.C1*$'My fleet'.A1/$'My fleet'.B1+$'My fleet'.C2*$'My fleet'.A2/$'My fleet'.B2)"),
            row("=ETOK(fleet_w;fleet_tps)",
                "=1.4*SUMPRODUCT(fleet_w/fleet_tps)/COUNT(fleet_w)"), // named ranges
            row("=ETOK(A1;B1:B1)", "=1.4*A1/B1:B1"),
            // the default fleet is laid out like the shares
            row("=ETOK(;;A7:B7)", "=1.4*(A7*700/200+B7*1000/600)"),
            row("=ETOK(;;C1:C2)", "=1.4*(C1*700/200+C2*1000/600)"),
            row("=ETOK(;;{0.25|0.75})", "=1.4*(0.25*700/200+0.75*1000/600)"),
            // mixed orientation: the i-th cells pair up, no TRANSPOSE
            row("=ETOK(A1:A2;A6:B6)", "=1.4*(A1/A6+A2/B6)/2"),
            row("=ETOK(A5:B5;B1:B2;C1:C2)", "=1.4*(C1*A5/B1+C2*B5/B2)"),
            row("=ETOK(A1:A2;{200;600};{0.25|0.75})", "=1.4*(0.25*A1/200+0.75*A2/600)"),
            row("=CACHEFACTOR(A1:A1)", "=A1:A1+0.2*0.1+0.75*0.01"),
        });
    }

    void paper_and_facility_functions()
    {
        check({
            row("=LANDAUER()", "=(1380649/10^29)*300*LN(2)"),
            row("=LANDAUER(300;12)", "=(1380649/10^29)*300*LN(2)*12"),
            row("=LANDAUER(;12)", "=(1380649/10^29)*300*LN(2)*12"),
            row("=LANDAUER(77)", "=(1380649/10^29)*77*LN(2)"),
            row("=EFFGAP(1.8)", "=1.8/((1380649/10^29)*300*LN(2)*12)"),
            row("=EFFGAP(1.8;;77)", "=1.8/((1380649/10^29)*77*LN(2)*12)"),
            row("=EFFGAP(1.8;1)", "=1.8/((1380649/10^29)*300*LN(2)*1)"),
            row("=TOKENBUDGET(326;5E-4)", "=326*1000000000000/0.0005"),
            row("=TOKENSPERCAPITA(65;5E-4)", "=65*1000000000000/0.0005/(8000000000*365)"),
            row("=TOKENSPERCAPITA(65;5E-4;;366)", "=65*1000000000000/0.0005/(8000000000*366)"),
            row("=QUESTIONBUDGET(326;5E-4;100)", "=326*1000000000000/0.0005/(100*8000000000*365)"),
            row("=QUESTIONBUDGET(326;5E-4;100;1E9)", "=326*1000000000000/0.0005/(100*1000000000*365)"),
            row("=AVGPOWER(4178)", "=4178*(1000000000000/8760)"),
            row("=ANNUALTWH(480E9)", "=480000000000*(8760/1000000000000)"),
            row("=GPUDAYKWH(350;1.15)", "=350*1.15*24/1000"),
            row("=GPUDAYCOST(350;1.15;0.10)", "=350*1.15*24/1000*0.1"),
        });
    }

    void presets_become_constants_with_their_source()
    {
        check({
            row("=GPU(\"H100\";\"tdp_w\")", "=700", { note("H100", "tdp_w") }),
            row("=GPU(\"h100\";\"TOKENS_PER_S\")", "=200", { note("H100", "tokens_per_s") }),
            row("=POWERREF(\"hoover_dam\")", "=2080000000", { note("hoover_dam", "power_w") }),
            row("=CACHEPROFILE(\"peter\";\"alpha_h\")", "=0.9", { note("peter", "alpha_h") }),
            row("=GRIDRATIO(B25;\"us_electricity\")", "=B25/480000000000",
                { note("us_electricity", "power_w") }),
            row("=GRIDRATIO(B25;POWERREF(\"world_electricity\"))", "=B25/3300000000000",
                { note("world_electricity", "power_w") }),
            row("=B23/POWERREF(\"us_household\")", "=B23/1248",
                { note("us_household", "power_w") }),
            row("=ETOK(GPU(\"H100\";\"tdp_w\");GPU(\"H100\";\"tokens_per_s\"))", "=1.4*700/200",
                { note("H100", "tdp_w"), note("H100", "tokens_per_s") }),
            // the same preset twice: one note
            row("=GPU(\"B200\";\"tdp_w\")+GPU(\"B200\";\"tdp_w\")", "=1000+1000",
                { note("B200", "tdp_w") }),
            row("=EEFF(ETOK();CACHEPROFILE(\"peter\";\"alpha_o\");CACHEPROFILE(\"peter\";"
                "\"alpha_m\");CACHEPROFILE(\"peter\";\"alpha_h\"))",
                "=(" + etok_default + ")*(0.02+0.08*0.1+0.9*0.01)",
                { note("peter", "alpha_o"), note("peter", "alpha_m"), note("peter", "alpha_h") }),
        });
    }

    void nested_and_mixed_with_other_formula_parts()
    {
        check({
            row("=EEFF(ETOK())", "=(" + etok_default + ")*(" + realistic + ")"),
            row("=EEFF(ETOK();0.05)", "=(" + etok_default + ")*(" + realistic + ")"),
            row("=PUSER(H1;EEFF(ETOK()))",
                "=H1*((" + etok_default + ")*(" + realistic + "))/86400"),
            row("=PPOP(8.1E9;PUSER(20E9;0.23))", "=8100000000*(20000000000*0.23/86400)"),
            row("=KARDASHEV(PPOP(H3;PUSER(H1;H2)))", "=(H3*(H1*H2/86400))/(174*10^15)"),
            row("=GRIDRATIO(PPOP(H3;PUSER(H1;H2));H4)", "=(H3*(H1*H2/86400))/H4"),
            row("=NMAX(20E9;EEFF(ETOK());PPOP(9;PUSER(20E9;EEFF(ETOK()))))",
                "=INT((9*(20000000000*((" + etok_default + ")*(" + realistic + "))/86400))*86400/(20000000000*(("
                    + etok_default + ")*(" + realistic + ")))*(1+16*2^-52))"),
            row("=ANNUALTWH(AVGPOWER(4178))", "=(4178*(1000000000000/8760))*(8760/1000000000000)"),
            row("=GAPFACTOR(ETARGET(8.1E9;20E9;3.3E12);8.1E9;20E9;3.3E12)",
                "=(3300000000000*86400/(8100000000*20000000000))*8100000000*20000000000/(3300000000000*86400)"),
            // mixed with arithmetic: brackets where the operators need them
            row("=2*PUSER(H1;H2)+1", "=2*(H1*H2/86400)+1"),
            row("=2/PUSER(H1;H2)", "=2/(H1*H2/86400)"),
            row("=PUSER(H1;H2)/1E3", "=(H1*H2/86400)/1000"),
            row("=-PPOP(1;2)^2", "=-(1*2)^2"),
            row("=ETOK()*100%", "=(" + etok_default + ")*100%"),
            row("=IF(ETOK()>3;\"high\";\"low\")", "=IF((" + etok_default + ")>3;\"high\";\"low\")"),
            row("=SUM(ETOK();1)", "=SUM(" + etok_default + ";1)"),
            row("=ROUND( ETOK() ;2)", "=ROUND( " + etok_default + " ;2)"),
            row("=\"E_tok: \"&ETOK()", "=\"E_tok: \"&(" + etok_default + ")"),
            row("=KARDASHEV(1)=0", "=(1/(174*10^15))=0"),
            // CONVERT (the Analysis add-in's) becomes arithmetic
            row("=COM.SUN.STAR.SHEET.ADDIN.ANALYSIS.GETCONVERT(EEFF(ETOK());\"J\";\"Wh\")",
                "=((" + etok_default + ")*(" + realistic + "))/3600"),
        });
    }

    // POWERCOMPARE's text from built-in functions: its parts, and the
    // comparator picked by the essay's scale (values: end to end).
    void power_in_words()
    {
        const Rewrite dam = rewrite(stored("=POWERCOMPARE(1.325E9;\"hoover_dam\")"));
        CPPUNIT_ASSERT(dam.status == Status::native);
        CPPUNIT_ASSERT_MESSAGE(dam.formula, dam.formula.rfind("=IF(1325000000=0;\"0.0\";", 0) == 0);
        const std::string dam_end = "&\" x \"&\"Hoover Dam (nameplate)\"";
        CPPUNIT_ASSERT(dam.formula.size() > dam_end.size()
                       && dam.formula.compare(dam.formula.size() - dam_end.size(),
                                              dam_end.size(), dam_end)
                              == 0);
        CPPUNIT_ASSERT(dam.formula.find("(INT(LOG10(1325000000/2080000000/0.995)+400)-400)") != std::string::npos);
        CPPUNIT_ASSERT(dam.notes == std::vector<std::string>{ note("hoover_dam", "power_w") });

        const Rewrite scale = rewrite(stored("=POWERCOMPARE(B25)"));
        CPPUNIT_ASSERT(scale.status == Status::native);
        CPPUNIT_ASSERT(scale.notes.empty());
        // the comparator by nested IFs (HyperFormula has no LOOKUP)
        CPPUNIT_ASSERT_MESSAGE(scale.formula,
                               scale.formula.find(
                                   "IF(B25<100000000;1248;IF(B25<2080000000;2080000000;IF(B25<"
                                   "48000000000;1000000000;IF(B25<9500000000000;480000000000;IF("
                                   "B25<(174*10^13);19000000000000;(174*10^15))))))")
                                   != std::string::npos);
        CPPUNIT_ASSERT(scale.formula.find(
                           "IF(B25<100000000;\"US household (average)\";IF(B25<2080000000;"
                           "\"Hoover Dam (nameplate)\";")
                       != std::string::npos);
        CPPUNIT_ASSERT(scale.formula.find("LOOKUP") == std::string::npos
                       && scale.formula.find("TEXT(") == std::string::npos);
        CPPUNIT_ASSERT(scale.formula.size() < max_formula_length);

        // A power given by a long formula would pass Excel's 8,192
        // characters: frozen.
        std::string sum = "A1";
        for (int i = 2; i <= 150; ++i)
            sum += "+A" + std::to_string(i);
        const Rewrite longer = rewrite(stored("=POWERCOMPARE(" + sum + ")"));
        CPPUNIT_ASSERT(longer.status == Status::freeze);
        CPPUNIT_ASSERT(longer.reason.find("8,192") != std::string::npos);
    }

    void what_has_no_builtin_equivalent_is_frozen()
    {
        check({
            frozen("=PRESETINFO(\"H100\")"),
            frozen("=TOKWATTVERSION()"),
            frozen("=\"computed with \"&TOKWATTVERSION()"),
            frozen("=POWERREF(\"nowhere\")"),      // the add-in shows Err:502
            frozen("=GPU(\"A100\";\"tokens_per_s\")"), // no sourced value
            frozen("=GPU(\"hoover_dam\";\"tdp_w\")"),  // not a GPU
            frozen("=GRIDRATIO(1;\"H100\")"),
            frozen("=MAX(COHORT(A1:A3;1))"),       // COHORT's array in another function
            frozen("=INDEX(COHORT(A1:A3;1);4)"),   // beyond its cohorts
            frozen("=INDEX(COHORT(A1:A3;1);B1)"),  // a position not written in
            frozen("=PUSER(COHORT(A1:A3;1);2)"),   // inside a tokwatt call
            frozen("=UNCERTAIN(A1;A3;A2;;A4)"),    // a truncated metalog: no closed-form CDF
            frozen("=UNCERTAIN(1;3;2;;1.5;1.2)"),  // min >= max: Err:502
            frozen("=COHORT(A1:B2;1)"),            // 2-D users: Err:502
            frozen("=COHORT(A1:A3*2;1)"),          // cohorts not known
            frozen("=ETOK(700)"),                  // tdp_w without tokens_per_s
            frozen("=ETOK(A1:A2;{200;600;300})"),  // lengths differ
            frozen("=ETOK(;;1)"),                  // the default fleet has two types
            frozen("=ETOK(A1:B2;A1:B2)"),          // 2-D
            frozen("=PUSER(1)"),                   // a required argument missing
            frozen("=PUSER(;1)"),
            frozen("=PPOP(1;2;3)"),                // one too many
            frozen("=ETOK(1;2;3;4;5)"),
        });
        const Rewrite r = rewrite(stored("=PRESETINFO(\"H100\")"));
        CPPUNIT_ASSERT(r.notes.empty());
        CPPUNIT_ASSERT(r.reason.find("TOKWATT") == std::string::npos);
        CPPUNIT_ASSERT(rewrite(stored("=TOKWATTVERSION()")).reason.find("TOKWATT")
                       == std::string::npos);
    }

    void formulas_without_tokwatt_stay_as_they_are()
    {
        for (const std::string& f : { std::string("=SUM(A1:A3)"), std::string("=1+2"),
                                      std::string("abc"), std::string("700"), std::string(""),
                                      std::string("=\"ORG.TOKWATT.CALCFUNCTIONS.ETOK()\""),
                                      std::string("=ETOKEN(1)"), std::string("{=A1:A2*2}") })
        {
            CPPUNIT_ASSERT_MESSAGE(f, rewrite(f).status == Status::unchanged);
            CPPUNIT_ASSERT_MESSAGE(f, !uses_tokwatt(f));
        }
        CPPUNIT_ASSERT(uses_tokwatt(stored("=1+ETOK()")));
        CPPUNIT_ASSERT(uses_tokwatt("=org.tokwatt.calcfunctions.ETOK()"));
    }

    // COHORT over C7:E9 (users B7:B9): P_pop, the ratio to the grid and
    // K_1, each cell its own built-in formula over the same users.
    void cohort_arrays_become_one_formula_per_cell()
    {
        using Cells = std::vector<std::vector<std::string>>;
        auto cells = [](const std::string& typed, int column, int row, int rows, int columns) {
            const ArrayRewrite r = rewrite_array("{" + stored(typed) + "}", column, row, rows,
                                                 columns);
            CPPUNIT_ASSERT_MESSAGE(typed + ": " + r.reason, r.status == Status::native);
            CPPUNIT_ASSERT_MESSAGE(typed, r.formula.empty());
            return r;
        };
        // C7:E9, users in a column
        CPPUNIT_ASSERT(cells("=COHORT(B7:B9;53E3)", 2, 6, 3, 3).cells
                       == Cells({ { "=B7*53000", "=C7/480000000000", "=C7/(174*10^15)" },
                                  { "=B8*53000", "=C8/480000000000", "=C8/(174*10^15)" },
                                  { "=B9*53000", "=C9/480000000000", "=C9/(174*10^15)" } }));
        // K1:M3, users and grids in rows, absolute and on another sheet
        CPPUNIT_ASSERT(cells("=COHORT($Data.$A$5:$C$5;$B$1;G5:I5)", 10, 0, 3, 3).cells
                       == Cells({ { "=$Data.$A$5*$B$1", "=K1/G5", "=K1/(174*10^15)" },
                                  { "=$Data.$B$5*$B$1", "=K2/H5", "=K2/(174*10^15)" },
                                  { "=$Data.$C$5*$B$1", "=K3/I5", "=K3/(174*10^15)" } }));
        // a range larger than the result: #N/A beyond, as Calc shows
        CPPUNIT_ASSERT(cells("=COHORT({10|20};10;{10|20})", 0, 0, 3, 4).cells
                       == Cells({ { "=10*10", "=A1/10", "=A1/(174*10^15)", "=NA()" },
                                  { "=20*10", "=A2/20", "=A2/(174*10^15)", "=NA()" },
                                  { "=NA()", "=NA()", "=NA()", "=NA()" } }));
        // one cohort: Calc repeats its row down the range
        CPPUNIT_ASSERT(cells("=COHORT(0;53E3)", 0, 0, 2, 3).cells
                       == Cells({ { "=0*53000", "=A1/480000000000", "=A1/(174*10^15)" },
                                  { "=0*53000", "=A2/480000000000", "=A2/(174*10^15)" } }));
        // a grid named, and nested calls in p_user
        const ArrayRewrite named
            = cells("=COHORT(A1:A2;PUSER(H1;H2);\"world_electricity\")", 2, 0, 2, 3);
        CPPUNIT_ASSERT(named.cells
                       == Cells({ { "=A1*(H1*H2/86400)", "=C1/3300000000000", "=C1/(174*10^15)" },
                                  { "=A2*(H1*H2/86400)", "=C2/3300000000000", "=C2/(174*10^15)" } }));
        CPPUNIT_ASSERT(named.notes
                       == std::vector<std::string>{ note("world_electricity", "power_w") });

        for (const char* bad : { "=MAX(COHORT(A1:A3;1))", "=COHORT(A1:A3;1;G1:G2)",
                                 "=COHORT(A1:B3;1)", "=COHORT(A1:A3;1;\"nowhere\")" })
            CPPUNIT_ASSERT_MESSAGE(bad, rewrite_array("{" + stored(bad) + "}", 0, 0, 3, 3).status
                                            == Status::freeze);
    }

    void other_array_formulas_stay_array_formulas()
    {
        const ArrayRewrite r
            = rewrite_array("{" + stored("=ETOK(A1:A2;B1:B2)*{1;2}") + "}", 3, 0, 1, 2);
        CPPUNIT_ASSERT(r.status == Status::native);
        CPPUNIT_ASSERT(r.cells.empty());
        CPPUNIT_ASSERT_EQUAL(std::string("=(1.4*(A1/B1+A2/B2)/2)*{1;2}"),
                           r.formula);
        CPPUNIT_ASSERT(rewrite_array("{=A1:A2*2}", 0, 0, 2, 1).status == Status::unchanged);
    }

    // A grid given as one cell (a template's grid input holds a name) is
    // looked up live among the catalog's grid rows; a number passes through.
    void a_grid_in_a_cell_is_looked_up_live()
    {
        const Rewrite got = rewrite(stored("=CO2E(B1;B2)"));
        CPPUNIT_ASSERT_MESSAGE(got.reason, got.status == Status::native);
        const std::string& f = got.formula;
        CPPUNIT_ASSERT_MESSAGE(f, f.rfind("=B1*IF(ISTEXT(B2);IF(B2=\"grid_world\";445;"
                                          "IF(B2=\"grid_world_lifecycle\";471.08;IF(B2=\"grid_us\";383.78;",
                                          0)
                                      == 0);
        const std::string tail = ";NA()))))))));B2)/3600000";
        CPPUNIT_ASSERT_MESSAGE(f, f.size() > tail.size()
                                      && f.compare(f.size() - tail.size(), tail.size(), tail) == 0);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), got.notes.size());
        CPPUNIT_ASSERT_MESSAGE(got.notes[0], got.notes[0].find("grid_india 705.4") != std::string::npos);
    }

    // A preset named by a cell or a formula: a choice by "=" (whole text,
    // no pattern, in every engine) among the catalog's presets of that
    // kind, #N/A for any other name, never MATCH.
    void presets_named_by_a_cell_are_looked_up_live()
    {
        auto count = [](const std::string& text, const std::string& part) {
            int n = 0;
            for (std::size_t at = text.find(part); at != std::string::npos;
                 at = text.find(part, at + 1))
                ++n;
            return n;
        };
        const Rewrite gpu = rewrite(stored("=GPU(A1;\"tdp_w\")"));
        CPPUNIT_ASSERT_MESSAGE(gpu.reason, gpu.status == Status::native);
        const std::string& g = gpu.formula;
        CPPUNIT_ASSERT_MESSAGE(g, g.find("IF(A1=\"H100\";700;") != std::string::npos);
        CPPUNIT_ASSERT_MESSAGE(g, g.find("IF(A1=\"B200\";1000;") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(7, count(g, "IF(A1=")); // every GPU once, no other kind
        CPPUNIT_ASSERT_MESSAGE(g, g.find("hoover_dam") == std::string::npos);
        const std::string closing = ";NA()" + std::string(7, ')');
        CPPUNIT_ASSERT_MESSAGE(g, g.size() > closing.size()
                                      && g.substr(g.size() - closing.size()) == closing);
        CPPUNIT_ASSERT_EQUAL(std::size_t(1), gpu.notes.size());
        CPPUNIT_ASSERT_MESSAGE(gpu.notes[0], gpu.notes[0].find("a name in A1") == 0
                                                 && gpu.notes[0].find("H100 700") != std::string::npos);
        // a GPU without a sourced throughput: #N/A in its place
        const std::string tps = rewrite(stored("=GPU(A1;\"tokens_per_s\")")).formula;
        CPPUNIT_ASSERT_MESSAGE(tps, tps.find("IF(A1=\"A100\";NA();") != std::string::npos);
        // the name and the field in cells: a choice of field for each name
        const std::string both = rewrite(stored("=GPU(A1;B1)")).formula;
        CPPUNIT_ASSERT_MESSAGE(both, both.find("IF(A1=\"H100\";IF(B1=\"tdp_w\";700;IF(B1=\"tokens_per_s\";200;NA()));")
                                         != std::string::npos);
        // the name written in, the field in a cell
        CPPUNIT_ASSERT_EQUAL(std::string("=IF(B1=\"alpha_o\";0.05;IF(B1=\"alpha_m\";0.2;IF(B1=\"alpha_h\";"
                                         "0.75;IF(B1=\"beta_m\";0.1;IF(B1=\"beta_h\";0.01;NA())))))"),
                             rewrite(stored("=CACHEPROFILE(\"realistic\";B1)")).formula);
        // POWERREF and POWERCOMPARE's reference in a cell, the label chosen
        // by the same name
        const std::string power = rewrite(stored("=POWERREF(C3)/1000")).formula;
        CPPUNIT_ASSERT_MESSAGE(power, power.find("IF(C3=\"hoover_dam\";2080000000;") != std::string::npos
                                          && power.rfind("/1000") == power.size() - 5);
        const std::string words = rewrite(stored("=POWERCOMPARE(A1;C3)")).formula;
        CPPUNIT_ASSERT_MESSAGE(words, words.find("IF(C3=\"hoover_dam\";2080000000;") != std::string::npos
                                          && words.find("\" x \"&IF(C3=\"us_household\";")
                                                 != std::string::npos
                                          && words.find("IF(C3=\"hoover_dam\";\"Hoover Dam (nameplate)\";")
                                                 != std::string::npos);
        CPPUNIT_ASSERT_MESSAGE(words, words.size() < max_formula_length);
        for (const std::string& f : { g, tps, both, power, words })
            CPPUNIT_ASSERT_MESSAGE(f, f.find("MATCH(") == std::string::npos);
    }

    // UNCERTAIN truncated by min or max: Q((F(min) + F(max)) / 2) over
    // its cells; with every argument written in, the core's number.
    void truncated_ranges_stay_live()
    {
        const std::string two_z95 = number_text(2 * TW_UNCERTAIN_Z95);
        const std::string mu = "(0.5*A1+0.5*A2)", sigma = "((A2-A1)/" + two_z95 + ")";
        const std::string log_mu = "(0.5*LN(A1)+0.5*LN(A2))",
                          log_sigma = "((LN(A2)-LN(A1))/" + two_z95 + ")";
        check({
            row("=UNCERTAIN(A1;A2;;\"uniform\";A3;A4)", "=(IF(A3>A1;A3;A1)+IF(A4<A2;A4;A2))/2"),
            row("=UNCERTAIN(A1;A2;;\"loguniform\";A3)", "=SQRT(IF(A3>A1;A3;A1)*A2)"),
            row("=UNCERTAIN(A1;A2;;\"normal\";A3)",
                "=NORMINV((NORMDIST(A3;" + mu + ";" + sigma + ";1)+1)/2;" + mu + ";" + sigma + ")"),
            row("=UNCERTAIN(A1;A2;;\"lognormal\";;A4)",
                "=EXP(NORMINV((0+IF(A4>0;NORMDIST(LN(A4);" + log_mu + ";" + log_sigma
                    + ";1);0))/2;" + log_mu + ";" + log_sigma + "))"),
            row("=UNCERTAIN(2;A2;;;;A4)",
                "=EXP(NORMINV((0+IF(A4>0;NORMDIST(LN(A4);(0.5*LN(2)+0.5*LN(A2));((LN(A2)-LN(2))/"
                    + two_z95 + ");1);0))/2;(0.5*LN(2)+0.5*LN(A2));((LN(A2)-LN(2))/" + two_z95
                    + ")))"),
        });
        const std::string tri = rewrite(stored("=UNCERTAIN(A1;A2;A3;\"triangular\";A4;A5)")).formula;
        CPPUNIT_ASSERT_MESSAGE(tri, tri.rfind("=IF(((IF(IF(A4<A1;A1;IF(A4>A2;A2;A4))<A3;", 0) == 0);
        // every argument a number: the core's median, nothing to follow
        for (const char* shape : { "normal", "lognormal", "triangular", "" })
        {
            const bool triangular = std::string(shape) == "triangular";
            tw_dist dist;
            double median;
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_make(1, 3, triangular ? 2.5 : NAN, shape, 1.5,
                                                          NAN, &dist));
            CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_median(&dist, &median));
            const std::string typed = std::string("=UNCERTAIN(1;3;") + (triangular ? "2.5" : "")
                                      + ";" + (*shape ? "\"" + std::string(shape) + "\"" : "")
                                      + ";1.5)";
            CPPUNIT_ASSERT_EQUAL_MESSAGE(typed, "=" + number_text(median),
                                         rewrite(stored(typed)).formula);
        }
        // the log-metalog, written in, too
        tw_dist dist;
        double median;
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_make(1, 3, 2, nullptr, NAN, 2.5, &dist));
        CPPUNIT_ASSERT_EQUAL(int(TW_OK), tw_dist_median(&dist, &median));
        CPPUNIT_ASSERT_EQUAL("=" + number_text(median),
                             rewrite(stored("=UNCERTAIN(1;3;2;;;2.5)")).formula);
    }

    // COHORT inside a larger formula: SUM of its array, INDEX into it, an
    // operand of arithmetic (its first figure, as a plain cell shows).
    void cohort_inside_a_formula()
    {
        const std::string k = "(174*10^15)";
        check({
            row("=SUM(COHORT(A1:A2;5))", "=A1*5+(A1*5)/480000000000+(A1*5)/" + k
                                             + "+A2*5+(A2*5)/480000000000+(A2*5)/" + k),
            row("=SUM(COHORT(1000;53000))+1", "=(1000*53000+(1000*53000)/480000000000+"
                                              "(1000*53000)/" + k + ")+1"),
            row("=INDEX(COHORT(A1:A3;5);2)", "=A2*5"),
            row("=INDEX(COHORT(A1:A3;5;B1:B3);3;2)", "=(A3*5)/B3"),
            row("=INDEX(COHORT(A1:A3;5;\"us_electricity\");1;2)", "=(A1*5)/" + number_text([] {
                    double w;
                    tw_powerref("us_electricity", &w);
                    return w;
                }()),
                { note("us_electricity", "power_w") }),
            row("=2*COHORT(A1:A3;5)", "=2*(A1*5)"),
        });
    }

    // The table of expanders covers the function table, and the README
    // shows each function's native form.
    void every_function_has_an_expansion()
    {
        for (std::size_t i = 0; i < function_count; ++i)
            CPPUNIT_ASSERT_MESSAGE(functions[i].name, !native_form(functions[i].name).empty());
        CPPUNIT_ASSERT(native_form("NOSUCH").empty());
    }

    // Constants are written with the fewest digits that read back exactly.
    void numbers_read_back_exactly()
    {
        const double values[] = { 86400, 0.05, 4.8e11, 1.380649e-23, 1.74e17, 1e12, 8760,
                                   0.995, 1.0 / 3, 700, 0.1, 123456, 1e6, 1e-4, 0 };
        for (double x : values)
        {
            const std::string text = number_text(x);
            CPPUNIT_ASSERT_MESSAGE(text, classify(text).kind == Arg::Kind::number
                                             && classify(text).number == x);
        }
        CPPUNIT_ASSERT_EQUAL(std::string("86400"), number_text(86400));
        CPPUNIT_ASSERT_EQUAL(std::string("480000000000"), number_text(4.8e11));
        CPPUNIT_ASSERT_EQUAL(std::string("(1380649/10^29)"), number_text(1.380649e-23));
        CPPUNIT_ASSERT_EQUAL(std::string("(174*10^15)"), number_text(1.74e17));
        CPPUNIT_ASSERT_EQUAL(std::string("(-174*10^15)"), number_text(-1.74e17));
        CPPUNIT_ASSERT_EQUAL(std::string("0.0001"), number_text(1e-4));
        CPPUNIT_ASSERT_EQUAL(std::string("1000000"), number_text(1e6));
        // ln 2 is written LN(2): the same double as the core's constant
        CPPUNIT_ASSERT_EQUAL(TW_LN2, std::log(2.0));
    }

    // The workbook's own CONVERT calls (HyperFormula has none): literal
    // units a factor, a unit in a cell a choice by EXACT (mW is not MW),
    // unknown or mixed units kept as CONVERT.
    void convert_becomes_arithmetic()
    {
        const std::string convert = "COM.SUN.STAR.SHEET.ADDIN.ANALYSIS.GETCONVERT";
        const auto native = [&](const std::string& args) {
            const Rewrite r = rewrite("=" + convert + "(" + args + ")");
            CPPUNIT_ASSERT_MESSAGE(args, r.status == Status::native);
            return r.formula;
        };
        CPPUNIT_ASSERT_EQUAL(std::string("=A1/1000"), native("A1;\"W\";\"kW\""));
        CPPUNIT_ASSERT_EQUAL(std::string("=(A1*(1+B1))/1000"),
                             native("A1*(1+B1);\"W\";\"kW\""));
        CPPUNIT_ASSERT_EQUAL(std::string("=A1*3600"), native("A1;\"Wh\";\"J\""));
        CPPUNIT_ASSERT_EQUAL(std::string("=A1/3600"), native("A1;\"J\";\"Wh\""));
        CPPUNIT_ASSERT_EQUAL(std::string("=A1/3.785411784"), native("A1;\"l\";\"gal\""));
        CPPUNIT_ASSERT_EQUAL(std::string("=A1/1000"), native("A1;\"ml\";\"l\""));
        CPPUNIT_ASSERT_EQUAL(std::string("=2*(A1/1000000000000)"),
                             rewrite("=2*" + convert + "(A1;\"W\";\"TW\")").formula);
        CPPUNIT_ASSERT_EQUAL(
            std::string("=C5/IF(EXACT(G5;\"W\");1;IF(EXACT(G5;\"kW\");1000;IF(EXACT(G5;\"MW\");"
                        "1000000;IF(EXACT(G5;\"GW\");1000000000;IF(EXACT(G5;\"TW\");"
                        "1000000000000;NA())))))"),
            native("C5;\"W\";G5"));
        CPPUNIT_ASSERT(native("C5;G5;\"J\"").find("IF(EXACT(G5;\"Wh\");3600;") != std::string::npos);
        // inside a tokwatt cell, and a tokwatt call inside it
        CPPUNIT_ASSERT_EQUAL(std::string("=(H1*H2/86400)/1000"),
                             rewrite(stored("=" + convert + "(PUSER(H1;H2);\"W\";\"kW\")")).formula);
        // kept: unknown units, units of two dimensions, both units in cells
        for (const std::string& args : { std::string("A1;\"W\";\"hp\""),
                                         std::string("A1;\"J\";\"kW\""),
                                         std::string("A1;B1;C1") })
            CPPUNIT_ASSERT_EQUAL("=" + convert + "(" + args + ")", native(args));
        CPPUNIT_ASSERT(needs_rewrite("=" + convert + "(A1;\"W\";\"kW\")"));
        CPPUNIT_ASSERT(!uses_tokwatt("=" + convert + "(A1;\"W\";\"kW\")"));
        for (const char* f : { "=A1/1000", "=C5/IF(EXACT(G5;\"W\");1;NA())" })
        {
            const Tokens t = lex(f);
            for (std::size_t i = 0; i + 1 < t.size(); ++i)
                if (t[i].kind == Tok::word && t[i + 1].kind == Tok::open)
                    CPPUNIT_ASSERT_MESSAGE(t[i].text, allowed_builtin(t[i].text));
        }
    }

    // Every function, called with every argument a cell and with only its
    // required ones, plus the presets written in: the built-in formulas
    // call only the functions of expanders.cxx's allowed list.
    void expansions_call_only_allowed_builtins()
    {
        std::vector<std::string> typed = sample_formulas();
        int checked = 0;
        for (const std::string& f : typed)
        {
            const Rewrite r = rewrite(stored(f));
            if (r.status != Status::native)
                continue;
            ++checked;
            const Tokens t = lex(r.formula);
            for (std::size_t i = 0; i + 1 < t.size(); ++i)
                if (t[i].kind == Tok::word && t[i + 1].kind == Tok::open)
                    CPPUNIT_ASSERT_MESSAGE(f + " -> " + r.formula + ": calls " + t[i].text,
                                           allowed_builtin(t[i].text));
            CPPUNIT_ASSERT_MESSAGE(f + " -> " + r.formula + ": a number with an exponent",
                                   r.formula.find("E+") == std::string::npos
                                       && r.formula.find("E-") == std::string::npos);
        }
        CPPUNIT_ASSERT(checked > static_cast<int>(function_count));
    }

    // The rewriter under a German locale (decimal commas) writes the same
    // formulas as under "C".
    void the_process_locale_changes_nothing()
    {
        const std::vector<std::string> typed = sample_formulas();
        std::vector<std::string> plain;
        for (const std::string& f : typed)
            plain.push_back(rewrite(stored(f)).formula);
        const std::string before = std::setlocale(LC_ALL, nullptr);
        const char* german = std::setlocale(LC_ALL, "de_DE.UTF-8");
        CPPUNIT_ASSERT_MESSAGE("the de_DE.UTF-8 locale is installed (locales-all)", german);
        char comma[8];
        std::snprintf(comma, sizeof comma, "%.1f", 0.5);
        const bool decimal_comma = std::string(comma) == "0,5";
        std::vector<std::string> german_formulas;
        for (const std::string& f : typed)
            german_formulas.push_back(rewrite(stored(f)).formula);
        const double read = number_value("0.05");
        const std::string written = number_text(0.05) + number_text(1.380649e-23);
        std::setlocale(LC_ALL, before.c_str());
        CPPUNIT_ASSERT_MESSAGE("the locale writes decimal commas", decimal_comma);
        CPPUNIT_ASSERT_EQUAL(0.05, read);
        CPPUNIT_ASSERT_EQUAL(std::string("0.05(1380649/10^29)"), written);
        for (std::size_t i = 0; i < typed.size(); ++i)
            CPPUNIT_ASSERT_EQUAL_MESSAGE(typed[i], plain[i], german_formulas[i]);
    }

    static std::vector<std::string> sample_formulas()
    {
        std::vector<std::string> typed;
        for (std::size_t i = 0; i < function_count; ++i)
        {
            const FunctionInfo& f = functions[i];
            std::string all, required;
            for (std::size_t k = 0; k < f.arg_count(); ++k)
            {
                const std::string cell = "A" + std::to_string(k + 1);
                all += (k ? ";" : "") + cell;
                required += (k ? ";" : "")
                            + (f.args[k].kind == ArgKind::Optional ? std::string() : cell);
            }
            typed.push_back(std::string("=") + f.name + "(" + all + ")");
            typed.push_back(std::string("=") + f.name + "(" + required + ")");
        }
        for (const char* f :
             { "=GPU(\"H100\";\"tdp_w\")", "=POWERREF(\"hoover_dam\")",
               "=CACHEPROFILE(\"peter\";\"alpha_h\")", "=POWERCOMPARE(B25)",
               "=POWERCOMPARE(B25;\"us_electricity\")", "=CO2E(A1;\"grid_world\")",
               "=WATER(A1)", "=GRIDRATIO(A1;\"us_electricity\")", "=ETOK(;;{0.25;0.75})",
               "=KARDASHEV(2E17)*1.5E-20", "=LANDAUER(0.5E-3)", "=EREQUEST(100;200;50)",
               "=ETOK(A1:A3;B1:B3;C1:C3)", "=GPU(A1;\"tdp_w\")", "=GPU(A1;B1)",
               "=CACHEPROFILE(A1;B1)", "=POWERREF(A1)", "=POWERCOMPARE(A1;B1)",
               "=DISCLOSURE(A1;B1)", "=CO2E(A1;B1)", "=SUM(COHORT(A1:A3;B1))",
               "=INDEX(COHORT(A1:A3;B1);2;3)", "=COHORT(A1:A3;B1)*2",
               "=UNCERTAIN(A1;A2;;;A5;A6)", "=UNCERTAIN(A1;A2;;\"normal\";A5)",
               "=UNCERTAIN(A1;A2;;\"lognormal\";;A6)", "=UNCERTAIN(A1;A2;;\"uniform\";A5;A6)",
               "=UNCERTAIN(A1;A2;;\"loguniform\";A5;A6)",
               "=UNCERTAIN(A1;A2;A3;\"triangular\";A5;A6)" })
            typed.push_back(f);
        return typed;
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RewriteTest);
}
