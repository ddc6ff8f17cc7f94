// Scenario 1 of bench-calc: the scalar variants (scalar_variants.hxx).
#include <algorithm>
#include <cmath>
#include <sstream>

#include "scalar_variants.hxx"

namespace bench
{
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

namespace
{
// A sample of rows whose values are compared.
std::vector<int> sample_rows(int rows)
{
    std::vector<int> r = { 0, 1, 2, 777 % rows, rows / 2, rows - 1 };
    std::sort(r.begin(), r.end());
    r.erase(std::unique(r.begin(), r.end()), r.end());
    return r;
}
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
}
