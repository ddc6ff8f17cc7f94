// Turns what Calc passes into what the core takes, and the core's statuses
// into what Calc shows: every rejected argument and every failing status
// except overflow becomes an IllegalArgumentException (Err:502); overflow
// comes back as NaN, which Calc shows as #NUM!.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include "../../core/tokwatt.h"

namespace tokwatt
{
using Range = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// Throws IllegalArgumentException naming the argument and the reason.
[[noreturn]] void reject(const char* argument, const char* reason);

// An optional number: nullopt when omitted; a number or a one-cell range.
// Text, an empty cell inside a range, or a larger range is rejected.
std::optional<double> optional_number(const css::uno::Any& value, const char* argument);

// A list of numbers from one row or one column (or a single number).
// Empty cells, text and 2-D ranges are rejected.
std::vector<double> list(const Range& range, const char* argument);

// As list(), or an empty optional when the argument was omitted.
std::optional<std::vector<double>> optional_list(const css::uno::Any& value,
                                                 const char* argument);

// A text argument (a preset name) as the UTF-8 the core takes.
std::string text(const rtl::OUString& value);

// An optional text: nullopt when omitted; a number or a range is rejected.
std::optional<std::string> optional_text(const css::uno::Any& value, const char* argument);

// An optional number, or the name of a preset that lookup turns into one
// (e.g. tw_grid_intensity for "grid_france").
std::optional<double> optional_number_or_preset(const css::uno::Any& value,
                                                const char* argument,
                                                int (*lookup)(const char*, double*));

// An optional power in W: a number, or the name of a power reference
// (POWERREF) such as "us_electricity".
std::optional<double> optional_power(const css::uno::Any& value, const char* argument);

// As optional_list(), or one power reference given by name.
std::optional<std::vector<double>> optional_power_list(const css::uno::Any& value,
                                                       const char* argument);

// The core's answer as Calc's: the value on TW_OK, NaN (#NUM!) on
// TW_EOVERFLOW, and an IllegalArgumentException for every other status.
double checked(int status, double value, const char* function);

// Calls a core function that ends in a `double *out` and maps its status:
// call(tw_puser, "PUSER", tokens_per_day, e_eff).
template <class Core, class... Args>
double call(Core core, const char* function, Args... args)
{
    double out;
    const int status = core(args..., &out);
    return checked(status, out, function);
}

// Calls a core function that writes text into (char *buf, size_t size).
template <class Core, class... Args>
rtl::OUString call_text(Core core, const char* function, Args... args)
{
    char buffer[TW_CATALOG_TEXT_MAX];
    const int status = core(args..., buffer, sizeof buffer);
    checked(status, 0.0, function);
    return rtl::OUString(buffer, static_cast<sal_Int32>(std::char_traits<char>::length(buffer)),
                         RTL_TEXTENCODING_UTF8);
}
}
