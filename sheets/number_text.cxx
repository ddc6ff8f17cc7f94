#include "number_text.hxx"

#include <stdexcept>

namespace tokwatt::templates
{
namespace
{
// The text of n (a whole number, >= 0) with the point `decimals` digits
// from the right: n's whole part, the point, the rest padded with zeros.
// Each piece is formula text: decimals, scale (10^decimals), point ("."
// or nothing) and zeros (decimals of them).
std::string digits_text(const std::string& n, const std::string& decimals, const std::string& scale,
                        const std::string& point, const std::string& zeros)
{
    const std::string rest = "MOD(" + n + ";" + scale + ")";
    return "(" + n + "-" + rest + ")/" + scale + "&" + point + "&RIGHT(" + zeros + "&" + rest + ";"
           + decimals + ")";
}
}

std::string fixed_text(const std::string& x, int decimals)
{
    if (decimals < 0 || decimals > 15)
        throw std::logic_error("fixed_text: decimals from 0 to 15");
    if (decimals == 0)
        return "(ROUND(" + x + ";0)&\"\")";
    const std::string zeros(static_cast<std::size_t>(decimals), '0');
    const std::string scale = "1" + zeros;
    return "(IF(ROUND((" + x + ")*" + scale + ";0)<0;\"-\";\"\")&"
           + digits_text("ROUND(ABS(" + x + ")*" + scale + ";0)", std::to_string(decimals), scale,
                         "\".\"", "\"" + zeros + "\"")
           + ")";
}

std::string significant_text(const std::string& x, int digits)
{
    if (digits < 1 || digits > 15)
        throw std::logic_error("significant_text: digits from 1 to 15");
    // floor(log10 x) as INT(LOG10(x)+400)-400: HyperFormula's INT truncates
    // a negative number toward zero.
    const std::string decimals =
        "MAX(0;" + std::to_string(digits - 1) + "-(INT(LOG10(" + x + ")+400)-400))";
    const std::string scale = "10^" + decimals;
    return "(" + digits_text("ROUND((" + x + ")*" + scale + ";0)", decimals, scale,
                             "IF(" + decimals + ">0;\".\";\"\")", "REPT(\"0\";" + decimals + ")")
           + ")";
}
}
